import { z } from 'zod';
import { optionalText, requiredText, versionField } from '../platform/fields';

/**
 * Assessment schemes (考核方案, "分类别、多维度、差异化考核"): one per category of the assessed, holding weighted
 * indicators (the weights are the full marks and sum to 100), bonus and deduction items with caps, the rater groups
 * of democratic evaluation (民主测评) with their weights, and the formula that combines the parts into the final score.
 */
export const SCHEME_CATEGORIES = ['TOWNSHIP', 'COUNTY_DEPARTMENT', 'ENTERPRISE_INSTITUTION', 'LEADERSHIP_TEAM', 'INDIVIDUAL'] as const;
export type SchemeCategory = (typeof SCHEME_CATEGORIES)[number];
export const SCHEME_CATEGORY_LABELS: Record<SchemeCategory, string> = {
  TOWNSHIP: '乡镇（街道）',
  COUNTY_DEPARTMENT: '县直部门',
  ENTERPRISE_INSTITUTION: '企事业单位',
  LEADERSHIP_TEAM: '领导班子',
  INDIVIDUAL: '个人',
};

export const RATER_GROUPS = ['SUPERIOR', 'PEER', 'SUBORDINATE', 'SERVICE_RECIPIENT'] as const;
export type RaterGroup = (typeof RATER_GROUPS)[number];
export const RATER_GROUP_LABELS: Record<RaterGroup, string> = { SUPERIOR: '上级', PEER: '同级', SUBORDINATE: '下级', SERVICE_RECIPIENT: '服务对象' };

export const ADJUSTMENT_KINDS = ['BONUS', 'DEDUCTION'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_KIND_LABELS: Record<AdjustmentKind, string> = { BONUS: '加分项', DEDUCTION: '减分项' };

/**
 * Where an adjustment's occurrences come from: entered by the assessors, or signals of other modules (an honor
 * published in the cycle adds; a measure recorded in it deducts, unless fault tolerance exempted the matter).
 */
export const ADJUSTMENT_SOURCES = ['MANUAL', 'HONOR', 'MEASURE'] as const;
export type AdjustmentSource = (typeof ADJUSTMENT_SOURCES)[number];
export const ADJUSTMENT_SOURCE_LABELS: Record<AdjustmentSource, string> = { MANUAL: '人工登记', HONOR: '表彰奖励', MEASURE: '处理处分' };

const points = (label: string) =>
  z
    .number(`${label}应为数字`)
    .positive(`${label}应大于 0`)
    .max(100, `${label}不能超过 100`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, `${label}最多两位小数`);

export const schemeItemBody = z.strictObject({
  indicatorId: z.uuid('请选择指标'),
  /** The indicator's revision to score by; absent: its current revision, pinned when the scheme is saved. */
  revision: z.number().int().min(1).optional(),
  weight: points('权重'),
});
export type SchemeItemBody = z.infer<typeof schemeItemBody>;

export const adjustmentBody = z.strictObject({
  kind: z.enum(ADJUSTMENT_KINDS, { error: '应为加分项或减分项' }),
  source: z.enum(ADJUSTMENT_SOURCES, { error: `来源应为 ${ADJUSTMENT_SOURCES.join('、')} 之一` }),
  name: requiredText('加减分项名称', 40),
  /** Points per occurrence. */
  pointsEach: points('每次分值'),
  /** The most this item can add or deduct in a cycle. */
  cap: points('上限'),
});
export type AdjustmentBody = z.infer<typeof adjustmentBody>;

export const raterGroupBody = z.strictObject({
  group: z.enum(RATER_GROUPS, { error: `测评组应为 ${RATER_GROUPS.join('、')} 之一` }),
  weight: points('测评组权重'),
});
export type RaterGroupBody = z.infer<typeof raterGroupBody>;

export const schemeBody = z.strictObject({
  name: requiredText('方案名称', 60),
  category: z.enum(SCHEME_CATEGORIES, { error: `考核类别应为 ${SCHEME_CATEGORIES.join('、')} 之一` }),
  description: optionalText('说明', 500).default(''),
  items: z.array(schemeItemBody).min(1, '方案至少需要一项指标').max(100, '指标不能超过 100 项'),
  adjustments: z.array(adjustmentBody).max(30, '加减分项不能超过 30 项').default([]),
  raterGroups: z.array(raterGroupBody).max(RATER_GROUPS.length).default([]),
  formula: z.string('计算公式应为文本').trim().max(200, '计算公式不能超过 200 个字符'),
});
export type SchemeBody = z.input<typeof schemeBody>;
export type SchemeInput = z.output<typeof schemeBody>;

export const updateSchemeBody = schemeBody.extend({ version: versionField });
export type UpdateSchemeBody = z.input<typeof updateSchemeBody>;

export const schemeItemView = z.object({
  indicatorId: z.string(),
  revision: z.number(),
  weight: z.number(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(['QUANTITATIVE', 'QUALITATIVE']),
  /** The indicator has a newer revision than the one this scheme scores by. */
  outdated: z.boolean(),
});

export const schemeView = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(SCHEME_CATEGORIES),
  description: z.string(),
  items: z.array(schemeItemView),
  adjustments: z.array(adjustmentBody),
  raterGroups: z.array(raterGroupBody),
  formula: z.string(),
  version: z.number(),
  updatedAt: z.string(),
});
export type SchemeView = z.infer<typeof schemeView>;

export const schemeQuery = z.object({
  category: z.enum(SCHEME_CATEGORIES, { error: `考核类别应为 ${SCHEME_CATEGORIES.join('、')} 之一` }).optional(),
});
