/**
 * An assessment cycle's way from draft to publication (issue: draft → open → scoring → grading → notice →
 * published), as data: each state's label, the transition that leaves it, and whether it runs against a deadline
 * counted in working days (DOMAIN.md §3). Only the organization department (assessment.config) moves a cycle on.
 */
export const CYCLE_STATES = ['DRAFT', 'OPEN', 'SCORING', 'GRADING', 'NOTICE', 'PUBLISHED'] as const;
export type CycleState = (typeof CYCLE_STATES)[number];

/** The states that run against a deadline, and so have a number of working days set per cycle. */
export const TIMED_STATES = ['OPEN', 'SCORING', 'GRADING', 'NOTICE'] as const;
export type TimedState = (typeof TIMED_STATES)[number];

export const CYCLE_STATE_INFO: Record<CycleState, { label: string; work: string; next: { to: CycleState; action: string } | null }> = {
  DRAFT: { label: '草稿', work: '确定考核范围与方案', next: { to: 'OPEN', action: '启动考核' } },
  OPEN: { label: '填报', work: '分解目标、填报进展与佐证、民主测评', next: { to: 'SCORING', action: '进入评分' } },
  SCORING: { label: '评分', work: '计算定量得分、评定定性指标、统计测评', next: { to: 'GRADING', action: '进入定等' } },
  GRADING: { label: '定等', work: '按比例和影响期确定等次建议', next: { to: 'NOTICE', action: '进行公示' } },
  NOTICE: { label: '公示', work: '优秀等次人选在单位内公示，受理异议', next: { to: 'PUBLISHED', action: '发布结果' } },
  PUBLISHED: { label: '已发布', work: '结果运用', next: null },
};

/** The state a cycle in `from` moves to next; null once published. */
export function nextState(from: CycleState): CycleState | null {
  return CYCLE_STATE_INFO[from].next?.to ?? null;
}

export const isTimed = (state: CycleState): state is TimedState => (TIMED_STATES as readonly string[]).includes(state);
