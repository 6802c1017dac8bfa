import type { VisitResult } from '@dandang/shared/visits/visit.schema';

/** How a plan item (or a whole plan) stands, in the words of the 回访 ledger, with the colour the lists give it. */
export const PLAN_STATUS: Record<'due' | 'overdue' | 'done', { label: string; color: string }> = {
  due: { label: '待回访', color: 'processing' },
  overdue: { label: '逾期预警', color: 'error' },
  done: { label: '已回访', color: 'success' },
};

export const RESULT_COLORS: Record<VisitResult, string> = { GOOD: 'green', FAIR: 'gold', POOR: 'red' };

/** The two planned visits as the policy names them (DOMAIN.md §9). */
export const planItemLabel = (seq: number) => (seq === 1 ? '首次回访' : '影响期结束前回访');
