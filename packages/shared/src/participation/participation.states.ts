import type { SubmissionState } from './participation.codes';

/*
 * The handling steps as data (DESIGN.md §4 "workflows are data"). `answers` marks the steps that give the official
 * answer, which stops the reply clock (DOMAIN.md §10 "reply deadline in working days").
 */
export const SUBMISSION_ACTIONS = {
  study: { label: '转入研究办理', from: ['RECEIVED'], to: 'STUDYING', answers: false, needs: 'note' },
  adopt: { label: '答复并采纳', from: ['RECEIVED', 'STUDYING'], to: 'ADOPTED', answers: true, needs: 'answer' },
  decline: { label: '答复不予采纳', from: ['RECEIVED', 'STUDYING'], to: 'NOT_ADOPTED', answers: true, needs: 'answer' },
  complete: { label: '办结', from: ['ADOPTED'], to: 'DONE', answers: false, needs: 'note' },
} as const satisfies Record<string, { label: string; from: SubmissionState[]; to: SubmissionState; answers: boolean; needs: 'note' | 'answer' }>;

export type SubmissionAction = keyof typeof SUBMISSION_ACTIONS;
export const SUBMISSION_ACTION_CODES = Object.keys(SUBMISSION_ACTIONS) as [SubmissionAction, ...SubmissionAction[]];

/** States that have been answered: the reply is given and, for an appeal, the enterprise may rate it. */
export const ANSWERED_STATES: readonly SubmissionState[] = ['ADOPTED', 'NOT_ADOPTED', 'DONE'];
/** States in which milestones and a reward may be recorded. */
export const ADOPTED_STATES: readonly SubmissionState[] = ['ADOPTED', 'DONE'];
