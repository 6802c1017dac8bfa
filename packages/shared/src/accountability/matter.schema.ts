import { z } from 'zod';
import { caseView } from '../cases/case.schema';
import { isoDateSchema } from '../dates/date.schema';
import { pageQuery } from '../org/org.schema';
import { optionalText, requiredText } from '../platform/fields';

/** 问责事项: the facts one or more bodies propose accountability for, and the cases opened on them. */

const ids = (what: string, max: number) =>
  z
    .array(z.uuid(`${what}编号格式不正确`), `${what}应为列表`)
    .max(max, `${what}最多 ${max} 个`)
    .default([]);

export const createMatterBody = z.strictObject({
  title: requiredText('事项名称', 200),
  facts: requiredText('问题事实', 5000),
  /** When it happened (the first day, for a course of conduct). */
  occurredOn: isoDateSchema,
  /** Where the matter came from: 巡察移交, 督查发现, 信访举报… */
  source: optionalText('问题来源', 200).default(''),
  unitIds: ids('涉及单位', 50),
  cadreIds: ids('涉及人员', 200),
});
export type CreateMatterBody = z.input<typeof createMatterBody>;

export const matterQuery = z.object({
  q: optionalText('关键词', 100).optional(),
  year: z.coerce.number('年度应为数字').int('年度应为整数').min(2000, '年度不正确').max(2100, '年度不正确').optional(),
  ...pageQuery,
});

const named = z.object({ id: z.string(), name: z.string() });

export const matterView = z.object({
  id: z.string(),
  title: z.string(),
  facts: z.string(),
  occurredOn: z.string(),
  source: z.string(),
  /** The registering unit: the registrar's own. */
  unitId: z.string(),
  unitName: z.string(),
  units: z.array(named),
  cadres: z.array(named.extend({ unitName: z.string() })),
  registeredAt: z.string(),
  registeredByName: z.string(),
  /** The cases on this matter the reader may see. */
  cases: z.array(caseView),
});
export type MatterView = z.infer<typeof matterView>;

export const matterListItem = z.object({
  id: z.string(),
  title: z.string(),
  occurredOn: z.string(),
  unitName: z.string(),
  registeredAt: z.string(),
  /** Cases on the matter the reader may see, and how many of them are still open. */
  caseCount: z.number(),
  openCount: z.number(),
});
export const matterPage = z.object({ items: z.array(matterListItem), total: z.number() });
export type MatterPage = z.infer<typeof matterPage>;
