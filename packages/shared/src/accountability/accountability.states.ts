import type { Workflow } from '../cases/workflow';

/*
 * An accountability case (DOMAIN.md §7): one cadre, or one party organization, held to account for one matter. The
 * proposals of every body for the same person and matter merge into it; the lead authority coordinates, consults the
 * others and decides once. Organizational adjustment must be completed within the policy's months of the decision
 * (adjustmentDeadlineMonths). A tolerance decision may exempt it (第十七条); a wrong decision is corrected (第二十一条).
 */
export const ACCOUNTABILITY_STATES = ['PROPOSED', 'COORDINATING', 'DECIDED', 'EXECUTED', 'NOT_HELD', 'EXEMPTED', 'CORRECTED'] as const;
export type AccountabilityState = (typeof ACCOUNTABILITY_STATES)[number];

export const ACCOUNTABILITY_WORKFLOW: Workflow<AccountabilityState> = {
  type: 'ACCOUNTABILITY',
  label: '问责',
  prefix: '问',
  readPermission: 'accountability.read',
  workPermission: 'accountability.propose',
  initial: 'PROPOSED',
  states: {
    PROPOSED: { label: '问责建议' },
    COORDINATING: { label: '统筹研究' },
    DECIDED: { label: '已决定·执行中', limit: { unit: 'months', of: (p) => p.accountability.adjustmentDeadlineMonths } },
    EXECUTED: { label: '执行完毕', closed: true },
    NOT_HELD: { label: '不予问责', closed: true },
    EXEMPTED: { label: '免予问责', closed: true },
    CORRECTED: { label: '已纠正', closed: true },
  },
  transitions: [
    { action: 'coordinate', label: '开始统筹研究', from: ['PROPOSED'], to: 'COORDINATING', permission: 'accountability.decide' },
    {
      action: 'decide',
      label: '作出问责决定',
      from: ['COORDINATING'],
      to: 'DECIDED',
      permission: 'accountability.decide',
      required: { forms: '问责方式', decidedOn: '决定日期', basis: '问责事实与依据', documentNo: '决定文号' },
    },
    { action: 'notHold', label: '不予问责', from: ['PROPOSED', 'COORDINATING'], to: 'NOT_HELD', permission: 'accountability.decide', noteRequired: true },
    {
      action: 'exempt',
      label: '免予问责（容错认定）',
      from: ['PROPOSED', 'COORDINATING'],
      to: 'EXEMPTED',
      permission: 'accountability.decide',
      required: { toleranceCaseId: '容错认定案件' },
    },
    { action: 'execute', label: '执行完毕', from: ['DECIDED'], to: 'EXECUTED', permission: 'accountability.decide', required: { executedOn: '执行完成日期' } },
    { action: 'correct', label: '纠正问责决定', from: ['DECIDED', 'EXECUTED'], to: 'CORRECTED', permission: 'accountability.decide', noteRequired: true },
  ],
};

/** Not yet decided: proposals still merge into the case, and a tolerance decision can still exempt it. */
export const OPEN_ACCOUNTABILITY_STATES: readonly AccountabilityState[] = ['PROPOSED', 'COORDINATING'];
