import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { CreateTypicalCaseButton } from '../../typical-cases';
import { toleranceApi } from '../hooks/toleranceApi';
import { RecommendationBox } from './RecommendationBox';

const COLORS: Record<string, string> = { EXEMPT: 'green', LIGHTER: 'blue', REDUCED: 'geekblue', REJECTED: 'red' };

/** 集体研究认定: the body's decision with its meeting and votes, set against the recommendation it had before it. */
export function DecisionCard({ detail }: { detail: ToleranceDetail }) {
  const d = detail.decision;
  if (!d) return null;
  return (
    <Card
      title="集体研究认定"
      size="small"
      extra={<ExportButton label="容错认定书" run={() => toleranceApi.downloadDecision(detail.case.id, detail.case.number)} />}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="认定结果">
          <Tag color={COLORS[d.decision]}>{d.decisionLabel}</Tag>
          {!d.matchesRecommendation && <Tag color="orange">与系统建议不一致</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="会议日期">{d.meetingDate}</Descriptions.Item>
        <Descriptions.Item label="参会人员">{d.attendees.join('、')}</Descriptions.Item>
        <Descriptions.Item label="表决情况">{`赞成 ${d.votes.for}，反对 ${d.votes.against}，弃权 ${d.votes.abstain}`}</Descriptions.Item>
        {d.differenceReason && (
          <Descriptions.Item label="不一致的理由" span={2}>
            {d.differenceReason}
          </Descriptions.Item>
        )}
        {d.exemptedCases.length > 0 && (
          <Descriptions.Item label="免予问责" span={2}>
            <Space wrap>
              {d.exemptedCases.map((n) => (
                <Tag key={n}>{n}</Tag>
              ))}
              <Typography.Text type="secondary">已随本认定办结，不产生处理处分措施</Typography.Text>
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      <RecommendationBox recommendation={d.recommendation} title="认定时的系统建议" />
      {detail.feedback && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          书面反馈：{detail.feedback.feedbackOn}，送 {detail.feedback.recipients.join('、')}
          {detail.filing ? `；报备：${detail.filing.filedOn}，报 ${detail.filing.filedWith.join('、')}` : ''}
        </Typography.Paragraph>
      )}
      <CreateTypicalCaseButton caseId={detail.case.id} />
    </Card>
  );
}
