import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { AssignHandlersButton } from './AssignHandlersButton';
import { ComplainantButton } from './ComplainantButton';
import { conclusionTag } from './conclusion-tag';

interface ComplaintCardProps {
  detail: ComplaintDetail;
  canAssign: boolean;
  onChange: () => void;
}

/** 基本情况: how the complaint came in, whom and what it is about, who handles it, and earlier reports on the same people. */
export function ComplaintCard({ detail, canAssign, onChange }: ComplaintCardProps) {
  return (
    <Card
      title="检举控告情况"
      size="small"
      extra={
        <Space>
          {detail.canSeeIdentity && !detail.anonymous && <ComplainantButton complaintId={detail.case.id} />}
          {canAssign && <AssignHandlersButton detail={detail} onAssigned={onChange} />}
        </Space>
      }
    >
      {detail.repeated.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="重复举报提示：被反映人已有办结的检举控告，请核对是否反映同一问题"
          description={
            <Space direction="vertical" size={2}>
              {detail.repeated.map((r) => (
                <span key={r.caseId}>
                  <Link to={`/complaints/${r.caseId}`}>{r.number}</Link>　{r.concludedOn} 办结，结论：{r.conclusionLabel}
                </span>
              ))}
            </Space>
          }
        />
      )}
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
        <Descriptions.Item label="来源渠道">{detail.channel.label}</Descriptions.Item>
        <Descriptions.Item label="收到日期">{detail.receivedOn}</Descriptions.Item>
        <Descriptions.Item label="署名">{detail.anonymous ? <Tag>匿名</Tag> : <Tag color="blue">实名</Tag>}</Descriptions.Item>
        <Descriptions.Item label="问题类别">{detail.classification.label}</Descriptions.Item>
        <Descriptions.Item label="被反映人">{detail.accused.map((a) => `${a.name}（${a.unitName}）`).join('、')}</Descriptions.Item>
        <Descriptions.Item label="承办人">
          {detail.handlers.length > 0 ? detail.handlers.map((h) => h.name).join('、') : <Typography.Text type="warning">尚未分办</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="反映的主要问题" span={3}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{detail.matter}</span>
        </Descriptions.Item>
        {detail.conclusion && (
          <>
            <Descriptions.Item label="核查结论">
              <Space>
                {conclusionTag(detail.conclusion)}
                <span>{detail.conclusion.concludedOn}</span>
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="结论依据" span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{detail.conclusion.grounds}</span>
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
    </Card>
  );
}
