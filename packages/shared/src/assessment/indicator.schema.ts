import { z } from 'zod';
import { optionalText, queryFlag, requiredText, versionField } from '../platform/fields';

/**
 * The indicator library's contract (指标库, DOMAIN.md §2 "indicator"). An indicator is quantitative (定量: a measured
 * value against a target, scored by a rule) or qualitative (定性: a rating on a scale whose levels carry anchors).
 * Every edit makes a new revision; a scheme keeps the revision it was built with, so a past cycle's scores never move.
 */
export const INDICATOR_KINDS = ['QUANTITATIVE', 'QUALITATIVE'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const INDICATOR_KIND_LABELS: Record<IndicatorKind, string> = { QUANTITATIVE: '定量', QUALITATIVE: '定性' };

export const DIRECTIONS = ['HIGHER_BETTER', 'LOWER_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABELS: Record<Direction, string> = { HIGHER_BETTER: '越高越好', LOWER_BETTER: '越低越好' };

export const SCORING_METHODS = ['LINEAR', 'STEPS', 'PASS_FAIL'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];
export const SCORING_METHOD_LABELS: Record<ScoringMethod, string> = {
  LINEAR: '按完成比例计分（封顶）',
  STEPS: '分档计分',
  PASS_FAIL: '达标得满分，未达标不得分',
};

const percent = (label: string) => z.number(`${label}应为数字`).min(0, `${label}不能小于 0`).max(200, `${label}不能超过 200`);

/** One step of a STEPS rule: reaching `threshold` (at least it, or at most it for LOWER_BETTER) earns `percent` of the marks. */
export const scoringStep = z.strictObject({
  threshold: z.number('档位值应为数字'),
  percent: percent('档位得分比例'),
});
export type ScoringStep = z.infer<typeof scoringStep>;

export const quantitativeRule = z.discriminatedUnion(
  'method',
  [
    z.strictObject({
      method: z.literal('LINEAR'),
      /** The highest share of the marks a result beyond the target can earn, in percent (100: no extra credit). */
      capPercent: percent('封顶比例').min(100, '封顶比例不能小于 100'),
    }),
    z.strictObject({
      method: z.literal('STEPS'),
      steps: z.array(scoringStep).min(1, '分档计分至少需要一个档位').max(20, '档位不能超过 20 个'),
    }),
    z.strictObject({ method: z.literal('PASS_FAIL') }),
  ],
  { error: `计分方法应为 ${SCORING_METHODS.join('、')} 之一` },
);
export type QuantitativeRule = z.infer<typeof quantitativeRule>;

/** A level of a qualitative scale (e.g. 好 = 100%), with the anchor that tells raters what earns it. */
export const ratingLevel = z.strictObject({
  code: z
    .string('等级代码应为文本')
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,19}$/, '等级代码应为大写字母开头的字母、数字或下划线'),
  label: requiredText('等级名称', 10),
  percent: percent('等级得分比例'),
  anchor: optionalText('评分标准', 200).default(''),
});
export type RatingLevel = z.infer<typeof ratingLevel>;

const quantitativeDefinition = z.strictObject({
  kind: z.literal('QUANTITATIVE'),
  /** 计量单位, e.g. 万元, %, 件. */
  unit: optionalText('计量单位', 10).default(''),
  direction: z.enum(DIRECTIONS, { error: `方向应为 ${DIRECTIONS.join('、')} 之一` }),
  rule: quantitativeRule,
  /**
   * 数据来源: the code of an indicator feed another module registers (issue 8 item 3, e.g. 按期答复率), whose figure for
   * a unit and the cycle's period is the result instead of a typed one. Absent on indicators typed by hand, which is
   * every indicator stored before feeds existed. Whether the code is registered is checked on the server.
   */
  feed: z
    .string('数据来源应为文本')
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, '数据来源代码应为大写字母开头的字母、数字或下划线')
    .optional(),
});
const qualitativeDefinition = z.strictObject({
  kind: z.literal('QUALITATIVE'),
  scale: z.array(ratingLevel).min(2, '评分等级至少两个').max(10, '评分等级不能超过 10 个'),
});

/** What a revision fixes: how the indicator is scored. */
export const indicatorDefinition = z.discriminatedUnion('kind', [quantitativeDefinition, qualitativeDefinition], {
  error: `指标类型应为 ${INDICATOR_KINDS.join('、')} 之一`,
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;

export const indicatorBody = z.strictObject({
  code: z
    .string({ error: (issue) => (issue.input === undefined ? '请填写指标编码' : '指标编码应为文本') })
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,30}$/, '指标编码应为 2–30 位字母、数字、下划线或连字符'),
  name: requiredText('指标名称', 60),
  description: optionalText('指标说明', 500).default(''),
  evidenceRequired: z.boolean('是否需要佐证材料应为是或否').default(false),
  definition: indicatorDefinition,
});
export type IndicatorBody = z.input<typeof indicatorBody>;

export const updateIndicatorBody = indicatorBody.omit({ code: true }).extend({
  version: versionField,
});
export type UpdateIndicatorBody = z.input<typeof updateIndicatorBody>;

export const indicatorView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  description: z.string(),
  evidenceRequired: z.boolean(),
  definition: indicatorDefinition,
  /** The current revision; revisions count from 1 and never change once written. */
  revision: z.number(),
  retired: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type IndicatorView = z.infer<typeof indicatorView>;

export const indicatorRevisionView = z.object({
  revision: z.number(),
  name: z.string(),
  evidenceRequired: z.boolean(),
  definition: indicatorDefinition,
  createdAt: z.string(),
  createdByName: z.string(),
});
export type IndicatorRevisionView = z.infer<typeof indicatorRevisionView>;

/** A registered indicator feed, as the indicator editor's 数据来源 list shows it. */
export const indicatorFeedView = z.object({ code: z.string(), label: z.string(), unit: z.string() });
export type IndicatorFeedView = z.infer<typeof indicatorFeedView>;

export const indicatorQuery = z.object({
  keyword: z.string('关键词应为文本').trim().max(60, '关键词不能超过60个字符').optional(),
  kind: z.enum(INDICATOR_KINDS, { error: `指标类型应为 ${INDICATOR_KINDS.join('、')} 之一` }).optional(),
  includeRetired: queryFlag('是否包含已停用指标').optional(),
});

export const retireIndicatorBody = z.strictObject({
  version: versionField,
  retired: z.boolean('停用应为是或否'),
});
