import type { PolicyDocument } from '../policy/policy.schema';
import { UNIT_RESULTS } from '../policy/policy.schema';
import { ANNUAL_GRADE_LABELS, ANNUAL_GRADES } from '../rules/reason';
import type { CycleKind } from './cycle.schema';
import { subjectOf } from './population.rules';
import type { SchemeCategory } from './scheme.schema';

/**
 * The grades a cycle gives (issue 5 "Cycles"): an annual cycle gives a cadre the annual grades of DOMAIN.md §2 and a
 * unit or leadership team the unit results (优秀/良好/一般/较差); quarterly and special cycles give the policy's
 * periodic grades (好/较好/一般/较差). The first grade is the one under quota; proposals give everyone else `usual`.
 * Only an annual cadre grade is bound by the annual-grade effects of measures (DOMAIN.md §4); ADR 0015.
 */
export interface GradeScale {
  grades: ReadonlyArray<{ code: string; label: string }>;
  /** The grade under quota (优秀, 好). */
  top: string;
  /** What a proposal gives the rest (称职, 良好, 较好). */
  usual: string;
  /** Measures constrain it (annual cadre grades only). */
  constrained: boolean;
}

export function gradeScaleOf(kind: CycleKind, category: SchemeCategory, policy: PolicyDocument): GradeScale {
  if (kind === 'ANNUAL' && subjectOf(category) === 'CADRE') {
    return { grades: ANNUAL_GRADES.map((code) => ({ code, label: ANNUAL_GRADE_LABELS[code] })), top: 'EXCELLENT', usual: 'COMPETENT', constrained: true };
  }
  if (kind === 'ANNUAL') {
    const grades = Object.entries(UNIT_RESULTS).map(([code, label]) => ({ code, label }));
    return { grades, top: 'EXCELLENT', usual: 'GOOD', constrained: false };
  }
  const grades = policy.assessment.periodicGrades;
  return { grades, top: grades[0]?.code as string, usual: grades[1]?.code as string, constrained: false };
}

export function gradeLabel(scale: GradeScale, code: string | null): string {
  if (code === null) return '不定等次';
  return scale.grades.find((g) => g.code === code)?.label ?? code;
}
