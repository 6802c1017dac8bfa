import type { RecommendationView } from '@dandang/shared/visits/visit.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, List, Space, Tag, Typography } from 'antd';
import { visitKeys, visitsApi } from '../hooks/visitsApi';

/** When the recommendation counts, in words: the server gives no day while a bar has no end (开除、停职检查未解除). */
function waitingText(r: RecommendationView): string {
  if (r.state === 'effective') return `自 ${r.effectiveFrom} 起生效`;
  return r.effectiveFrom ? `影响期结束（${r.effectiveFrom}）后生效` : '影响期结束后生效（结束日期尚未确定）';
}

/**
 * 推荐使用建议 of a cadre's good visits. Each is in force only once the server says its bar has ended (state
 * `effective`); before that day it is shown as waiting, with the day it takes effect, never as a recommendation.
 */
export function Recommendations({ cadreId }: { cadreId: string }) {
  const { data, error, isPending } = useQuery({
    queryKey: visitKeys.cadreRecommendations(cadreId),
    queryFn: () => visitsApi.cadreRecommendations(cadreId),
  });
  if (error) return <Alert type="error" showIcon message={(error as Error).message} />;
  return (
    <section aria-label="推荐使用建议">
      <List
        size="small"
        loading={isPending}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无推荐使用建议" /> }}
        renderItem={(r) => {
          const inForce = r.state === 'effective';
          return (
            <List.Item>
              <Space direction="vertical" size={2}>
                <Space size={6} wrap>
                  {inForce ? <Tag color="success">已生效</Tag> : <Tag>待生效</Tag>}
                  <Typography.Text type="secondary">
                    {waitingText(r)}，{r.visitedOn} 回访提出
                  </Typography.Text>
                </Space>
                <Typography.Text type={inForce ? undefined : 'secondary'} style={{ whiteSpace: 'pre-wrap' }}>
                  {r.text}
                </Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </section>
  );
}
