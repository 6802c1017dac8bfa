import type { z } from 'zod';
import type { WorkCalendar } from '../calendar/work-calendar';
import { addWorkdays, countWorkdays, noticePeriodEnd, SHIPPED_CALENDAR } from '../calendar/workdays.rules';
import { CN_NATIONAL_POLICY } from '../policy/cn-national.policy';
import type { PolicyDocument } from '../policy/policy.schema';
import { annualGradeEffects } from './annual-grade.rules';
import { recommendClarification } from './clarification.rules';
import { gradeConsequences } from './grade-consequences.rules';
import { screenPromotion } from './promotion.rules';
import { gradeQuota, quotaRatioIssues } from './quota.rules';
import {
  annualGradeInputSchema,
  clarificationInputSchema,
  gradeConsequencesInputSchema,
  promotionInputSchema,
  quotaInputSchema,
  toleranceInputSchema,
  workdaysInputSchema,
} from './rule-inputs.schema';
import { recommendTolerance } from './tolerance.rules';
import { parseWith, type RuleError, type ValidationIssue, validationFailed } from './validation';

/** What a rule may read besides its input: the policy version in force and the working-day calendar. */
export interface RuleContext {
  policy: PolicyDocument;
  calendar: WorkCalendar;
}

export const DEFAULT_RULE_CONTEXT: RuleContext = { policy: CN_NATIONAL_POLICY, calendar: SHIPPED_CALENDAR };

export interface RuleDefinition<S extends z.ZodType = z.ZodType, R = unknown> {
  name: string;
  title: string;
  inputSchema: S;
  evaluate: (input: z.output<S>, ctx: RuleContext) => R;
  /** Checks that need the policy (a schema cannot see it); each issue is a bad field, as from the schema. */
  check?: (input: z.output<S>, ctx: RuleContext) => ValidationIssue[];
}

const define = <S extends z.ZodType, R>(rule: RuleDefinition<S, R>) => rule;

export const RULES = {
  workdays: define({
    name: 'workdays',
    title: '工作日计算',
    inputSchema: workdaysInputSchema,
    evaluate: (input, { calendar }) => {
      if (input.op === 'add') return addWorkdays(calendar, input.from, input.days);
      if (input.op === 'noticeEnd') return noticePeriodEnd(calendar, input.start, input.days);
      return countWorkdays(calendar, input.from, input.to);
    },
  }),
  promotion: define({
    name: 'promotion',
    title: '提拔任用资格审查',
    inputSchema: promotionInputSchema,
    evaluate: (input) => screenPromotion(input),
  }),
  'annual-grade': define({
    name: 'annual-grade',
    title: '年度考核等次影响',
    inputSchema: annualGradeInputSchema,
    evaluate: (input) => annualGradeEffects(input),
  }),
  quota: define({
    name: 'quota',
    title: '优秀等次比例',
    inputSchema: quotaInputSchema,
    evaluate: (input, { policy }) => gradeQuota(input, policy),
    check: (input, { policy }) => quotaRatioIssues(input, policy),
  }),
  tolerance: define({
    name: 'tolerance',
    title: '容错纠错建议',
    inputSchema: toleranceInputSchema,
    evaluate: (input, { policy }) => recommendTolerance(input, policy),
  }),
  clarification: define({
    name: 'clarification',
    title: '澄清正名建议',
    inputSchema: clarificationInputSchema,
    evaluate: (input) => recommendClarification(input),
  }),
  'grade-consequences': define({
    name: 'grade-consequences',
    title: '年度考核结果运用',
    inputSchema: gradeConsequencesInputSchema,
    evaluate: (input) => gradeConsequences(input),
  }),
} as const;

export type RuleName = keyof typeof RULES;
export const RULE_NAMES = Object.keys(RULES) as RuleName[];

export function isRuleName(name: string): name is RuleName {
  return Object.hasOwn(RULES, name);
}

export type RuleOutcome = { ok: true; result: unknown } | { ok: false; error: RuleError };

export function unknownRuleError(name: string): RuleError {
  return {
    code: 'UNKNOWN_RULE',
    message: `未知的规则 ${JSON.stringify(name)}，可用的规则：${RULE_NAMES.join('、')}`,
    details: { rule: name, rules: RULE_NAMES },
  };
}

/**
 * Validates and evaluates one input or an array of inputs (answered in the same order). Nothing is evaluated unless
 * every element is valid, and the error names every bad field of every element (paths start with the index).
 */
export function evaluateRule(name: string, rawInput: unknown, ctx: RuleContext = DEFAULT_RULE_CONTEXT): RuleOutcome {
  if (!isRuleName(name)) return { ok: false, error: unknownRuleError(name) };
  const rule = RULES[name] as unknown as RuleDefinition;
  const batch = Array.isArray(rawInput);
  const raws: unknown[] = batch ? rawInput : [rawInput];
  const inputs: unknown[] = [];
  const issues: ValidationIssue[] = [];
  raws.forEach((raw, index) => {
    const parsed = parseWith(rule.inputSchema, raw, batch ? [index] : []);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      return;
    }
    const prefix = batch ? `${index}.` : '';
    issues.push(...(rule.check?.(parsed.value, ctx) ?? []).map((i) => ({ ...i, path: prefix + i.path })));
    inputs.push(parsed.value);
  });
  if (issues.length > 0) return { ok: false, error: validationFailed(issues) };
  const results = inputs.map((input) => rule.evaluate(input, ctx));
  return { ok: true, result: batch ? results : results[0] };
}
