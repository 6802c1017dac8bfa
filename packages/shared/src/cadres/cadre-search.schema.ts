import { z } from 'zod';
import { queryFlag } from '../platform/fields';
import { cadreListItemSchema } from './cadre.schema';

/**
 * The roster's search (干部查询): every filter of the roster list, of a saved filter (常用查询) and of an export is this
 * one object. In a query string a list is written as repeated parameters or comma-separated (`rank=a,b`); in a JSON
 * body as an array. Ages and years (三龄) are whole years completed on today's date in China.
 */

const list = (label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',') : value),
    z
      .array(z.string().trim().min(1, `${label}不能为空`).max(50, `${label}不能超过50个字符`))
      .max(50, `${label}最多选50项`)
      .transform((items) => [...new Set(items)]),
  );

const years = (label: string) => z.coerce.number(`${label}应为整数`).int(`${label}应为整数`).min(0, `${label}不能小于0`).max(100, `${label}不能大于100`);

/** `true`/`false` as a query string writes them (z.coerce.boolean would read "false" as true). */

export const EDUCATION_KINDS = { any: '全日制或在职', fullTime: '全日制', inService: '在职' } as const;
export type EducationKind = keyof typeof EDUCATION_KINDS;

/** Sortable roster columns; anything else is refused, and ties are broken on the id so pages never overlap. */
export const CADRE_SORT_FIELDS = ['name', 'birthDate', 'unitName', 'post', 'rank', 'education', 'partyJoinedOn', 'workStartedOn', 'rankSince'] as const;
export type CadreSortField = (typeof CADRE_SORT_FIELDS)[number];

const filterShape = {
  unitId: z.uuid('所在单位编号格式不正确').optional(),
  /** With unitId: also the units below it (default), or the unit alone. */
  includeSubunits: queryFlag('含下级单位').default(true),
  /** Name contains, case-insensitive; a whole ID number searches by its digest. */
  keyword: z.string().trim().max(20, '关键字不能超过20个字符').optional(),
  rank: list('职务职级').optional(),
  ageMin: years('最小年龄').optional(),
  ageMax: years('最大年龄').optional(),
  partyYearsMin: years('最少党龄').optional(),
  partyYearsMax: years('最多党龄').optional(),
  workYearsMin: years('最少工龄').optional(),
  workYearsMax: years('最多工龄').optional(),
  education: list('学历').optional(),
  /** Which education the codes are matched against (DOMAIN.md §2 cadre: full-time and in-service). */
  educationKind: z.enum(Object.keys(EDUCATION_KINDS) as [EducationKind, ...EducationKind[]], '学历类型应为 any、fullTime 或 inService').default('any'),
  /** 二历: has held a post whose title contains this text (e.g. 乡镇党委书记)… */
  experience: z.string().trim().min(1, '任职经历不能为空').max(50, '任职经历不能超过50个字符').optional(),
  /** …for at least this many years, all such posts together. */
  experienceYears: years('任职年限').optional(),
  fieldTags: list('领域标签').optional(),
  specialtyTags: list('专业标签').optional(),
  levelTag: list('层次标签').optional(),
  /** An active member of this talent pool, or of any pool with `any`. */
  pool: z.union([z.literal('any'), z.uuid('人才库编号格式不正确')], '人才库应为人才库编号或 any').optional(),
  /** Promotion screening on today (DOMAIN.md §4): true keeps only the promotable, false only the others. */
  promotable: queryFlag('可提拔').optional(),
  sortField: z.enum(CADRE_SORT_FIELDS, '不能按该列排序').optional(),
  sortOrder: z.enum(['ascend', 'descend'], '排序方向应为 ascend 或 descend').default('ascend'),
};

const ranges: Array<[string, string, string]> = [
  ['ageMin', 'ageMax', '年龄'],
  ['partyYearsMin', 'partyYearsMax', '党龄'],
  ['workYearsMin', 'workYearsMax', '工龄'],
];

/** A minimum above its maximum is a typing slip, named on both fields rather than answered with an empty page. */
function checkRanges(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const [min, max, label] of ranges) {
    const lo = value[min];
    const hi = value[max];
    if (typeof lo === 'number' && typeof hi === 'number' && lo > hi) {
      ctx.addIssue({ code: 'custom', path: [min], message: `${label}下限不能大于上限` });
      ctx.addIssue({ code: 'custom', path: [max], message: `${label}上限不能小于下限` });
    }
  }
  if (value.experienceYears !== undefined && value.experience === undefined) {
    ctx.addIssue({ code: 'custom', path: ['experienceYears'], message: '请同时填写任职经历' });
  }
}

export const cadreFilterSchema = z.object(filterShape).superRefine(checkRanges);

export const cadreSearchQuery = z
  .object({
    ...filterShape,
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(20),
  })
  .superRefine(checkRanges);

export type CadreFilter = z.output<typeof cadreFilterSchema>;
export type CadreFilterInput = z.input<typeof cadreFilterSchema>;
export type CadreSearch = z.output<typeof cadreSearchQuery>;

/** 常用查询: a named filter of one screen, private to the user who saved it. */
export const SAVED_FILTER_SCREENS = ['cadres'] as const;
export const savedFilterScreenQuery = z.object({ screen: z.enum(SAVED_FILTER_SCREENS, '未知的页面') });
export const savedFilterSchema = z.object({
  id: z.string(),
  screen: z.string(),
  name: z.string(),
  filter: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export const createSavedFilterBody = z.object({
  screen: z.enum(SAVED_FILTER_SCREENS, '未知的页面'),
  name: z.string().trim().min(1, '请填写查询名称').max(50, '查询名称不能超过50个字符'),
  filter: cadreFilterSchema,
});
export type SavedFilter = z.infer<typeof savedFilterSchema>;
export type CreateSavedFilterBody = z.input<typeof createSavedFilterBody>;

/** 轮岗交流提醒: a cadre whose current post has reached the policy's period. */
export const rotationAlertSchema = z.object({
  cadreId: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  postId: z.string(),
  post: z.string(),
  postUnitName: z.string(),
  isKey: z.boolean(),
  startedOn: z.string(),
  yearsInPost: z.number(),
  thresholdYears: z.number(),
  dueOn: z.string(),
});
export const rotationAlertsSchema = z.object({
  asOf: z.string(),
  policy: z.object({ years: z.number(), keyPostYears: z.number() }),
  items: z.array(rotationAlertSchema),
});
export const rotationAlertsQuery = z.object({
  unitId: z.uuid('所在单位编号格式不正确').optional(),
  includeSubunits: queryFlag('含下级单位').default(true),
});
export type RotationAlert = z.infer<typeof rotationAlertSchema>;
export type RotationAlerts = z.infer<typeof rotationAlertsSchema>;

/**
 * A page of the roster. The matches are counted only as far as the next ten pages: when there are more, `total` is
 * that count plus one and `totalExact` is false, and the exact number is asked of /api/v1/cadres/count (ADR 0011).
 */
export const cadreSearchPageSchema = z.object({ items: z.array(cadreListItemSchema), total: z.number(), totalExact: z.boolean() });
export const cadreCountSchema = z.object({ total: z.number() });
