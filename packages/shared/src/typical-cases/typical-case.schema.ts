import { z } from 'zod';
import { pageQuery } from '../org/org.schema';
import { optionalText, requiredText, versionField } from '../platform/fields';
import { keysOf } from '../rules/tolerance.codes';
import { REDACTION_KINDS } from './redaction.rules';
import { TYPICAL_CASE_TYPES, TYPICAL_OUTCOMES } from './typical-case.codes';
import { TYPICAL_CASE_ACTIONS, TYPICAL_CASE_STATES } from './typical-case.states';

/*
 * The contract of the typical-case library: drafting from a decided case, editing, publishing, withdrawing, and what
 * readers and publishers are answered with. A reader's answer carries nothing of the source case; `manage` (the
 * source, the replacements, what still identifies it) is there for publishers only.
 */

const typeCode = z.enum(keysOf(TYPICAL_CASE_TYPES), { error: '案例类型应为 TOLERANCE（容错纠错）、ACCOUNTABILITY（问责）或 FALSE_ACCUSATION（诬告陷害）' });
const outcomeCode = z.enum(keysOf(TYPICAL_OUTCOMES), { error: `处理结果应为 ${keysOf(TYPICAL_OUTCOMES).join('、')} 之一` });
const stateCode = z.enum(keysOf(TYPICAL_CASE_STATES), { error: '状态应为 DRAFT（草稿）、PUBLISHED（已发布）或 WITHDRAWN（已撤回）' });
const yearField = z.coerce.number('年度应为数字').int('年度应为整数').min(2000, '年度不正确').max(2100, '年度不正确');

export const createTypicalCaseBody = z.strictObject({ caseId: z.uuid('案件编号格式不正确') });

export const sectionsSchema = z.strictObject(
  {
    facts: requiredText('基本案情', 20000, 10),
    handling: requiredText('处理结果', 10000, 5),
    analysis: requiredText('案例评析', 20000, 10),
  },
  { error: '请填写 sections：facts（基本案情）、handling（处理结果）、analysis（案例评析）' },
);
export type Sections = z.output<typeof sectionsSchema>;

export const tagsSchema = z.strictObject(
  {
    outcome: outcomeCode,
    year: yearField,
    keywords: z.array(requiredText('关键词', 20), { error: '关键词应为列表' }).max(8, '关键词不能超过 8 个').default([]),
  },
  { error: '请填写 tags：outcome（处理结果）、year（年度）、keywords（关键词）' },
);

export const updateTypicalCaseBody = z.strictObject({
  version: versionField,
  title: requiredText('标题', 100, 4),
  sections: sectionsSchema,
  tags: tagsSchema,
});
export type UpdateTypicalCaseBody = z.input<typeof updateTypicalCaseBody>;

/** Publishing needs a person's word that they read it all, on top of the check for names the machine knows. */
export const publishTypicalCaseBody = z.strictObject({
  version: versionField,
  reviewed: z.literal(true, { error: '发布前须确认已逐字审核全文、不含可识别当事人和单位的信息（reviewed 应为 true）' }),
});

export const withdrawTypicalCaseBody = z.strictObject({ version: versionField, reason: requiredText('撤回理由', 500, 2) });
export const reworkTypicalCaseBody = z.strictObject({ version: versionField });

export const typicalCaseListQuery = z.object({
  type: typeCode.optional(),
  outcome: outcomeCode.optional(),
  year: yearField.optional(),
  q: optionalText('关键字', 100).optional(),
  /** Publishers only; a reader sees published cases whatever they ask for. */
  state: stateCode.optional(),
  ...pageQuery,
});
export type TypicalCaseListQuery = z.input<typeof typicalCaseListQuery>;

export const replacementView = z.object({
  kind: z.enum(keysOf(REDACTION_KINDS)),
  kindLabel: z.string(),
  original: z.string(),
  replacement: z.string(),
  count: z.number(),
});
export type ReplacementView = z.infer<typeof replacementView>;

export const findingView = z.object({
  /** The request path of the field: title, sections.facts, tags.keywords … */
  field: z.string(),
  fieldLabel: z.string(),
  kind: z.enum(keysOf(REDACTION_KINDS)),
  kindLabel: z.string(),
  text: z.string(),
  blocking: z.boolean(),
});
export type FindingView = z.infer<typeof findingView>;

export const tagsView = z.object({
  type: typeCode,
  typeLabel: z.string(),
  outcome: outcomeCode,
  outcomeLabel: z.string(),
  year: z.number(),
  keywords: z.array(z.string()),
});

/** For publishers: where it came from, what the draft replaced, what still identifies it, and its history. */
export const manageView = z.object({
  source: z.object({ caseId: z.string(), number: z.string(), type: typeCode, title: z.string() }),
  identifiers: z.object({
    people: z.array(z.string()),
    units: z.array(z.string()),
    jurisdiction: z.string().optional(),
    colleagues: z.array(z.string()),
  }),
  replacements: z.array(replacementView),
  findings: z.array(findingView),
  actions: z.array(z.enum(keysOf(TYPICAL_CASE_ACTIONS))),
  createdAt: z.string(),
  createdByName: z.string(),
  updatedAt: z.string(),
  publishedByName: z.string().nullable(),
  withdrawal: z.object({ at: z.string(), byName: z.string(), reason: z.string() }).nullable(),
});

export const typicalCaseView = z.object({
  id: z.string(),
  state: stateCode,
  stateLabel: z.string(),
  title: z.string(),
  sections: z.object({ facts: z.string(), handling: z.string(), analysis: z.string() }),
  tags: tagsView,
  issuer: z.string(),
  publishedAt: z.string().nullable(),
  version: z.number(),
  manage: manageView.nullable(),
});
export type TypicalCaseView = z.infer<typeof typicalCaseView>;

export const typicalCaseListItem = z.object({
  id: z.string(),
  state: stateCode,
  stateLabel: z.string(),
  title: z.string(),
  tags: tagsView,
  /** The first lines of 基本案情. */
  excerpt: z.string(),
  publishedAt: z.string().nullable(),
  /** The source case's number, for publishers; null for readers. */
  sourceNumber: z.string().nullable(),
});
export const typicalCasePage = z.object({ items: z.array(typicalCaseListItem), total: z.number() });
export type TypicalCasePage = z.infer<typeof typicalCasePage>;
