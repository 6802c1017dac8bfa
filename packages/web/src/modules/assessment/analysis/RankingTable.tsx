import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { AnalysisView } from '@dandang/shared/assessment/analysis.schema';
import { Table, Tag, Typography } from 'antd';
import { scoreText } from '../results/score-text';
import { isCadreCategory } from '../results/subject-words';

type Row = AnalysisView['ranking'][number];

/** How a rank moved since last year: up in green, down in red, 新 for one not ranked last year. */
function Change({ row }: { row: Row }) {
  if (row.rankChange === null) return row.rank === null ? <Typography.Text type="secondary">—</Typography.Text> : <Tag>新</Tag>;
  if (row.rankChange === 0) return <Typography.Text type="secondary">持平</Typography.Text>;
  return row.rankChange > 0 ? (
    <Typography.Text type="success">
      <ArrowUpOutlined /> {row.rankChange}
    </Typography.Text>
  ) : (
    <Typography.Text type="danger">
      <ArrowDownOutlined /> {-row.rankChange}
    </Typography.Text>
  );
}

/** 排名: the category's best by score, with last year's rank and score of the same unit or person. */
export function RankingTable({ view }: { view: AnalysisView }) {
  const label = (code: string | null) => view.grades.find((g) => g.code === code)?.label ?? '—';
  return (
    <Table<Row>
      rowKey="participantId"
      size="small"
      dataSource={view.ranking}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      columns={[
        { title: '名次', dataIndex: 'rank', width: 64, render: (v: number | null) => v ?? '—' },
        {
          title: '名称',
          dataIndex: 'name',
          // A person's unit on a second line tells two of the same name apart; a unit or a team is named by its unit.
          render: (_, r) => (
            <>
              <div>{r.name}</div>
              {isCadreCategory(view.category) && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.unitName}
                </Typography.Text>
              )}
            </>
          ),
        },
        { title: '得分', dataIndex: 'final', width: 80, render: (v: number | null) => (v === null ? '—' : scoreText(v)) },
        { title: '等次', dataIndex: 'grade', width: 90, render: label },
        // Without last year's cycle there is nothing to compare with, and two columns of dashes would say only that.
        ...(view.comparedWith
          ? [
              { title: '上年名次', dataIndex: 'previousRank', width: 90, render: (v: number | null) => v ?? '—' },
              { title: '变化', width: 80, render: (_: unknown, r: Row) => <Change row={r} /> },
            ]
          : []),
      ]}
    />
  );
}
