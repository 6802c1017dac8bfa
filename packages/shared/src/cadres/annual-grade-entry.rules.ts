import type { AnnualGradeOutcome, AnnualGradeResult } from '../rules/annual-grade.rules';
import { ANNUAL_GRADE_LABELS, ANNUAL_GRADES, type Reason, reason } from '../rules/reason';

/**
 * What a year's annual-grade entry can be: one of the four grades (DOMAIN.md §2), or 不定等次 (only a comment was
 * written) or 不参加考核, which the measures' effects and other facts (long leave, a probation year, the relationship
 * ended) produce.
 */
export const ANNUAL_GRADE_ENTRIES = [...ANNUAL_GRADES, 'UNGRADED', 'NOT_ASSESSED'] as const;
export type AnnualGradeEntry = (typeof ANNUAL_GRADE_ENTRIES)[number];

export const ANNUAL_GRADE_ENTRY_LABELS: Record<AnnualGradeEntry, string> = {
  ...ANNUAL_GRADE_LABELS,
  UNGRADED: '不定等次',
  NOT_ASSESSED: '不参加考核',
};

export interface GradeEntryCheck {
  allowed: boolean;
  /** Empty when allowed; otherwise the deciding factor (with its clause) and what the year's grade must be instead. */
  reasons: Reason[];
}

/** What a forced outcome leaves for the year, in the user's words. */
const REQUIRED: Partial<Record<AnnualGradeOutcome, string>> = {
  NOT_ASSESSED: '不参加年度考核',
  DEFERRED: '暂不确定等次',
  INCOMPETENT: '只能确定为不称职',
  UNGRADED: '只写评语、不定等次',
  NOT_EXCELLENT: '不得确定为优秀',
};

/**
 * Whether a year's entered grade agrees with the effects of that year's measures (DOMAIN.md §4 "Annual-grade
 * combination": not assessed > INCOMPETENT > ungraded > not EXCELLENT, the heaviest wins).
 *
 * The registry does not know every fact of a year (long leave, a probation year, an ended relationship), and each of
 * them can only make the year heavier, never lighter. So a heavier entry than the measures force is accepted: 不参加考核
 * always, 不定等次 unless a measure forces 不称职 or 不参加考核. A grade proper must be one the effects allow.
 */
export function checkGradeEntry(year: number, grade: AnnualGradeEntry, effects: AnnualGradeResult): GradeEntryCheck {
  const { outcome } = effects;
  const allowed =
    grade === 'NOT_ASSESSED'
      ? true
      : grade === 'UNGRADED'
        ? outcome !== 'NOT_ASSESSED' && outcome !== 'INCOMPETENT' && outcome !== 'DEFERRED'
        : effects.allowedGrades.includes(grade);
  if (allowed) return { allowed, reasons: [] };
  const deciding = effects.reasons[0];
  const text = `${year} 年度${REQUIRED[outcome] ?? ''}，不能登记为${ANNUAL_GRADE_ENTRY_LABELS[grade]}`;
  return { allowed, reasons: [reason('GRADE_NOT_ALLOWED', deciding?.rule ?? '', text), ...(deciding ? [deciding] : [])] };
}
