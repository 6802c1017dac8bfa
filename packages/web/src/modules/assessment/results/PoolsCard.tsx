import type { CycleView } from '@dandang/shared/assessment/cycle.schema';
import type { PoolView } from '@dandang/shared/assessment/result.schema';
import { SCHEME_CATEGORY_LABELS } from '@dandang/shared/assessment/scheme.schema';
import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { ASSESSMENT_KEY, resultApi } from '../hooks/assessmentApi';
import { subjectWords } from './subject-words';

/** Whether a pool has places left: none to give, too many given, some left, or full. */
function PlacesTag({ pool }: { pool: PoolView }) {
  const left = pool.quota - pool.top;
  if (pool.quota === 0) return <Tag>无名额</Tag>;
  if (left < 0) return <Tag color="red">超出 {-left} 名</Tag>;
  return left > 0 ? <Tag color="blue">尚余 {left} 名</Tag> : <Tag>已满</Tag>;
}

/** How full a pool is: its top grades against its quota, and the proposal when a change has moved away from it. */
function Filled({ pool }: { pool: PoolView }) {
  return (
    <Space size={4}>
      <span>
        {pool.top} / {pool.quota}
      </span>
      <PlacesTag pool={pool} />
      {pool.proposedTop !== pool.top && <Typography.Text type="secondary">（拟定 {pool.proposedTop} 名）</Typography.Text>}
    </Space>
  );
}

/** Who a pool is: a whole category, named; pooled small units, each named and tagged; or one unit. */
function PoolName({ pool }: { pool: PoolView }) {
  const count = pool.units.length + pool.otherUnits;
  if (pool.kind === 'CATEGORY') return <span>{`全部${SCHEME_CATEGORY_LABELS[pool.category]}（${count} 个，统一计算）`}</span>;
  const others = pool.otherUnits > 0 ? ` 等 ${count} 个单位` : '';
  return (
    <Space size={4} wrap>
      <span>{pool.units.map((u) => u.unitName).join('、') + others}</span>
      {pool.kind === 'POOLED' && <Tag>小单位合并计算</Tag>}
    </Space>
  );
}

/**
 * 定等名额: each quota pool of a graded cycle (a unit, or small units pooled) with how many count toward its base, how
 * many top grades it may give and why, and how many it gives now, so a grade change can be weighed before it is made.
 * The figures follow every change made in the results below.
 */
export function PoolsCard({ cycle }: { cycle: CycleView }) {
  const { data, isPending } = useQuery({ queryKey: [ASSESSMENT_KEY, 'pools', cycle.id, cycle.state], queryFn: () => resultApi.pools(cycle.id) });
  const topLabel = data?.[0]?.topLabel ?? '优秀';
  return (
    <Card size="small" title="定等名额" style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {topLabel}名额按名额池计算：单位、领导班子按类别统一计算，干部按单位计算，人数较少的单位合并计算。调整等次时，超出名额或违反处分影响期的调整不予保存。
      </Typography.Paragraph>
      <Table<PoolView>
        rowKey="poolKey"
        size="small"
        loading={isPending}
        dataSource={data ?? []}
        pagination={{ defaultPageSize: 10, hideOnSinglePage: true, showSizeChanger: true }}
        locale={{ emptyText: '尚未拟定等次' }}
        columns={[
          { title: '名额池', key: 'units', render: (_, p) => <PoolName pool={p} /> },
          { title: '类别', dataIndex: 'category', width: 110, render: (c: PoolView['category']) => SCHEME_CATEGORY_LABELS[c] },
          {
            title: '参加定等',
            dataIndex: 'participants',
            width: 100,
            // People in a cadre category; units or leadership teams in the others.
            render: (_, p) => `${p.participants} ${subjectWords(p.category).measure}`,
          },
          {
            title: `${topLabel}名额`,
            dataIndex: 'quota',
            width: 120,
            render: (_, p) => (
              <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{p.reasons.map((r) => r.text).join('\n')}</span>}>
                <Typography.Link>{p.quota} 名</Typography.Link>
              </Tooltip>
            ),
          },
          { title: `已定${topLabel}`, key: 'top', width: 240, render: (_, p) => <Filled pool={p} /> },
        ]}
      />
    </Card>
  );
}
