import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { LiftSuspensionModal, RevokeMeasureModal } from './MeasureActionModals';
import { measureLabel, SOURCE_TYPE_LABELS } from './measure-labels';
import { type Measure, measureApi, measureKeys } from './measureApi';
import { RecordMeasureModal } from './RecordMeasureModal';

type Action = { kind: 'record' } | { kind: 'revoke' | 'lift'; measure: Measure };

/** 期限: the probation length of 留党察看, the lift date of 停职检查; other codes carry their bar in the rules core. */
function term(m: Measure) {
  if (m.code === 'PARTY_PROBATION') return m.months ? `察看期 ${m.months} 个月` : '—';
  if (m.code === 'ORG_SUSPEND') return m.liftedOn ? `${m.liftedOn} 解除` : <Tag color="orange">尚未解除</Tag>;
  return '—';
}

/**
 * The cadre's measures register, revoked ones included (struck through, with who revoked them and why). Users holding
 * measure.write record new measures, lift a suspension and revoke; every change refreshes the impact panel.
 */
export function MeasuresTable({ cadreId, canWrite }: { cadreId: string; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const [action, setAction] = useState<Action | null>(null);
  const { data, isPending } = useQuery({ queryKey: measureKeys.list(cadreId), queryFn: () => measureApi.list(cadreId) });
  const changed = () => {
    setAction(null);
    for (const key of Object.values(measureKeys)) void queryClient.invalidateQueries({ queryKey: key(cadreId) });
  };
  return (
    <section aria-label="处理处分措施">
      <Table<Measure>
        rowKey="id"
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={{ emptyText: '没有处理处分措施' }}
        columns={[
          {
            title: '措施',
            width: 160,
            render: (_, m) => (
              <Space size={4} wrap>
                <Typography.Text delete={m.revokedAt !== null}>{measureLabel(m.code)}</Typography.Text>
                {m.revokedAt && <Tag>已撤销</Tag>}
              </Space>
            ),
          },
          { title: '生效日期', dataIndex: 'effectiveOn', width: 100 },
          { title: '期限/解除', width: 120, render: (_, m) => term(m) },
          { title: '决定机关', dataIndex: 'decidingBody' },
          { title: '决定文号', dataIndex: 'documentNo', width: 160 },
          {
            title: '来源案件',
            width: 100,
            render: (_, m) =>
              m.sourceType ? (
                <Tooltip title={m.sourceId}>{SOURCE_TYPE_LABELS[m.sourceType] ?? m.sourceType}</Tooltip>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
          {
            title: '撤销情况',
            render: (_, m) =>
              m.revokedAt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dayjs(m.revokedAt).format('YYYY-MM-DD')}
                  {m.revokedByName ? ` ${m.revokedByName}` : ''} 撤销：{m.revokedReason}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          ...(canWrite
            ? [
                {
                  title: T.actions,
                  width: 110,
                  render: (_: unknown, m: Measure) =>
                    m.revokedAt ? null : (
                      <Space size={8}>
                        {m.code === 'ORG_SUSPEND' && (
                          <Typography.Link onClick={() => setAction({ kind: 'lift', measure: m })}>{m.liftedOn ? '改解除日期' : '解除停职'}</Typography.Link>
                        )}
                        <Typography.Link type="danger" onClick={() => setAction({ kind: 'revoke', measure: m })}>
                          撤销
                        </Typography.Link>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canWrite && (
        <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => setAction({ kind: 'record' })}>
          登记措施
        </Button>
      )}
      <RecordMeasureModal cadreId={cadreId} open={action?.kind === 'record'} onClose={() => setAction(null)} onSaved={changed} />
      {action?.kind === 'revoke' && <RevokeMeasureModal measure={action.measure} onClose={() => setAction(null)} onDone={changed} />}
      {action?.kind === 'lift' && <LiftSuspensionModal measure={action.measure} onClose={() => setAction(null)} onDone={changed} />}
    </section>
  );
}
