/*
 * The words of 群众金点子 and 企业诉求 (DOMAIN.md §10): one pipeline for both kinds, so the codes are shared and only
 * the labels the public reads differ by kind.
 */

export const SUBMISSION_KINDS = { IDEA: '群众金点子', APPEAL: '企业诉求' } as const;
export type SubmissionKind = keyof typeof SUBMISSION_KINDS;
export const SUBMISSION_KIND_CODES = Object.keys(SUBMISSION_KINDS) as SubmissionKind[];

/** received → (under study) → adopted / not adopted; an adopted one is done when its milestones are. */
export const SUBMISSION_STATES = ['RECEIVED', 'STUDYING', 'ADOPTED', 'NOT_ADOPTED', 'DONE'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export type StateLabels = Record<SubmissionState, string>;

/** The shipped labels; a jurisdiction may rename every state for each kind (participation settings). */
export const DEFAULT_STATE_LABELS: Record<SubmissionKind, StateLabels> = {
  IDEA: { RECEIVED: '已受理', STUDYING: '研究中', ADOPTED: '已采纳', NOT_ADOPTED: '未采纳', DONE: '已办结' },
  APPEAL: { RECEIVED: '已受理', STUDYING: '办理中', ADOPTED: '已解决', NOT_ADOPTED: '不予支持', DONE: '已办结' },
};

/** 奖励形式 of an adopted idea or a resolved appeal's proposer. */
export const REWARD_FORMS = { CERTIFICATE: '荣誉证书', CASH: '奖金', COMMENDATION: '通报表扬', OTHER: '其他' } as const;
export type RewardForm = keyof typeof REWARD_FORMS;

/** The five-level satisfaction an enterprise gives after the answer (1 很不满意 … 5 很满意). */
export const SATISFACTION_LABELS: Record<number, string> = { 1: '很不满意', 2: '不满意', 3: '一般', 4: '满意', 5: '很满意' };

export const keysOf = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
