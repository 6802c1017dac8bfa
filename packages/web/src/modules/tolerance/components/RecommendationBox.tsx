import type { RecommendationView } from '@dandang/shared/tolerance/tolerance-view.schema';
import { Alert } from 'antd';
import { ReasonBullets } from '../../../platform/ui/ReasonBullets';

const TYPES = { EXEMPT: 'success', MITIGATE: 'info', REJECTED: 'error' } as const;

/** The rules core's recommendation with every reason and the rule it applied (DOMAIN.md §6); people decide. */
export function RecommendationBox({ recommendation, title = '系统建议' }: { recommendation: RecommendationView; title?: string }) {
  return (
    <Alert
      type={TYPES[recommendation.outcome]}
      showIcon
      message={`${title}：${recommendation.outcomeLabel}`}
      description={
        <ReasonBullets reasons={recommendation.reasons}>
          <li style={{ listStyle: 'none', color: 'rgba(0,0,0,0.45)' }}>
            依据政策 {recommendation.policyCode} 第 {recommendation.policyVersion} 版；最终结果由集体研究决定。
          </li>
        </ReasonBullets>
      }
    />
  );
}
