/**
 * What every rule answers besides its outcome: one reason per factor, naming the clause it applied, so the web can
 * show "why (not)" with the same function the server enforces.
 */
export interface Reason {
  /** A stable code: the measure, condition or situation code, or a rule-specific code such as UNDER_INVESTIGATION. */
  code: string;
  /** The clause applied, as a citation (e.g. 公职人员政务处分法第八条). */
  rule: string;
  /** Chinese explanation for the user. */
  text: string;
}

export function reason(code: string, rule: string, text: string): Reason {
  return { code, rule, text };
}

/** Annual grades (年度考核等次), heaviest last. */
export const ANNUAL_GRADES = ['EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT'] as const;
export type AnnualGrade = (typeof ANNUAL_GRADES)[number];

export const ANNUAL_GRADE_LABELS: Record<AnnualGrade, string> = {
  EXCELLENT: '优秀',
  COMPETENT: '称职',
  BASIC: '基本称职',
  INCOMPETENT: '不称职',
};
