import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { keysOf, TOLERANCE_CONDITIONS, TOLERANCE_EXCLUSIONS } from '../rules/tolerance.codes';
import { type Parsed, parseWith } from '../rules/validation';

/*
 * Every [local] value of DOMAIN.md in one versioned document per jurisdiction. Ratios are whole percents (20 = 20%)
 * so that quota arithmetic stays in integers; periods are whole months or working days.
 */
const count = (min = 0) =>
  z
    .number({ error: '应为整数' })
    .int({ error: '应为整数' })
    .min(min, { error: `不能小于 ${min}` });
const percent = count(0).max(100, { error: '百分比不能大于 100' });
const unique = <T>(items: T[]) => new Set(items).size === items.length;

export const UNIT_RESULTS = { EXCELLENT: '优秀', GOOD: '良好', PASS: '一般', POOR: '较差' } as const;
export type UnitResult = keyof typeof UNIT_RESULTS;

export const TALENT_LEVELS = { SECTION: '科级', DIVISION: '处级', BUREAU: '厅级' } as const;
export type TalentLevel = keyof typeof TALENT_LEVELS;

const quotaSchema = z
  .strictObject({
    excellentPercent: percent,
    rounding: z.enum(['floor', 'round', 'ceil'], { error: '应为 floor、round 或 ceil' }),
    maxRaisedPercent: percent,
    pooling: z.strictObject({ enabled: z.boolean(), minUnitSize: count(1) }),
    linkToUnitResult: z.boolean(),
    unitResultPercents: z.strictObject({ EXCELLENT: percent, GOOD: percent, PASS: percent, POOR: percent }),
  })
  .superRefine((quota, ctx) => {
    if (quota.excellentPercent > quota.maxRaisedPercent) {
      ctx.addIssue({ code: 'custom', path: ['excellentPercent'], message: `不能高于经批准可提高的上限（${quota.maxRaisedPercent}%）` });
    }
    for (const [result, value] of Object.entries(quota.unitResultPercents)) {
      if (value > quota.maxRaisedPercent) {
        ctx.addIssue({ code: 'custom', path: ['unitResultPercents', result], message: `不能高于经批准可提高的上限（${quota.maxRaisedPercent}%）` });
      }
    }
  });

export const policyDocumentSchema = z.strictObject({
  code: z.string().min(1, { error: '不能为空' }),
  version: count(1),
  name: z.string().min(1, { error: '不能为空' }),
  effectiveFrom: isoDateSchema,
  notice: z.strictObject({ defaultWorkdays: count(1) }),
  quota: quotaSchema,
  tolerance: z.strictObject({
    requiredConditions: z.array(z.enum(keysOf(TOLERANCE_CONDITIONS))).refine(unique, { error: '不能重复' }),
    exclusions: z.array(z.enum(keysOf(TOLERANCE_EXCLUSIONS))).refine(unique, { error: '不能重复' }),
    limits: z.strictObject({
      acceptanceWorkdays: count(1),
      investigationWorkdays: count(1),
      extensionWorkdays: count(0),
      maxExtensions: count(0),
    }),
  }),
  // 检举控告 time limits in working days; optional so stored documents written before complaints existed still parse.
  complaints: z.strictObject({ acceptanceWorkdays: count(1).default(5), verificationWorkdays: count(1).default(60) }).prefault({}),
  accountability: z.strictObject({
    adjustmentDeadlineMonths: count(1),
    appealMonths: count(1),
    appealAnswerMonths: count(1),
    repeatWindowMonths: count(1),
  }),
  visits: z.strictObject({
    firstVisitWithinMonths: count(1),
    maxPerYear: count(1),
    minCoveragePercent: percent,
    coverageLookbackYears: count(1),
    minVisitors: count(1),
  }),
  rotation: z.strictObject({ years: count(1), keyPostYears: count(1) }),
  talentPool: z.strictObject({
    maxAgeByLevel: z.strictObject({ SECTION: count(18), DIVISION: count(18), BUREAU: count(18) }),
  }),
  assessment: z.strictObject({
    periodicGrades: z
      .array(z.strictObject({ code: z.string().regex(/^[A-Z_]+$/, { error: '应为大写英文代码' }), label: z.string().min(1) }))
      .min(2, { error: '至少两个等次' }),
    bonusPercents: z.strictObject({ EXCELLENT: count(0), COMPETENT: count(0), BASIC: count(0), INCOMPETENT: count(0) }),
    /** The fewest valid ballots a rater group needs to count in a democratic evaluation; documents saved before it read 5. */
    minValidBallots: count(1).default(5),
  }),
  participation: z.strictObject({ ideaReplyWorkdays: count(1), appealReplyWorkdays: count(1) }),
  // 评先评优公示期 in working days (DOMAIN.md §10); optional so stored documents written before honors existed still parse.
  honors: z.strictObject({ noticeWorkdays: count(1).default(5) }).prefault({}),
});

export type PolicyDocument = z.output<typeof policyDocumentSchema>;

/** Validates a policy document, naming every bad field. */
export function parsePolicyDocument(raw: unknown): Parsed<PolicyDocument> {
  return parseWith(policyDocumentSchema, raw);
}

export { CN_NATIONAL_POLICY } from './cn-national.policy';
