import { z } from 'zod';
import { MAX_RULE_YEAR, MIN_RULE_YEAR } from '../dates/date.schema';
import { versionField } from '../platform/fields';
import { ANNUAL_GRADE_ENTRIES } from './annual-grade-entry.rules';

export { ANNUAL_GRADE_ENTRIES, ANNUAL_GRADE_ENTRY_LABELS, type AnnualGradeEntry } from './annual-grade-entry.rules';

/*
 * The annual grades register contract (年度考核等次, DOMAIN.md §2 and §4): one entry per cadre and year. The entry
 * values and their labels live in the (zod-free) entry rules, so the web shows them without bundling zod.
 */

/** Where a grade came from: typed in, imported with a roster, or written by an assessment. */
export const ANNUAL_GRADE_SOURCES = ['MANUAL', 'IMPORT', 'ASSESSMENT'] as const;

export const annualGradeParams = z.object({
  id: z.uuid('编号格式不正确'),
  year: z.coerce
    .number({ error: '年度应为四位数字' })
    .int('年度应为整数')
    .min(MIN_RULE_YEAR, `年度不能早于${MIN_RULE_YEAR}年`)
    .max(MAX_RULE_YEAR, `年度不能晚于${MAX_RULE_YEAR}年`),
});

/**
 * Entering or correcting a year's grade. Without `version` it creates the year's entry; with it, it corrects the
 * entry that was read at that version. Either way a client whose view is stale gets 409.
 */
export const putAnnualGradeBody = z.strictObject({
  grade: z.enum(ANNUAL_GRADE_ENTRIES, { error: `等次应为 ${ANNUAL_GRADE_ENTRIES.join('、')} 之一` }),
  note: z.string({ error: '备注应为文本' }).trim().max(500, '备注不能超过500个字符').default(''),
  version: versionField.optional(),
});
export type PutAnnualGradeBody = z.infer<typeof putAnnualGradeBody>;

export const annualGradeSchema = z.object({
  id: z.string(),
  cadreId: z.string(),
  year: z.number(),
  grade: z.enum(ANNUAL_GRADE_ENTRIES),
  sourceType: z.string(),
  sourceId: z.string().nullable(),
  note: z.string(),
  version: z.number(),
  updatedAt: z.string(),
});
export type AnnualGradeRecord = z.infer<typeof annualGradeSchema>;
