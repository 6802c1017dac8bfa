import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { versionField } from '../platform/fields';
import type { AnnualGradeResult } from '../rules/annual-grade.rules';
import { GRADE_EFFECTS, MEASURE_CODES, type MeasureCode } from '../rules/measures';
import type { PromotionResult } from '../rules/promotion.rules';
import { ANNUAL_GRADES } from '../rules/reason';
import { reasonSchema } from '../rules/reason.schema';
import { measureInputSchema } from '../rules/rule-inputs.schema';
import { parseWith, type ValidationIssue } from '../rules/validation';

/**
 * The measures register contract (DOMAIN.md §4): what is recorded on a cadre and what the profile's impact panel
 * shows. The facts the rules read (code, dates, months) are validated by the rules core's own `measureInputSchema`,
 * so the register can never hold a measure the rules would refuse.
 */

/** The cases that can decide a measure; later modules link their decisions here. */
export const MEASURE_SOURCE_TYPES = ['tolerance_case', 'accountability_matter', 'adjustment_case', 'complaint', 'supervision_record'] as const;
export type MeasureSourceType = (typeof MEASURE_SOURCE_TYPES)[number];

export interface MeasureFacts {
  code: MeasureCode;
  effectiveOn: string;
  months?: number | null;
  liftedOn?: string | null;
}

/**
 * The rules core's consistency checks (months only for 留党察看, liftedOn only for 停职检查 and not before the
 * effective date) applied to a measure's facts, one issue per bad field. The server uses it for a lift too, where
 * the facts come half from the database.
 */
export function measureFactIssues(facts: MeasureFacts): ValidationIssue[] {
  const parsed = parseWith(measureInputSchema, {
    code: facts.code,
    effectiveOn: facts.effectiveOn,
    months: facts.months ?? undefined,
    liftedOn: facts.liftedOn ?? undefined,
  });
  return parsed.ok ? [] : parsed.issues;
}

const FACT_FIELDS = ['code', 'effectiveOn', 'months', 'liftedOn'];

/**
 * 提醒 and 函询 are usually done by a talk or a letter with no decision document, so their number may be left empty;
 * every other measure is decided by a document whose number the register must show.
 */
export const MEASURES_WITHOUT_DOCUMENT: ReadonlySet<MeasureCode> = new Set(['REMINDER', 'INQUIRY']);
const { code, effectiveOn, months, liftedOn } = measureInputSchema.shape;
const text = (what: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `请填写${what}` : `${what}应为文本`) })
    .trim()
    .min(1, `请填写${what}`)
    .max(max, `${what}不能超过${max}个字符`);

export const recordMeasureBody = z
  .strictObject({
    code,
    effectiveOn,
    months,
    liftedOn,
    decidingBody: text('决定机关', 100),
    documentNo: z.string('决定文号应为文本').trim().max(100, '决定文号不能超过100个字符').default(''),
    sourceType: z.enum(MEASURE_SOURCE_TYPES, { error: `来源案件类型应为 ${MEASURE_SOURCE_TYPES.join('、')} 之一` }).optional(),
    sourceId: z.uuid('来源案件编号格式不正确').optional(),
    note: z.string().trim().max(500, '备注不能超过500个字符').default(''),
  })
  .superRefine(
    (body, ctx) => {
      for (const issue of measureFactIssues(body)) ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
      if (!body.documentNo && !MEASURES_WITHOUT_DOCUMENT.has(body.code)) ctx.addIssue({ code: 'custom', path: ['documentNo'], message: '请填写决定文号' });
      if (body.sourceType && !body.sourceId) ctx.addIssue({ code: 'custom', path: ['sourceId'], message: '填写了来源案件类型时须填写来源案件编号' });
      if (body.sourceId && !body.sourceType) ctx.addIssue({ code: 'custom', path: ['sourceType'], message: '填写了来源案件编号时须填写来源案件类型' });
    },
    {
      // Zod skips a refinement once any field failed; this one runs whenever the body is an object and the facts it
      // reads are valid, so a missing decidingBody and a missing probation length are named in the same answer.
      when: ({ value, issues }) =>
        typeof value === 'object' && value !== null && !Array.isArray(value) && !issues.some((issue) => FACT_FIELDS.includes(String(issue.path?.[0]))),
    },
  );
export type RecordMeasureBody = z.infer<typeof recordMeasureBody>;

export const liftSuspensionBody = z.strictObject({ liftedOn: isoDateSchema, version: versionField });
export const revokeMeasureBody = z.strictObject({
  reason: z.string({ error: '请填写撤销原因' }).trim().min(2, '撤销原因至少2个字').max(500, '撤销原因不能超过500个字符'),
  version: versionField,
});

export const measureSchema = z.object({
  id: z.string(),
  cadreId: z.string(),
  code: z.enum(MEASURE_CODES),
  effectiveOn: z.string(),
  months: z.number().nullable(),
  liftedOn: z.string().nullable(),
  decidingBody: z.string(),
  documentNo: z.string(),
  sourceType: z.string().nullable(),
  sourceId: z.string().nullable(),
  note: z.string(),
  /** Set when revoked: a revoked measure stays on record but no longer counts for any rule. */
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  revokedByName: z.string().nullable(),
  revokedReason: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
});
export type Measure = z.infer<typeof measureSchema>;

export const promotionResultSchema = z.object({
  eligible: z.boolean(),
  eligibleFrom: z.string().nullable(),
  permanent: z.boolean(),
  untilLifted: z.boolean(),
  reasons: z.array(reasonSchema),
}) satisfies z.ZodType<PromotionResult>;

export const annualGradeResultSchema = z.object({
  assessed: z.boolean(),
  graded: z.boolean(),
  allowedGrades: z.array(z.enum(ANNUAL_GRADES)),
  writeComment: z.boolean(),
  outcome: z.enum([...GRADE_EFFECTS, 'DEFERRED', 'NONE']),
  reasons: z.array(reasonSchema),
}) satisfies z.ZodType<AnnualGradeResult>;

export const impactQuery = z.object({ asOf: isoDateSchema.optional() });

export const impactSchema = z.object({
  asOf: z.string(),
  promotion: promotionResultSchema,
  /** This year's and next year's effects, keyed by year (`"2026"`). */
  annualGrade: z.record(z.string(), annualGradeResultSchema),
  /** Measures on record that count (not revoked). */
  measures: z.number(),
});
export type Impact = z.infer<typeof impactSchema>;

export const alertsQuery = z.object({ withinDays: z.coerce.number().int().min(1, '天数至少为1').max(366, '天数不能超过366').default(30) });

export const measureAlertSchema = z.object({
  cadreId: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  /** The measure whose bar is the last to end. */
  measure: measureSchema.pick({ id: true, code: true, effectiveOn: true, months: true, liftedOn: true, decidingBody: true, documentNo: true }),
  eligibleFrom: z.string(),
  daysLeft: z.number(),
});
export const measureAlertsSchema = z.object({ asOf: z.string(), withinDays: z.number(), items: z.array(measureAlertSchema) });
export type MeasureAlert = z.infer<typeof measureAlertSchema>;
