/*
 * A typical case's life: a draft is edited and reviewed, then published to every reader; a published case may be
 * withdrawn (with a reason) and, withdrawn, taken back into a draft for rework and published again. Nothing is
 * deleted: the source case has exactly one typical case, whatever became of it.
 */

export const TYPICAL_CASE_STATES = { DRAFT: '草稿', PUBLISHED: '已发布', WITHDRAWN: '已撤回' } as const;
export type TypicalCaseState = keyof typeof TYPICAL_CASE_STATES;

export const TYPICAL_CASE_ACTIONS = {
  edit: { label: '保存修改', from: ['DRAFT'], to: 'DRAFT' },
  publish: { label: '发布', from: ['DRAFT'], to: 'PUBLISHED' },
  withdraw: { label: '撤回', from: ['PUBLISHED'], to: 'WITHDRAWN' },
  rework: { label: '重新编辑', from: ['WITHDRAWN'], to: 'DRAFT' },
} as const satisfies Record<string, { label: string; from: readonly TypicalCaseState[]; to: TypicalCaseState }>;
export type TypicalCaseAction = keyof typeof TYPICAL_CASE_ACTIONS;

export function canTake(action: TypicalCaseAction, state: TypicalCaseState): boolean {
  return (TYPICAL_CASE_ACTIONS[action].from as readonly TypicalCaseState[]).includes(state);
}

/** The actions a publisher may take in a state, in the order the screen shows them. */
export function actionsIn(state: TypicalCaseState): TypicalCaseAction[] {
  return (Object.keys(TYPICAL_CASE_ACTIONS) as TypicalCaseAction[]).filter((action) => canTake(action, state));
}
