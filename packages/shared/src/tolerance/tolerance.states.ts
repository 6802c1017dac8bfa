import type { Workflow } from '../cases/workflow';

/*
 * A tolerance case's way (DOMAIN.md §6 "Procedure"): application or ex officio start → acceptance review (policy:
 * acceptanceWorkdays) → investigation (investigationWorkdays, extendable by extensionWorkdays at most maxExtensions
 * times, with approval) → collective decision → written feedback → filing → correction → closed.
 */
export const TOLERANCE_STATES = ['SUBMITTED', 'INVESTIGATING', 'DECIDING', 'FEEDBACK', 'FILING', 'CORRECTING', 'CLOSED', 'NOT_ACCEPTED'] as const;
export type ToleranceState = (typeof TOLERANCE_STATES)[number];

export const TOLERANCE_WORKFLOW: Workflow<ToleranceState> = {
  type: 'TOLERANCE',
  label: '容错纠错',
  prefix: '容',
  readPermission: 'tolerance.read',
  workPermission: 'tolerance.handle',
  contributePermissions: ['tolerance.apply'],
  initial: 'SUBMITTED',
  states: {
    SUBMITTED: { label: '待受理', limit: { unit: 'workdays', of: (p) => p.tolerance.limits.acceptanceWorkdays } },
    INVESTIGATING: { label: '调查核实', limit: { unit: 'workdays', of: (p) => p.tolerance.limits.investigationWorkdays } },
    DECIDING: { label: '集体研究' },
    FEEDBACK: { label: '书面反馈' },
    FILING: { label: '报备' },
    CORRECTING: { label: '纠错整改' },
    CLOSED: { label: '已办结', closed: true },
    NOT_ACCEPTED: { label: '不予受理', closed: true },
  },
  transitions: [
    { action: 'accept', label: '受理', from: ['SUBMITTED'], to: 'INVESTIGATING', permission: 'tolerance.handle' },
    { action: 'refuse', label: '不予受理', from: ['SUBMITTED'], to: 'NOT_ACCEPTED', permission: 'tolerance.handle', noteRequired: true },
    {
      action: 'report',
      label: '调查完毕，提请集体研究',
      from: ['INVESTIGATING'],
      to: 'DECIDING',
      permission: 'tolerance.handle',
      required: { findings: '调查核实情况' },
      internal: true,
    },
    {
      action: 'decide',
      label: '集体研究认定',
      from: ['DECIDING'],
      to: 'FEEDBACK',
      permission: 'tolerance.decide',
      required: { meetingDate: '会议日期', attendees: '参会人员', votes: '表决情况', decision: '认定结果' },
    },
    {
      action: 'feedback',
      label: '书面反馈',
      from: ['FEEDBACK'],
      to: 'FILING',
      permission: 'tolerance.handle',
      required: { feedbackOn: '反馈日期', recipients: '反馈对象' },
    },
    {
      action: 'file',
      label: '报备并开展纠错整改',
      from: ['FILING'],
      to: 'CORRECTING',
      permission: 'tolerance.handle',
      required: { filedOn: '报备日期', filedWith: '报备机关' },
    },
    {
      action: 'fileAndClose',
      label: '报备并办结（无需纠错整改）',
      from: ['FILING'],
      to: 'CLOSED',
      permission: 'tolerance.handle',
      required: { filedOn: '报备日期', filedWith: '报备机关' },
    },
    { action: 'close', label: '整改完成，办结', from: ['CORRECTING'], to: 'CLOSED', permission: 'tolerance.handle' },
  ],
  extension: {
    states: ['INVESTIGATING'],
    maxWorkdays: (p) => p.tolerance.limits.extensionWorkdays,
    maxCount: (p) => p.tolerance.limits.maxExtensions,
    approvePermission: 'tolerance.decide',
  },
};

/** The checklist is kept during the investigation and may be corrected until the body decides. */
export const FACTS_STATES: readonly ToleranceState[] = ['INVESTIGATING', 'DECIDING'];

/** The correction plan is drawn up while filing and worked through while correcting. */
export const CORRECTION_ADD_STATES: readonly ToleranceState[] = ['FILING', 'CORRECTING'];

/** A case may be linked to an accountability case until its collective decision, which is when the link takes effect. */
export const LINKABLE_STATES: readonly ToleranceState[] = ['SUBMITTED', 'INVESTIGATING', 'DECIDING'];
