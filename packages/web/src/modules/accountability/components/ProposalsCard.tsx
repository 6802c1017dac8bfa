import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import { Alert, Card, Table, type TableColumnsType, Tag, Tooltip } from 'antd';

type Proposal = AccountabilityCaseDetail['proposals'][number];

const columns: TableColumnsType<Proposal> = [
  { title: '提出机关', dataIndex: 'bodyLabel', width: 110 },
  { title: '角色', dataIndex: 'role', width: 90, render: (r: Proposal['role']) => (r === 'LEAD' ? <Tag color="blue">牵头</Tag> : <Tag>征求意见</Tag>) },
  { title: '建议的问责方式', dataIndex: 'formLabels', render: (labels: string[]) => labels.join('、') },
  { title: '问责事实与依据', render: (_, p) => <span style={{ whiteSpace: 'pre-wrap' }}>{`${p.facts}\n依据：${p.grounds}`}</span> },
  { title: '意见', dataIndex: 'opinion', render: (o: string) => o || '—' },
  { title: '建议日期', dataIndex: 'proposedOn', width: 110 },
];

/**
 * 问责统筹: every body's proposal for this subject and matter, merged into one case; the lead authority decides, the
 * others are consulted. A second accountability within the window is flagged here.
 */
export function ProposalsCard({ detail }: { detail: AccountabilityCaseDetail }) {
  return (
    <Card title="问责建议与统筹" size="small">
      {detail.repeat.flagged && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={`${detail.repeat.windowMonths} 个月内再次被问责`}
          description={detail.repeat.reasons.map((r) => r.text).join('；')}
        />
      )}
      {detail.lead && (
        <p>
          牵头机关：
          <Tooltip title={detail.lead.reason.rule}>
            <Tag color="blue">{detail.lead.bodyLabel}</Tag>
          </Tooltip>
          {detail.lead.reason.text}
        </p>
      )}
      <Table<Proposal> rowKey="id" size="small" columns={columns} dataSource={detail.proposals} pagination={false} scroll={{ x: 800 }} />
    </Card>
  );
}
