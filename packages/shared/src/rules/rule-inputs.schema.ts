import { z } from 'zod';
import { isBefore, isIsoDate, toDayNumber } from '../dates/date';
import { isoDateSchema } from '../dates/date.schema';
import { UNIT_RESULTS } from '../policy/policy.schema';
import { CLARIFICATION_IMPACTS, COMPLAINT_CONCLUSIONS } from './clarification.rules';
import { compareDecimals, parseDecimal } from './decimal';
import { MEASURE_CODES, MEASURES } from './measures';
import { ANNUAL_GRADES } from './reason';
import { keysOf, TOLERANCE_CONDITIONS, TOLERANCE_EXCLUSIONS, TOLERANCE_MITIGATIONS, TOLERANCE_SITUATIONS } from './tolerance.codes';
import { expecting } from './validation';

/** Rule inputs as accepted from outside (CLI, HTTP): strict about codes and dates, messages in Chinese. */
const codeOf = <T extends readonly [string, ...string[]]>(codes: T, what: string) =>
  z.enum(codes, {
    error: (issue) => (issue.input === undefined ? '缺少必填字段' : `未知的${what}代码 ${JSON.stringify(issue.input)}，应为 ${codes.join('、')} 之一`),
  });

const integer = (min: number, max: number) =>
  z
    .number(expecting('应为整数'))
    .int({ error: '应为整数' })
    .min(min, { error: `不能小于 ${min}` })
    .max(max, { error: `不能大于 ${max}` });

// Optional facts may be left out or sent as null: both mean "not established".
const flag = z
  .boolean(expecting('应为 true 或 false'))
  .nullish()
  .transform((v) => v ?? undefined);
const gradeSchema = codeOf(ANNUAL_GRADES, '年度考核等次');

export const measureInputSchema = z
  .strictObject({
    code: codeOf(MEASURE_CODES, '措施'),
    effectiveOn: isoDateSchema,
    months: integer(1, 120).optional(),
    liftedOn: isoDateSchema.optional(),
    revoked: flag,
  })
  .superRefine((measure, ctx) => {
    const definition = MEASURES[measure.code];
    if (definition?.addsProbationMonths && measure.months !== 12 && measure.months !== 24) {
      ctx.addIssue({ code: 'custom', path: ['months'], message: '留党察看须填写察看期 months：12 或 24' });
    }
    if (definition && !definition.addsProbationMonths && measure.months !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['months'], message: '仅留党察看填写 months，其他措施的影响期由法规确定' });
    }
    if (definition && definition.promotionBar !== 'until_lifted' && measure.liftedOn !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['liftedOn'], message: '仅停职检查填写解除日期 liftedOn' });
    }
    const { effectiveOn, liftedOn } = measure;
    if (liftedOn && isIsoDate(liftedOn) && isIsoDate(effectiveOn) && isBefore(liftedOn, effectiveOn)) {
      ctx.addIssue({ code: 'custom', path: ['liftedOn'], message: '解除日期不能早于生效日期' });
    }
  });

const MAX_COUNT_SPAN_DAYS = 36_525;

export const workdaysInputSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('add'), from: isoDateSchema, days: integer(0, 3660) }),
    z.strictObject({ op: z.literal('noticeEnd'), start: isoDateSchema, days: integer(1, 3660) }),
    z
      .strictObject({ op: z.literal('count'), from: isoDateSchema, to: isoDateSchema })
      // Counting walks day by day; a century is far beyond any deadline and keeps one request cheap. A bad date is
      // already reported by its own field (zod runs this check anyway), so it is skipped here.
      .refine(({ from, to }) => !isIsoDate(from) || !isIsoDate(to) || toDayNumber(to) - toDayNumber(from) <= MAX_COUNT_SPAN_DAYS, {
        path: ['to'],
        error: '区间不能超过 100 年',
      }),
  ],
  {
    error: (issue) =>
      typeof issue.input !== 'object' || issue.input === null ? '应为对象' : 'op 应为 add（加工作日）、noticeEnd（公示期末日）或 count（计算工作日数）',
  },
);

export const promotionInputSchema = z.strictObject({
  asOf: isoDateSchema,
  measures: z.array(measureInputSchema, expecting('应为措施数组')),
  lastYearGrade: gradeSchema.nullable().optional(),
  underInvestigation: flag,
});

export const annualGradeInputSchema = z.strictObject({
  year: integer(1949, 9999),
  measures: z.array(measureInputSchema, expecting('应为措施数组')),
  underInvestigation: flag,
  newHireProbation: flag,
  longLeave: flag,
});

export const gradeConsequencesInputSchema = z.strictObject({
  history: z.array(z.strictObject({ year: integer(1949, 9999), grade: gradeSchema.nullable() }), expecting('应为年度等次数组')).superRefine((history, ctx) => {
    const seen = new Set<number>();
    history.forEach((entry, index) => {
      if (seen.has(entry.year)) ctx.addIssue({ code: 'custom', path: [index, 'year'], message: `${entry.year} 年重复` });
      seen.add(entry.year);
    });
  }),
});

const ratioSchema = z.union([z.number(), z.string()], { error: '应为 0 到 1 之间的小数，如 0.15 或 "0.15"' }).refine(
  (value) => {
    const ratio = parseDecimal(value);
    return ratio !== null && compareDecimals(ratio, { digits: 1n, scale: 0 }) <= 0;
  },
  { error: '应为 0 到 1 之间的小数，如 0.15 或 "0.15"' },
);

export const quotaInputSchema = z.strictObject({
  participants: integer(0, 1_000_000),
  ratio: ratioSchema.optional(),
  rounding: z.enum(['floor', 'round', 'ceil'], { error: '应为 floor、round 或 ceil' }).optional(),
  unitResult: codeOf(keysOf(UNIT_RESULTS), '单位考核结果').optional(),
});

const conditionsShape = Object.fromEntries(keysOf(TOLERANCE_CONDITIONS).map((code) => [code, flag])) as Record<keyof typeof TOLERANCE_CONDITIONS, typeof flag>;

export const toleranceInputSchema = z.strictObject({
  situations: z.array(codeOf(keysOf(TOLERANCE_SITUATIONS), '容错情形')).default([]),
  conditions: z.strictObject(conditionsShape).prefault({}),
  exclusions: z.array(codeOf(keysOf(TOLERANCE_EXCLUSIONS), '不予容错情形')).default([]),
  mitigations: z.array(codeOf(keysOf(TOLERANCE_MITIGATIONS), '从轻减轻情节')).default([]),
});

export const clarificationInputSchema = z.strictObject({
  conclusion: codeOf(keysOf(COMPLAINT_CONCLUSIONS), '核查结论'),
  impacts: z.array(codeOf(keysOf(CLARIFICATION_IMPACTS), '影响')).default([]),
  consent: z.boolean(expecting('应为 true 或 false（本人是否同意澄清）')),
  toleranceGranted: flag,
});
