import { PlusOutlined } from '@ant-design/icons';
import {
  INQUIRY_CONCLUSION_LABELS,
  type InquiryConclusion,
  SUPERVISION_FORMS,
  SUPERVISION_KIND_LABELS,
  type SupervisionRecord,
} from '@dandang/shared/cadres/supervision.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePermission } from '../../../../platform/auth/permission';
import { supervisionApi, supervisionKey } from '../hooks/supervisionApi';
import { RevokeRecordModal } from './RevokeRecordModal';
import { SupervisionFormModal } from './SupervisionFormModal';

const KIND_COLORS = { TALK: 'blue', REMINDER: 'gold', INQUIRY: 'purple', ADMONISH: 'red' } as const;
const DETAIL_FIELDS = ['conductedBy', 'topics', 'question', 'reply', 'repliedOn', 'conclusion', 'followUp', 'documentNo'] as const;

function detail(record: SupervisionRecord, field: (typeof DETAIL_FIELDS)[number]) {
  const value = record[field];
  if (field === 'conclusion' && value) return INQUIRY_CONCLUSION_LABELS[value as InquiryConclusion] ?? value;
  return value;
}

/**
 * 监督记录 of one cadre (谈心谈话、提醒、函询、诫勉), newest first, with add / edit (函询办结) / revoke for writers.
 * Reused by the cadre drawer and the profile page.
 */
export function SupervisionRecords({ cadreId }: { cadreId: string }) {
  const canWrite = Boolean(usePermission('supervision.write'));
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<SupervisionRecord | 'new' | null>(null);
  const [revoking, setRevoking] = useState<SupervisionRecord | null>(null);
  const { data, isPending } = useQuery({ queryKey: supervisionKey(cadreId), queryFn: () => supervisionApi.list(cadreId) });
  const refresh = () => {
    setEditing(null);
    setRevoking(null);
    // 提醒、函询、诫勉 change the measures register and the impact panel as well.
    void queryClient.invalidateQueries({ queryKey: ['cadres'] });
  };

  return (
    <>
      <List<SupervisionRecord>
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无监督记录" /> }}
        renderItem={(record) => {
          const labels = SUPERVISION_FORMS[record.kind].labels as Record<string, string>;
          const revoked = record.revokedAt !== null;
          return (
            <List.Item
              actions={
                canWrite && !revoked
                  ? [
                      <Typography.Link key="edit" onClick={() => setEditing(record)}>
                        {record.open ? '办结' : '编辑'}
                      </Typography.Link>,
                      <Typography.Link key="revoke" type="danger" onClick={() => setRevoking(record)}>
                        撤销
                      </Typography.Link>,
                    ]
                  : []
              }
            >
              <Space direction="vertical" size={4} style={{ width: '100%', opacity: revoked ? 0.6 : 1 }}>
                <Space wrap size={6}>
                  <Tag color={KIND_COLORS[record.kind]}>{SUPERVISION_KIND_LABELS[record.kind]}</Tag>
                  <Typography.Text strong>{record.occurredOn}</Typography.Text>
                  {record.open && <Tag color="processing">待回复</Tag>}
                  {record.measureId && <Tag>已登记措施</Tag>}
                  {revoked && <Tag color="default">已撤销：{record.revokedReason}</Tag>}
                </Space>
                <Descriptions size="small" column={1} styles={{ label: { width: 96 } }}>
                  {DETAIL_FIELDS.filter((f) => labels[f] && detail(record, f)).map((f) => (
                    <Descriptions.Item key={f} label={labels[f]}>
                      <span style={{ whiteSpace: 'pre-wrap' }}>{detail(record, f)}</span>
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Space>
            </List.Item>
          );
        }}
      />
      {canWrite && (
        <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => setEditing('new')}>
          登记监督记录
        </Button>
      )}
      {editing && (
        <SupervisionFormModal cadreId={cadreId} record={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={refresh} />
      )}
      {revoking && <RevokeRecordModal record={revoking} onClose={() => setRevoking(null)} onDone={refresh} />}
    </>
  );
}
