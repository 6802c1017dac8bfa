import { type CampaignState, REVIEWABLE_STATES } from '@dandang/shared/honors/honor.codes';
import type { NominationView } from '@dandang/shared/honors/honor.schema';
import { Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { NominationStateTag } from './labels';

/**
 * The nominations with what screening found: each refusal in the words of the rule that made it, so the unit sees why
 * a nominee cannot go on. Reviewers decide from here while the campaign is in review.
 */
export function NominationsTable({
  nominations,
  campaignState,
  canReview,
  onReview,
}: {
  nominations: NominationView[];
  campaignState: CampaignState;
  canReview: boolean;
  onReview: (n: NominationView) => void;
}) {
  const reviewable = canReview && campaignState === 'REVIEWING';
  return (
    <Table<NominationView>
      rowKey="id"
      size="middle"
      pagination={false}
      dataSource={nominations}
      locale={{ emptyText: '尚无推荐人选' }}
      columns={[
        { title: '姓名', width: 90, render: (_, n) => <Link to={`/cadres/${n.cadreId}`}>{n.cadreName}</Link> },
        { title: '单位及职务', width: 170, render: (_, n) => `${n.unitName}${n.post ? ` ${n.post}` : ''}` },
        { title: '主要事迹', dataIndex: 'deeds', ellipsis: true },
        {
          title: '状态',
          width: 130,
          render: (_, n) => (
            <Space size={4} wrap>
              <NominationStateTag state={n.state} />
              {n.suspended && <Tag color="warning">有异议，暂停</Tag>}
            </Space>
          ),
        },
        {
          title: '资格审查',
          width: 290,
          render: (_, n) =>
            n.refusals.length === 0 ? (
              <Typography.Text type="success">符合条件</Typography.Text>
            ) : (
              <Space direction="vertical" size={2}>
                {n.refusals.map((r) => (
                  <Typography.Text key={r.code} type="danger">
                    {r.text}
                    <Typography.Text type="secondary">（{r.rule}）</Typography.Text>
                  </Typography.Text>
                ))}
              </Space>
            ),
        },
        { title: '审核意见', dataIndex: 'reviewNote', width: 120, render: (_, n) => n.reviewNote || '—' },
        ...(reviewable
          ? [
              {
                title: '操作',
                width: 80,
                render: (_: unknown, n: NominationView) =>
                  REVIEWABLE_STATES.includes(n.state) ? <Typography.Link onClick={() => onReview(n)}>审核</Typography.Link> : null,
              },
            ]
          : []),
      ]}
    />
  );
}
