import type { CaseView } from '@dandang/shared/cases/case.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Result, Skeleton, Space, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { CaseStatus } from '../../cases/components/CaseStatus';
import { ProposalFormModal } from '../components/ProposalFormModal';
import { ACCOUNTABILITY_KEY, matterApi } from '../hooks/accountabilityApi';

const caseColumns: TableColumnsType<CaseView> = [
  { title: '案件编号', dataIndex: 'number', width: 140, render: (n: string, c) => <Link to={`/accountability/cases/${c.id}`}>{n}</Link> },
  { title: '问责对象', render: (_, c) => c.subjectName ?? `${c.unitName}党组织` },
  { title: '单位', dataIndex: 'unitName', ellipsis: true },
  { title: '办理阶段与时限', width: 260, render: (_, c) => <CaseStatus c={c} /> },
];

/** One matter: its facts, the people and units involved, and a case per subject that the bodies' proposals merged into. */
export function MatterPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canPropose = usePermission('accountability.propose');
  const [proposing, setProposing] = useState(false);
  const matter = useQuery({ queryKey: [ACCOUNTABILITY_KEY, 'matter', id], queryFn: () => matterApi.get(id) });
  if (matter.isError) {
    return (
      <Page>
        <Result status="404" title="问责事项不存在或无权查看" />
      </Page>
    );
  }
  const m = matter.data;
  return (
    <Page
      title={m ? `问责事项：${m.title}` : '问责事项'}
      extra={
        canPropose && (
          <Button type="primary" onClick={() => setProposing(true)}>
            提出问责建议
          </Button>
        )
      }
    >
      {!m ? (
        <Skeleton active />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="发生日期">{m.occurredOn}</Descriptions.Item>
              <Descriptions.Item label="问题来源">{m.source || '—'}</Descriptions.Item>
              <Descriptions.Item label="登记">{`${m.unitName} ${m.registeredByName}，${new Date(m.registeredAt).toLocaleDateString('zh-CN')}`}</Descriptions.Item>
              <Descriptions.Item label="涉及单位">{m.units.map((u) => u.name).join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label="涉及人员" span={2}>
                <Space wrap>
                  {m.cadres.map((c) => (
                    <Tag key={c.id}>{`${c.name}（${c.unitName}）`}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label="问题事实" span={2}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{m.facts}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="问责案件" size="small">
            <Table<CaseView> rowKey="id" size="small" columns={caseColumns} dataSource={m.cases} pagination={false} locale={{ emptyText: '尚无问责建议' }} />
          </Card>
        </Space>
      )}
      <ProposalFormModal
        matterId={id}
        open={proposing}
        onClose={() => setProposing(false)}
        onDone={(r) => {
          setProposing(false);
          message.success(r.merged ? '建议已并入该对象的问责案件，由牵头机关统筹研究' : '已立案');
          queryClient.invalidateQueries({ queryKey: [ACCOUNTABILITY_KEY] });
        }}
      />
    </Page>
  );
}
