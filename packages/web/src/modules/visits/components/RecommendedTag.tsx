import type { RecommendationView } from '@dandang/shared/visits/visit.schema';
import { Tag, Tooltip } from 'antd';

/** 推荐使用 beside a cadre's name in the roster, the recommendations themselves in its tooltip. */
export function RecommendedTag({ recommendations }: { recommendations: RecommendationView[] | undefined }) {
  if (!recommendations || recommendations.length === 0) return null;
  const title = recommendations.map((r) => `${r.visitedOn} 回访：${r.text}（${r.effectiveFrom} 起生效）`).join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-wrap' }}>{title}</span>}>
      <Tag color="success" style={{ marginInlineStart: 6 }}>
        推荐使用
      </Tag>
    </Tooltip>
  );
}
