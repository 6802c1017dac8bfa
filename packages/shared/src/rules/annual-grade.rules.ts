import { yearOf } from '../dates/date';
import { CITE } from './citations';
import { GRADE_EFFECT_LABELS, type GradeEffect, gradeEffectsOf, MEASURES, type MeasureRecord } from './measures';
import { ANNUAL_GRADES, type AnnualGrade, type Reason, reason } from './reason';

export interface AnnualGradeInput {
  year: number;
  measures: readonly MeasureRecord[];
  underInvestigation?: boolean;
  newHireProbation?: boolean;
  /** Sick or personal leave over half of the year. */
  longLeave?: boolean;
}

/** The winning effect: GradeEffect plus DEFERRED (under investigation) and NONE. */
export type AnnualGradeOutcome = GradeEffect | 'DEFERRED' | 'NONE';

export interface AnnualGradeResult {
  assessed: boolean;
  graded: boolean;
  allowedGrades: AnnualGrade[];
  writeComment: boolean;
  outcome: AnnualGradeOutcome;
  /** Every factor for the year, heaviest first; the first one decided the outcome. */
  reasons: Reason[];
}

/*
 * Heaviest first. An open investigation outranks a forced INCOMPETENT: the grade waits for the case to close
 * (不写评语、不定等次), and is then set retroactively with every measure known by then.
 */
const SEVERITY: Record<AnnualGradeOutcome, number> = {
  NOT_ASSESSED: 5,
  DEFERRED: 4,
  INCOMPETENT: 3,
  UNGRADED: 2,
  NOT_EXCELLENT: 1,
  NONE: 0,
};

export function severityOf(outcome: AnnualGradeOutcome): number {
  return SEVERITY[outcome];
}

const SHAPES: Record<AnnualGradeOutcome, Omit<AnnualGradeResult, 'outcome' | 'reasons'>> = {
  NOT_ASSESSED: { assessed: false, graded: false, allowedGrades: [], writeComment: false },
  DEFERRED: { assessed: true, graded: false, allowedGrades: [], writeComment: false },
  INCOMPETENT: { assessed: true, graded: true, allowedGrades: ['INCOMPETENT'], writeComment: true },
  UNGRADED: { assessed: true, graded: false, allowedGrades: [], writeComment: true },
  NOT_EXCELLENT: { assessed: true, graded: true, allowedGrades: ['COMPETENT', 'BASIC', 'INCOMPETENT'], writeComment: true },
  NONE: { assessed: true, graded: true, allowedGrades: [...ANNUAL_GRADES], writeComment: true },
};

interface Factor {
  outcome: AnnualGradeOutcome;
  reason: Reason;
}

function measureFactors(measure: MeasureRecord, year: number): Factor[] {
  if (measure.revoked) return [];
  const offset = year - yearOf(measure.effectiveOn);
  const { label, gradeRule } = MEASURES[measure.code];
  return gradeEffectsOf(measure)
    .filter((span) => offset >= span.fromOffset && (span.toOffset === null || offset <= span.toOffset))
    .map((span) => {
      const extra = measure.code === 'ADMONISH' ? '，当年不得评优' : '';
      const text = `${label}（${measure.effectiveOn} 生效）：${year} 年度${GRADE_EFFECT_LABELS[span.effect]}${extra}`;
      return { outcome: span.effect, reason: reason(measure.code, gradeRule, text) };
    });
}

function statusFactors(input: AnnualGradeInput): Factor[] {
  const factors: Factor[] = [];
  if (input.underInvestigation) {
    const text = '立案审查调查尚未结案：不写评语、不定等次；结案后未受处分或者受警告处分的，按规定补定等次';
    factors.push({ outcome: 'DEFERRED', reason: reason('UNDER_INVESTIGATION', CITE.gradeEffects, text) });
  }
  if (input.newHireProbation) {
    const text = '新录用人员试用期内参加年度考核，只写评语、不定等次';
    factors.push({ outcome: 'UNGRADED', reason: reason('NEW_HIRE_PROBATION', CITE.assessment, text) });
  }
  if (input.longLeave) {
    const text = '病假、事假累计超过考核年度半年，只写评语、不定等次';
    factors.push({ outcome: 'UNGRADED', reason: reason('LONG_LEAVE', CITE.assessment, text) });
  }
  return factors;
}

/** Effects on one year's annual grade; the heaviest effect wins (DOMAIN.md §4 "Annual-grade combination"). */
export function annualGradeEffects(input: AnnualGradeInput): AnnualGradeResult {
  const factors = [...input.measures.flatMap((m) => measureFactors(m, input.year)), ...statusFactors(input)];
  // Array#sort is stable, so equally heavy factors keep their input order.
  factors.sort((a, b) => SEVERITY[b.outcome] - SEVERITY[a.outcome]);
  const outcome = factors[0]?.outcome ?? 'NONE';
  const shape = SHAPES[outcome];
  return { ...shape, allowedGrades: [...shape.allowedGrades], outcome, reasons: factors.map((f) => f.reason) };
}
