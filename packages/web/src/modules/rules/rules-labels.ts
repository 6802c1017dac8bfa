/**
 * Chinese labels for every code the calculator offers. The tables come from the shared rule files (plain constants,
 * no zod), so the options are exactly the codes the server accepts; only the rule names and a few UI words live here.
 */

import type { UnitResult } from '@dandang/shared/policy/policy.schema';
import { CLARIFICATION_IMPACTS, COMPLAINT_CONCLUSIONS } from '@dandang/shared/rules/clarification.rules';
import { AWARDS, GRADE_FLAGS } from '@dandang/shared/rules/grade-consequences.rules';
import { MEASURE_CODES, MEASURE_LABELS, type MeasureCode, PROBATION_MONTHS } from '@dandang/shared/rules/measures';
import { ANNUAL_GRADE_LABELS, ANNUAL_GRADES } from '@dandang/shared/rules/reason';
import { TOLERANCE_CONDITIONS, TOLERANCE_EXCLUSIONS, TOLERANCE_MITIGATIONS, TOLERANCE_SITUATIONS } from '@dandang/shared/rules/tolerance.codes';
import type { RuleName } from './rules.types';

export { ANNUAL_GRADE_LABELS, AWARDS, CLARIFICATION_IMPACTS, COMPLAINT_CONCLUSIONS, GRADE_FLAGS, MEASURE_LABELS };

/** The picker's order and wording: the words an organization department uses, not the registry's short titles. */
export const RULE_TITLES: Record<RuleName, string> = {
  workdays: '工作日计算',
  promotion: '提拔任用资格（影响期）',
  'annual-grade': '年度考核等次影响',
  quota: '优秀等次比例',
  tolerance: '容错纠错认定建议',
  clarification: '澄清正名建议',
  'grade-consequences': '考核结果运用',
};

export const RULE_ORDER = Object.keys(RULE_TITLES) as RuleName[];

export const isCalculatorRule = (value: string | null): value is RuleName => value !== null && Object.hasOwn(RULE_TITLES, value);

type Option<T extends string | number = string> = { value: T; label: string };

const optionsOf = <K extends string>(table: Record<K, string>): Option<K>[] =>
  (Object.entries(table) as [K, string][]).map(([value, label]) => ({ value, label }));

/** Measures in the order of DOMAIN.md §4 (organizational, party, government), each with its Chinese name. */
export const MEASURE_OPTIONS: Option<MeasureCode>[] = MEASURE_CODES.map((code) => ({ value: code, label: MEASURE_LABELS[code] }));

export const PROBATION_OPTIONS: Option<number>[] = PROBATION_MONTHS.map((months) => ({ value: months, label: `${months} 个月` }));

export const GRADE_OPTIONS = ANNUAL_GRADES.map((grade) => ({ value: grade, label: ANNUAL_GRADE_LABELS[grade] }));

/** A year graded nothing (只写评语、不定等次, deferred or not assessed): the API's `grade: null`. */
export const UNGRADED = 'UNGRADED';
export const HISTORY_GRADE_OPTIONS = [...GRADE_OPTIONS, { value: UNGRADED, label: '未定等次' }];

export const SITUATION_OPTIONS = optionsOf(TOLERANCE_SITUATIONS);
export const CONDITION_OPTIONS = optionsOf(TOLERANCE_CONDITIONS);
export const EXCLUSION_OPTIONS = optionsOf(TOLERANCE_EXCLUSIONS);
export const MITIGATION_OPTIONS = optionsOf(TOLERANCE_MITIGATIONS);

export const CONCLUSION_OPTIONS = optionsOf(COMPLAINT_CONCLUSIONS);
export const IMPACT_OPTIONS = optionsOf(CLARIFICATION_IMPACTS);

// Typed by the shared key type; the shared table itself sits beside the policy's zod schema and would pull zod in.
export const UNIT_RESULT_LABELS: Record<UnitResult, string> = { EXCELLENT: '优秀', GOOD: '良好', PASS: '一般', POOR: '较差' };
export const UNIT_RESULT_OPTIONS = optionsOf(UNIT_RESULT_LABELS);

export const ROUNDING_LABELS = { floor: '向下取整', round: '四舍五入', ceil: '向上取整' } as const;
export const ROUNDING_OPTIONS = optionsOf(ROUNDING_LABELS);

export const WORKDAY_OPS = [
  { value: 'add', label: 'N 个工作日后' },
  { value: 'noticeEnd', label: '公示期末日' },
  { value: 'count', label: '区间工作日数' },
] as const;
