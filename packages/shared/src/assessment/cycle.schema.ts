import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { optionalText, versionField } from '../platform/fields';
import { CYCLE_STATES } from './cycle.states';
import { SCHEME_CATEGORIES } from './scheme.schema';

/**
 * Assessment cycles (考核周期, DOMAIN.md §2): 平时考核 each quarter, 年度考核 each year, 专项考核 as needed. A cycle
 * chooses its population by units (each with its sub-units) and by categories, each category assessed by a scheme of
 * that category; the population is fixed when the cycle opens.
 */
export const CYCLE_KINDS = ['PERIODIC', 'ANNUAL', 'SPECIAL'] as const;
export type CycleKind = (typeof CYCLE_KINDS)[number];
export const CYCLE_KIND_LABELS: Record<CycleKind, string> = { PERIODIC: '平时考核', ANNUAL: '年度考核', SPECIAL: '专项考核' };

const workdays = (label: string) =>
  z.number(`${label}应为数字`).int(`${label}应为整数`).min(1, `${label}至少 1 个工作日`).max(60, `${label}不超过 60 个工作日`);

export const stageWorkdaysSchema = z.strictObject({
  OPEN: workdays('填报期限'),
  SCORING: workdays('评分期限'),
  GRADING: workdays('定等期限'),
  NOTICE: workdays('公示期限'),
});
export type StageWorkdays = z.infer<typeof stageWorkdaysSchema>;

export const cycleBody = z
  .strictObject({
    name: z
      .string({ error: (issue) => (issue.input === undefined ? '请填写周期名称' : '周期名称应为文本') })
      .trim()
      .min(2, '周期名称至少2个字')
      .max(60, '周期名称不能超过60个字符'),
    kind: z.enum(CYCLE_KINDS, { error: `考核类型应为 ${CYCLE_KINDS.join('、')} 之一` }),
    year: z.number('年度应为数字').int('年度应为整数').min(2000, '年度不早于 2000').max(2100, '年度不晚于 2100'),
    quarter: z.number('季度应为数字').int().min(1, '季度应为 1–4').max(4, '季度应为 1–4').nullable().default(null),
    description: optionalText('说明', 500).default(''),
    unitIds: z.array(z.uuid('单位编号格式不正确')).min(1, '请至少选择一个单位').max(200, '单位不能超过 200 个'),
    schemes: z
      .array(z.strictObject({ category: z.enum(SCHEME_CATEGORIES, { error: '考核类别不正确' }), schemeId: z.uuid('请选择考核方案') }))
      .min(1, '请至少选择一个考核类别及其方案'),
    stageWorkdays: stageWorkdaysSchema,
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'PERIODIC' && c.quarter === null) ctx.addIssue({ code: 'custom', path: ['quarter'], message: '平时考核请选择季度' });
    if (c.kind !== 'PERIODIC' && c.quarter !== null) ctx.addIssue({ code: 'custom', path: ['quarter'], message: '只有平时考核按季度' });
    const seen = new Set<string>();
    c.schemes.forEach((s, i) => {
      if (seen.has(s.category)) ctx.addIssue({ code: 'custom', path: ['schemes', i, 'category'], message: '考核类别重复' });
      seen.add(s.category);
    });
    if (new Set(c.unitIds).size !== c.unitIds.length) ctx.addIssue({ code: 'custom', path: ['unitIds'], message: '单位重复' });
  });
export type CycleBody = z.input<typeof cycleBody>;
export type CycleInput = z.output<typeof cycleBody>;

export const advanceCycleBody = z.strictObject({
  version: versionField,
  /** The state the caller saw the cycle move to; a second click on a cycle that moved meanwhile gets 409. */
  to: z.enum(CYCLE_STATES, { error: '目标状态不正确' }),
});

export const cycleView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(CYCLE_KINDS),
  year: z.number(),
  quarter: z.number().nullable(),
  description: z.string(),
  state: z.enum(CYCLE_STATES),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  schemes: z.array(z.object({ category: z.enum(SCHEME_CATEGORIES), schemeId: z.string(), schemeName: z.string() })),
  stageWorkdays: stageWorkdaysSchema,
  stageStartedOn: isoDateSchema.nullable(),
  /** The last day of the current stage; null in draft and once published. */
  stageDueOn: isoDateSchema.nullable(),
  /** The due date fell in a year with no published holiday arrangement (Monday–Friday was assumed). */
  stageDueProvisional: z.boolean(),
  /** The last day of the notice of EXCELLENT candidates; set when the cycle enters the notice stage. */
  noticeEndsOn: isoDateSchema.nullable(),
  noticeEndsProvisional: z.boolean(),
  overdue: z.boolean(),
  participants: z.number(),
  version: z.number(),
  updatedAt: z.string(),
});
export type CycleView = z.infer<typeof cycleView>;

export const participantView = z.object({
  id: z.string(),
  category: z.enum(SCHEME_CATEGORIES),
  unitId: z.string(),
  unitName: z.string(),
  cadreId: z.string().nullable(),
  cadreName: z.string().nullable(),
  post: z.string().nullable(),
});
export type ParticipantView = z.infer<typeof participantView>;

export const participantsQuery = z.object({
  category: z.enum(SCHEME_CATEGORIES, { error: '考核类别不正确' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
