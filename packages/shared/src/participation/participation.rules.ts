import type { IsoDate } from '../dates/date';
import { isBefore } from '../dates/date';
import { averageOf, percentOf } from '../platform/statistics';
import type { SubmissionState } from './participation.codes';
import { ADOPTED_STATES, ANSWERED_STATES, SUBMISSION_ACTIONS, type SubmissionAction } from './participation.states';

/*
 * Pure rules of 群众金点子 and 企业诉求 (DOMAIN.md §10). No clock: the caller passes `today` (a China date).
 */

export interface Reason {
  code: string;
  rule: string;
  text: string;
}

export interface ActionFacts {
  state: SubmissionState;
  /** Whether the jurisdiction uses the 研究中 step (participation settings). */
  useStudyState: boolean;
  /** Milestones of an adopted submission not yet done. */
  openMilestones: number;
}

/** Whether a handling step may be taken now, with the reasons when not; the web greys out the same steps. */
export function checkAction(action: SubmissionAction, facts: ActionFacts): { allowed: boolean; reasons: Reason[] } {
  const step = SUBMISSION_ACTIONS[action];
  const reasons: Reason[] = [];
  if (!(step.from as readonly SubmissionState[]).includes(facts.state)) {
    reasons.push({ code: 'WRONG_STATE', rule: 'participation.states', text: `当前状态下不能${step.label}` });
  }
  if (action === 'study' && !facts.useStudyState) {
    reasons.push({ code: 'STUDY_NOT_USED', rule: 'participation.settings', text: '本地区未启用“研究中”环节，请直接答复' });
  }
  if (action === 'complete' && facts.openMilestones > 0) {
    reasons.push({ code: 'MILESTONES_OPEN', rule: 'DOMAIN.md §10 milestones', text: `还有 ${facts.openMilestones} 个推进节点未完成，不能办结` });
  }
  return { allowed: reasons.length === 0, reasons };
}

export const REPLY_TIMINGS = ['PENDING', 'OVERDUE', 'ON_TIME', 'LATE'] as const;
export type ReplyTiming = (typeof REPLY_TIMINGS)[number];

/**
 * Where a submission stands against its reply deadline (DOMAIN.md §3: the deadline is the last working day allowed,
 * so answering on `dueOn` is on time): unanswered and not yet past it → PENDING; unanswered past it → OVERDUE.
 */
export function replyTiming(s: { dueOn: IsoDate; answeredOn: IsoDate | null }, today: IsoDate): ReplyTiming {
  if (s.answeredOn) return isBefore(s.dueOn, s.answeredOn) ? 'LATE' : 'ON_TIME';
  return isBefore(s.dueOn, today) ? 'OVERDUE' : 'PENDING';
}

/** A phone number as staff lists show it: the first 3 and last 4 digits (138****5678); short numbers keep only the last 2. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 0))}${digits.slice(-2)}`;
}

/** Mean completion of the milestones in whole percents; null when there are none. */
export function milestoneProgress(milestones: ReadonlyArray<{ percent: number }>): number | null {
  if (milestones.length === 0) return null;
  return Math.round(milestones.reduce((sum, m) => sum + m.percent, 0) / milestones.length);
}

export const HIDDEN_TITLE = '（标题已屏蔽）';
export const HIDDEN_NOTICE = '该内容含有不文明或不当言论，已依规屏蔽；原文已存档备查。';

/**
 * What the public sees of a moderated submission: the redacted text when a moderator gave one, a notice instead of
 * the content when it is hidden; the original stays in the record.
 */
export function publicText(s: { title: string; content: string; hidden: boolean; redactedTitle: string | null; redactedContent: string | null }) {
  // A hidden submission without a redacted title hides its title too: abuse is often in the title.
  const title = s.redactedTitle ?? (s.hidden ? HIDDEN_TITLE : s.title);
  return { title, content: s.hidden ? HIDDEN_NOTICE : (s.redactedContent ?? s.content) };
}

export interface IndicatorRow {
  unitId: string;
  state: SubmissionState;
  dueOn: IsoDate;
  answeredOn: IsoDate | null;
  rating: number | null;
}

export interface UnitIndicator {
  unitId: string;
  received: number;
  answered: number;
  /** Answered, or unanswered past the deadline: the ones whose timeliness is known. */
  due: number;
  answeredInTime: number;
  overdueOpen: number;
  /** 按期答复率: answered in time ÷ due, in percent to one decimal; null when nothing was due. */
  replyInTimeRate: number | null;
  /** Adopted (ideas) or resolved (appeals), done included. */
  resolved: number;
  /** 采纳率/解决率: resolved ÷ answered, in percent; null when nothing was answered. */
  resolutionRate: number | null;
  rated: number;
  /** 满意度: the mean of the 1–5 ratings to one decimal; null when none. */
  meanSatisfaction: number | null;
}

/**
 * The quantitative figures a unit's submissions give the assessment (DOMAIN.md §10 "the reply speed and adoption feed
 * unit indicators"; issue 8 item 3: reply speed, resolution rate and satisfaction per unit).
 */
export function unitIndicators(rows: readonly IndicatorRow[], today: IsoDate): UnitIndicator[] {
  const byUnit = new Map<string, IndicatorRow[]>();
  for (const row of rows) byUnit.set(row.unitId, [...(byUnit.get(row.unitId) ?? []), row]);
  return [...byUnit].map(([unitId, list]) => {
    const timings = list.map((r) => replyTiming(r, today));
    const answered = list.filter((r) => ANSWERED_STATES.includes(r.state));
    const answeredInTime = timings.filter((t) => t === 'ON_TIME').length;
    const overdueOpen = timings.filter((t) => t === 'OVERDUE').length;
    const due = timings.filter((t) => t !== 'PENDING').length;
    const resolved = answered.filter((r) => ADOPTED_STATES.includes(r.state)).length;
    const ratings = list.flatMap((r) => (r.rating === null ? [] : [r.rating]));
    return {
      unitId,
      received: list.length,
      answered: answered.length,
      due,
      answeredInTime,
      overdueOpen,
      replyInTimeRate: percentOf(answeredInTime, due),
      resolved,
      resolutionRate: percentOf(resolved, answered.length),
      rated: ratings.length,
      meanSatisfaction: averageOf(ratings),
    };
  });
}
