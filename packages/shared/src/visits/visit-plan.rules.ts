import { addDays, addMonthsClamped, type IsoDate, isBefore, yearOf } from '../dates/date';
import type { PolicyDocument } from '../policy/policy.schema';
import type { MeasureRecord } from '../rules/measures';
import { barOf } from '../rules/promotion.rules';
import { type Reason, reason } from '../rules/reason';

/** The clause these rules apply: a local rule (回访教育办法), whose defaults DOMAIN.md §9 gives. */
export const VISIT_RULE = '回访教育工作办法（本地政策，默认值见 CN-national）';

export type VisitPolicy = PolicyDocument['visits'];
export type VisitItemStatus = 'due' | 'overdue' | 'done';

/** A visit already on record for the measure (only its date counts for the plan). */
export interface PlannedVisitFact {
  id: string;
  visitedOn: IsoDate;
}

export interface VisitPlanItem {
  /** 1: the first visit (within firstVisitWithinMonths); 2: the one before the bar ends. */
  seq: number;
  dueBy: IsoDate;
  status: VisitItemStatus;
  visitId: string | null;
  visitedOn: IsoDate | null;
}

export interface VisitPlan {
  /** Visits may fall on opensOn … closesOn, both included: the effective date to the bar's last day. */
  opensOn: IsoDate;
  closesOn: IsoDate;
  /** The day the bar ends (the first day the cadre may be promoted again): a recommendation for use counts from it. */
  barEnd: IsoDate;
  items: VisitPlanItem[];
  reasons: Reason[];
}

/** The window a measure's visits fall in, or null when the measure plans no visit (see visitPlan). */
export function visitWindow(measure: MeasureRecord): { opensOn: IsoDate; closesOn: IsoDate; barEnd: IsoDate } | null {
  const bar = barOf(measure);
  // No bar (提醒、函询、通报), revoked, permanent (开除: the relationship has ended) or a 停职检查 not lifted yet: no
  // window with an end, so no plan; a lifted suspension gets its plan once liftedOn is known.
  if (!bar || bar.end === 'never' || bar.end === 'open') return null;
  if (!isBefore(measure.effectiveOn, bar.end)) return null;
  return { opensOn: measure.effectiveOn, closesOn: addDays(bar.end, -1), barEnd: bar.end };
}

/**
 * 回访教育 plan of one measure (DOMAIN.md §9, "谁查处、谁回访"): a first visit within `firstVisitWithinMonths` of the
 * effective date and another before the bar ends, both inside the window. The visits on record fill the items in date
 * order; an unfilled item is overdue once asOf is past its due date. A bar no longer than the first visit's period
 * plans the one visit.
 */
export function visitPlan(measure: MeasureRecord, visits: readonly PlannedVisitFact[], policy: VisitPolicy, asOf: IsoDate): VisitPlan | null {
  const window = visitWindow(measure);
  if (!window) return null;
  const firstDue = addMonthsClamped(window.opensOn, policy.firstVisitWithinMonths);
  const dues = isBefore(firstDue, window.closesOn) ? [firstDue, window.closesOn] : [window.closesOn];
  const inWindow = visits
    .filter((v) => !isBefore(v.visitedOn, window.opensOn) && !isBefore(window.closesOn, v.visitedOn))
    .toSorted((a, b) => a.visitedOn.localeCompare(b.visitedOn) || a.id.localeCompare(b.id));

  const reasons: Reason[] = [];
  const items = dues.map((dueBy, i): VisitPlanItem => {
    const visit = inWindow[i];
    if (visit) return { seq: i + 1, dueBy, status: 'done', visitId: visit.id, visitedOn: visit.visitedOn };
    const overdue = isBefore(dueBy, asOf);
    const label = i === 0 ? `生效后 ${policy.firstVisitWithinMonths} 个月内的首次回访` : '影响期结束前的回访';
    reasons.push(reason(overdue ? 'VISIT_OVERDUE' : 'VISIT_DUE', VISIT_RULE, `${label}应于 ${dueBy} 前完成${overdue ? '，已逾期' : ''}`));
    return { seq: i + 1, dueBy, status: overdue ? 'overdue' : 'due', visitId: null, visitedOn: null };
  });
  return { ...window, items, reasons };
}

/**
 * Whether a visit can still be recorded against the plan on asOf (DOMAIN.md §9: visits fall before the bar ends): until
 * the window's last day, included. After it the plan keeps its overdue items, but nothing can be recorded any more.
 */
export function isWindowOpen(plan: Pick<VisitPlan, 'closesOn'>, asOf: IsoDate): boolean {
  return !isBefore(plan.closesOn, asOf);
}

/** The plan's state for the list filter: overdue when any item is, due when any is open, else done. */
export function planState(plan: Pick<VisitPlan, 'items'>): VisitItemStatus {
  if (plan.items.some((i) => i.status === 'overdue')) return 'overdue';
  return plan.items.some((i) => i.status === 'due') ? 'due' : 'done';
}

export interface VisitRecordFacts {
  visitedOn: IsoDate;
  visitors: readonly string[];
  /** Dates of the person's other visits on record (every measure), for the per-year limit. */
  otherVisitDates: readonly IsoDate[];
}

/**
 * Whether a visit may be recorded (DOMAIN.md §9): inside the measure's window, not after asOf, at most `maxPerYear`
 * visits of the person in the visit's calendar year, at least `minVisitors` distinct visitors. Names every bad field.
 */
export function visitRecordIssues(measure: MeasureRecord, facts: VisitRecordFacts, policy: VisitPolicy, asOf: IsoDate) {
  const issues: Array<{ path: string; message: string }> = [];
  const window = visitWindow(measure);
  if (!window) {
    issues.push({ path: 'measureId', message: '该措施已撤销、没有影响期、停职检查尚未解除或永久不得提拔，不安排回访' });
  } else if (isBefore(facts.visitedOn, window.opensOn) || isBefore(window.closesOn, facts.visitedOn)) {
    issues.push({ path: 'visitedOn', message: `回访应在措施生效之日至影响期结束前（${window.opensOn} 至 ${window.closesOn}）进行` });
  }
  if (isBefore(asOf, facts.visitedOn)) issues.push({ path: 'visitedOn', message: '回访日期不能晚于今天' });
  const year = yearOf(facts.visitedOn);
  const sameYear = facts.otherVisitDates.filter((d) => yearOf(d) === year).length;
  if (sameYear >= policy.maxPerYear) {
    issues.push({ path: 'visitedOn', message: `同一人员每年回访不超过 ${policy.maxPerYear} 次，${year} 年已回访 ${sameYear} 次` });
  }
  const names = new Set(facts.visitors.map((v) => v.trim()).filter(Boolean));
  if (names.size < policy.minVisitors) issues.push({ path: 'visitors', message: `回访人员不少于 ${policy.minVisitors} 人（不同姓名）` });
  return issues;
}

/**
 * The day a recommendation for use (推荐使用建议) starts to count: when the cadre's promotion bar ends, that is the
 * latest end among all their measures (DOMAIN.md §4: the longest bar wins), not only the visited measure's. A good
 * visit under a 诫勉 recorded together with a 党内警告 does not recommend a cadre the warning still bars. Revoked
 * measures bar nothing; with no bar left it counts from the visit. `null` while a permanent bar or a suspension not
 * yet lifted leaves no end.
 */
export function recommendationStart(visitedOn: IsoDate, measures: readonly MeasureRecord[]): IsoDate | null {
  let start = visitedOn;
  for (const measure of measures) {
    const bar = barOf(measure);
    if (!bar) continue;
    if (bar.end === 'never' || bar.end === 'open') return null;
    if (isBefore(start, bar.end)) start = bar.end;
  }
  return start;
}

/** A recommendation for use (推荐使用建议) counts only from the bar's end; before it, it is pending. */
export function recommendationState(barEnd: IsoDate, asOf: IsoDate): 'pending' | 'effective' {
  return isBefore(asOf, barEnd) ? 'pending' : 'effective';
}
