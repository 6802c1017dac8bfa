import type { WorkCalendar } from '../calendar/work-calendar';
import { type IsoDate, yearOf } from '../dates/date';
import { averageOf, countByMonth, workdaysAfter } from '../platform/statistics';
import { repeatFlag } from './coordination.rules';
import { ACCOUNTABILITY_FORMS, type AccountabilityForm, BODY_LABELS, FORM_LABELS, PROPOSING_BODIES, type ProposingBody } from './forms';

/*
 * 问责统计 (issue 6): a year's accountability decisions counted by form, by proposing body, by unit and by month, the
 * cadres flagged for a second accountability within the window, the appeals and their answers, and the average
 * working days from the first proposal to the decision. A corrected decision (第二十一条) no longer counts as a
 * decision, nor as an earlier one for the repeat flag; it is counted apart.
 */

export interface DecisionFact {
  caseId: string;
  number: string;
  /** Null for a party organization: the repeat flag is about cadres. */
  cadreId: string | null;
  unitId: string;
  unitName: string;
  forms: readonly AccountabilityForm[];
  /** Every body that proposed in the case, each once. */
  bodies: readonly ProposingBody[];
  decidedOn: IsoDate;
  /** The day of the case's first proposal. */
  proposedOn: IsoDate;
  corrected: boolean;
}

export interface AppealFact {
  receivedOn: IsoDate;
  upheld: boolean | null;
}

export interface StatisticsInput {
  year: number;
  repeatWindowMonths: number;
  /** The year's decisions and those of the window before it (for the repeat flag). */
  decisions: readonly DecisionFact[];
  appeals: readonly AppealFact[];
  calendar: WorkCalendar;
}

export interface Count<K extends string = string> {
  key: K;
  label: string;
  count: number;
}

export interface AccountabilityStatistics {
  year: number;
  decisions: number;
  corrected: number;
  byForm: Count[];
  byBody: Count[];
  byUnit: Count[];
  /** Twelve entries, January first. */
  byMonth: Count[];
  /** Decisions of the year on a cadre already held accountable within the window before. */
  repeatFlags: number;
  appeals: { lodged: number; upheld: number; dismissed: number; open: number };
  /** Working days after the first proposal's day up to and including the decision's day, averaged; null with none. */
  averageWorkdays: number | null;
  /** Some of those days fell in a year with no published holiday arrangement. */
  workdaysProvisional: boolean;
}

const count = <K extends string>(keys: readonly K[], label: (k: K) => string, of: (k: K) => number): Count<K>[] =>
  keys.map((key) => ({ key, label: label(key), count: of(key) }));

function repeatCount(input: StatisticsInput, inYear: readonly DecisionFact[]): number {
  const standing = input.decisions.filter((d) => !d.corrected && d.cadreId !== null);
  return inYear.filter((d) => {
    if (d.cadreId === null) return false;
    const others = standing.filter((o) => o.cadreId === d.cadreId && o.caseId !== d.caseId && o.decidedOn <= d.decidedOn);
    return repeatFlag(d.decidedOn, input.repeatWindowMonths, others).flagged;
  }).length;
}

export function reckonStatistics(input: StatisticsInput): AccountabilityStatistics {
  const ofYear = input.decisions.filter((d) => yearOf(d.decidedOn) === input.year);
  const inYear = ofYear.filter((d) => !d.corrected);
  const units = new Map<string, string>();
  for (const d of inYear) units.set(d.unitId, d.unitName);
  const spans = inYear.map((d) => workdaysAfter(input.calendar, d.proposedOn, d.decidedOn));
  const appeals = input.appeals.filter((a) => yearOf(a.receivedOn) === input.year);
  return {
    year: input.year,
    decisions: inYear.length,
    corrected: ofYear.length - inYear.length,
    byForm: count(
      ACCOUNTABILITY_FORMS,
      (f) => FORM_LABELS[f],
      (f) => inYear.filter((d) => d.forms.includes(f)).length,
    ).filter((c) => c.count > 0),
    byBody: count(
      PROPOSING_BODIES,
      (b) => BODY_LABELS[b],
      (b) => inYear.filter((d) => d.bodies.includes(b)).length,
    ),
    byUnit: [...units]
      .map(([key, label]) => ({ key, label, count: inYear.filter((d) => d.unitId === key).length }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN')),
    byMonth: countByMonth(inYear.map((d) => d.decidedOn)).map((n, i) => ({ key: String(i + 1), label: `${i + 1}月`, count: n })),
    repeatFlags: repeatCount(input, inYear),
    appeals: {
      lodged: appeals.length,
      upheld: appeals.filter((a) => a.upheld === true).length,
      dismissed: appeals.filter((a) => a.upheld === false).length,
      open: appeals.filter((a) => a.upheld === null).length,
    },
    averageWorkdays: averageOf(spans.map((s) => s.days)),
    workdaysProvisional: spans.some((s) => s.provisional),
  };
}
