import type { BallotTally } from '@dandang/shared/assessment/ballot.schema';
import { RATER_GROUP_LABELS, SCHEME_CATEGORY_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Modal, Table, Typography } from 'antd';
import { ASSESSMENT_KEY, ballotApi } from '../hooks/assessmentApi';

type Row = BallotTally['subjects'][number];

/** Each subject's democratic score, the mean of each group behind it, and the reckoning in words. */
export function BallotTallyModal({ sessionId, title, onClose }: { sessionId: string; title: string; onClose: () => void }) {
  const { data, error, isPending } = useQuery({ queryKey: [ASSESSMENT_KEY, 'tally', sessionId], queryFn: () => ballotApi.tally(sessionId) });
  const groups = data?.subjects[0]?.groups.map((g) => g.group) ?? [];
  return (
    <Modal open width={900} title={`${title}：计票结果`} footer={null} onCancel={onClose} destroyOnHidden>
      {error ? (
        <Alert type="error" showIcon message={(error as Error).message} />
      ) : (
        <Table<Row>
          rowKey="id"
          size="small"
          loading={isPending}
          dataSource={data?.subjects ?? []}
          pagination={false}
          expandable={{ expandedRowRender: (row) => row.reasons.map((r) => <div key={r.text}>{r.text}</div>) }}
          columns={[
            { title: '测评对象', dataIndex: 'name' },
            { title: '类别', dataIndex: 'category', width: 110, render: (c: Row['category']) => SCHEME_CATEGORY_LABELS[c] },
            ...groups.map((group) => ({
              title: RATER_GROUP_LABELS[group],
              key: group,
              width: 120,
              render: (_: unknown, row: Row) => {
                const g = row.groups.find((x) => x.group === group);
                return g?.mean === null || !g ? (
                  <Typography.Text type="secondary">{g?.ballots ?? 0} 票，不计入</Typography.Text>
                ) : (
                  `${g.mean}（${g.ballots} 票）`
                );
              },
            })),
            {
              title: '民主测评得分',
              dataIndex: 'score',
              width: 120,
              render: (s: number | null) => (s === null ? '无结果' : <Typography.Text strong>{s}</Typography.Text>),
            },
          ]}
        />
      )}
    </Modal>
  );
}
