import { type IsoDate, isBefore } from '../dates/date';
import { TOLERANCE_EXCLUSIONS, type ToleranceExclusion, type ToleranceOutcome } from '../rules/tolerance.codes';
import type { ValidationIssue } from '../rules/validation';

/*
 * The collective decision on a tolerance case (DOMAIN.md §6 "集体研究"): people decide, the rules only check that the
 * record is whole and that a decision departing from the recommendation says why. Issues are named by the path the
 * transition request carries them under (`fields.<name>`).
 */

/** The body's final decision: 免责 (第十七条), 从轻 or 减轻 (第十八条), or 不予容错. */
export const TOLERANCE_DECISIONS = { EXEMPT: '免责', LIGHTER: '从轻', REDUCED: '减轻', REJECTED: '不予容错' } as const;
export type ToleranceDecision = keyof typeof TOLERANCE_DECISIONS;

/** The recommendation MITIGATE leaves the choice between 从轻 and 减轻 to the body, so either matches it. */
export function matchesRecommendation(outcome: ToleranceOutcome, decision: ToleranceDecision): boolean {
  if (outcome === 'MITIGATE') return decision === 'LIGHTER' || decision === 'REDUCED';
  return outcome === decision;
}

export interface Votes {
  for: number;
  against: number;
  abstain: number;
}

export interface DecisionFields {
  meetingDate: IsoDate;
  attendees: readonly string[];
  votes: Votes;
  decision: ToleranceDecision;
  differenceReason: string;
}

export interface DecisionContext {
  /** Today in China: a meeting cannot be recorded before it is held. */
  asOf: IsoDate;
  /** The day the case was opened: a meeting on this case cannot precede it. */
  openedOn: IsoDate;
  /** The recommendation under the case's policy, from the facts as saved. */
  recommended: ToleranceOutcome;
  /** The exclusions the facts checklist established. */
  exclusions: readonly ToleranceExclusion[];
}

/** Every reason the decision cannot be recorded as it stands, each naming its field. */
export function decisionIssues(fields: DecisionFields, context: DecisionContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (isBefore(context.asOf, fields.meetingDate)) issues.push({ path: 'fields.meetingDate', message: '会议日期不能晚于今天' });
  else if (isBefore(fields.meetingDate, context.openedOn)) issues.push({ path: 'fields.meetingDate', message: '会议日期不能早于立案日期' });

  const { for: yes, against, abstain } = fields.votes;
  const present = fields.attendees.length;
  if (yes + against + abstain > present) issues.push({ path: 'fields.votes', message: `表决票数合计不能超过参会人数（${present} 人）` });
  // 集体研究: the decision carries when more than half of those present vote for it.
  else if (yes * 2 <= present)
    issues.push({ path: 'fields.votes.for', message: `赞成票须超过参会人数的半数（${present} 人中至少 ${Math.floor(present / 2) + 1} 票）` });

  // An exclusion is a hard veto (DOMAIN.md §6): the way past it is to correct the checklist, not to outvote it.
  if (fields.decision !== 'REJECTED' && context.exclusions.length > 0) {
    const found = context.exclusions.map((code) => TOLERANCE_EXCLUSIONS[code]).join('、');
    issues.push({ path: 'fields.decision', message: `已认定不予容错情形（${found}），只能认定为不予容错；如认定有误，请先修改调查核实清单` });
  } else if (!matchesRecommendation(context.recommended, fields.decision) && fields.differenceReason.trim().length < 2) {
    issues.push({ path: 'fields.differenceReason', message: `认定结果与建议结果不一致，须写明理由` });
  }
  return issues;
}

/**
 * A dated step after the decision (书面反馈, 报备): not in the future and not before the step it follows. `path` and
 * `label` name the request's field.
 */
export function datedStepIssues(on: IsoDate, context: { asOf: IsoDate; notBefore: IsoDate | null; path: string; label: string; after: string }) {
  const issues: ValidationIssue[] = [];
  if (isBefore(context.asOf, on)) issues.push({ path: context.path, message: `${context.label}不能晚于今天` });
  else if (context.notBefore && isBefore(on, context.notBefore)) {
    issues.push({ path: context.path, message: `${context.label}不能早于${context.after}（${context.notBefore}）` });
  }
  return issues;
}
