import type { Workflow } from '../cases/workflow';

/*
 * A complaint's way (DOMAIN.md §8; issue 7 item 1): registered (登记, policy: complaints.acceptanceWorkdays to route it)
 * → verification (核查, complaints.verificationWorkdays, extendable once with approval like a tolerance investigation)
 * → concluded (办结) with one of COMPLAINT_CONCLUSIONS and its grounds. A complaint that is not taken up is filed away
 * (留存/了结) with the reason. Clarification runs after the conclusion on its own record, not as case states, because
 * it concerns the accused cadre and not the complaint's handling.
 */
export const COMPLAINT_STATES = ['REGISTERED', 'VERIFYING', 'CONCLUDED', 'FILED_AWAY'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_WORKFLOW: Workflow<ComplaintState> = {
  type: 'COMPLAINT',
  label: '检举控告',
  prefix: '检',
  readPermission: 'complaint.read',
  workPermission: 'complaint.handle',
  initial: 'REGISTERED',
  states: {
    REGISTERED: { label: '登记', limit: { unit: 'workdays', of: (p) => p.complaints.acceptanceWorkdays } },
    VERIFYING: { label: '核查', limit: { unit: 'workdays', of: (p) => p.complaints.verificationWorkdays } },
    CONCLUDED: { label: '办结', closed: true },
    FILED_AWAY: { label: '留存了结', closed: true },
  },
  transitions: [
    { action: 'verify', label: '受理并开展核查', from: ['REGISTERED'], to: 'VERIFYING', permission: 'complaint.handle' },
    { action: 'fileAway', label: '不予核查，留存了结', from: ['REGISTERED'], to: 'FILED_AWAY', permission: 'complaint.handle', noteRequired: true },
    {
      action: 'conclude',
      label: '作出核查结论',
      from: ['VERIFYING'],
      to: 'CONCLUDED',
      permission: 'complaint.handle',
      required: { conclusion: '核查结论', grounds: '结论依据' },
    },
  ],
  extension: {
    states: ['VERIFYING'],
    // Default chosen here: the tolerance extension rule (15 working days, once), until a jurisdiction sets its own.
    maxWorkdays: (p) => p.tolerance.limits.extensionWorkdays,
    maxCount: (p) => p.tolerance.limits.maxExtensions,
    approvePermission: 'clarification.approve',
  },
};
