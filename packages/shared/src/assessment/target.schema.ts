import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_MAX_BYTES } from '../platform/attachments';
import { optionalText, queryFlag, requiredText, versionField } from '../platform/fields';
import { DIRECTIONS, INDICATOR_KINDS } from './indicator.schema';

/*
 * Targets (目标任务清单化, issue 5 "Targets"; DOMAIN.md §2 "target"): a cycle's tree from the jurisdiction to its units
 * to their people (定岗位、定职责、定目标、定人员). Each target has an owner, may be measured by an indicator of the
 * library with a target value, and has a deadline. Owners report progress with evidence; the unit's leader confirms or
 * returns it; confirmed progress is what quantitative scores are computed from.
 */

export const TARGET_LEVELS = ['JURISDICTION', 'UNIT', 'PERSON'] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];
export const TARGET_LEVEL_LABELS: Record<TargetLevel, string> = { JURISDICTION: '辖区', UNIT: '单位', PERSON: '个人' };

const targetValue = z.number('目标值应为数字').min(-1e9, '目标值超出范围').max(1e9, '目标值超出范围');
const deadline = isoDateSchema;

export const targetBody = z.strictObject({
  parentId: z.uuid('上级目标格式不正确').nullable().default(null),
  level: z.enum(TARGET_LEVELS, { error: `层级应为 ${TARGET_LEVELS.join('、')} 之一` }),
  title: requiredText('目标名称', 100),
  description: optionalText('目标内容', 500).default(''),
  /** The owning unit of a UNIT target; a PERSON target's unit is its owner's. */
  unitId: z.uuid('责任单位格式不正确').nullable().default(null),
  cadreId: z.uuid('责任人格式不正确').nullable().default(null),
  indicatorId: z.uuid('考核指标格式不正确').nullable().default(null),
  targetValue: targetValue.nullable().default(null),
  deadline,
});
export type TargetBody = z.input<typeof targetBody>;
export type TargetInput = z.output<typeof targetBody>;

/** What may change after creation; the place in the tree and the owner stay (delete and decompose again instead). */
export const updateTargetBody = z.strictObject({
  version: versionField,
  title: requiredText('目标名称', 100),
  description: optionalText('目标内容', 500).default(''),
  indicatorId: z.uuid('考核指标格式不正确').nullable().default(null),
  targetValue: targetValue.nullable().default(null),
  deadline,
});
export type UpdateTargetBody = z.input<typeof updateTargetBody>;

export const PROGRESS_STATES = ['SUBMITTED', 'CONFIRMED', 'RETURNED'] as const;
export type ProgressState = (typeof PROGRESS_STATES)[number];
export const PROGRESS_STATE_LABELS: Record<ProgressState, string> = { SUBMITTED: '待确认', CONFIRMED: '已确认', RETURNED: '已退回' };

export const evidenceView = z.object({ id: z.string(), name: z.string(), size: z.number(), contentType: z.string() });
export type EvidenceView = z.infer<typeof evidenceView>;

export const progressView = z.object({
  id: z.string(),
  targetId: z.string(),
  /** The value reached so far (cumulative), for a quantitative target. */
  value: z.number().nullable(),
  note: z.string(),
  state: z.enum(PROGRESS_STATES),
  returnReason: z.string(),
  reportedBy: z.string(),
  reportedAt: z.string(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  evidence: z.array(evidenceView),
  version: z.number(),
});
export type ProgressView = z.infer<typeof progressView>;

export const targetView = z.object({
  id: z.string(),
  cycleId: z.string(),
  parentId: z.string().nullable(),
  level: z.enum(TARGET_LEVELS),
  title: z.string(),
  description: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  cadreId: z.string().nullable(),
  cadreName: z.string().nullable(),
  indicator: z
    .object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      kind: z.enum(INDICATOR_KINDS),
      unit: z.string(),
      direction: z.enum(DIRECTIONS).nullable(),
      evidenceRequired: z.boolean(),
    })
    .nullable(),
  targetValue: z.number().nullable(),
  deadline: z.string(),
  /** The last confirmed value and its completion in percent of the target. */
  confirmedValue: z.number().nullable(),
  completion: z.number().nullable(),
  overdue: z.boolean(),
  /** The newest report, whatever its state. */
  latest: progressView.nullable(),
  /** The decomposition: how many children and the sum of their target values against this one's. */
  children: z.number(),
  assigned: z.number().nullable(),
  covered: z.boolean().nullable(),
  version: z.number(),
});
export type TargetView = z.infer<typeof targetView>;

/** 我的目标任务: the targets one may report on, cycle by cycle. */
export const myTargetsView = z.object({
  cycle: z.object({ id: z.string(), name: z.string(), state: z.string() }),
  targets: z.array(targetView),
});
export type MyTargetsView = z.infer<typeof myTargetsView>;

export const targetsQuery = z.object({
  unitId: z.uuid('单位编号格式不正确').optional(),
  indicatorId: z.uuid('指标编号格式不正确').optional(),
  /** Only the targets the actor may report progress on (the “我的目标任务” screen). */
  mine: queryFlag('只看本人可填报的目标').default(false),
});

export const progressItem = z.strictObject({
  targetId: z.uuid('目标编号格式不正确'),
  value: z.number('完成值应为数字').min(-1e9, '完成值超出范围').max(1e9, '完成值超出范围').nullable().default(null),
  note: requiredText('进展情况', 1000),
  evidenceIds: z.array(z.uuid('佐证材料编号格式不正确')).max(20, '佐证材料不能超过 20 个').default([]),
});

/** Several targets' progress reported from one screen, all or none. */
export const reportProgressBody = z.strictObject({
  reports: z.array(progressItem).min(1, '请至少填报一项目标任务的进展').max(200, '一次最多填报 200 项'),
});
export type ReportProgressBody = z.input<typeof reportProgressBody>;

export const REVIEW_DECISIONS = ['CONFIRM', 'RETURN'] as const;
export const reviewProgressBody = z
  .strictObject({
    version: versionField,
    decision: z.enum(REVIEW_DECISIONS, { error: '审核意见应为 CONFIRM（确认）或 RETURN（退回）' }),
    reason: optionalText('退回理由', 500).default(''),
  })
  .superRefine((b, ctx) => {
    if (b.decision === 'RETURN' && b.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: '退回时请填写退回理由' });
  });
export type ReviewProgressBody = z.input<typeof reviewProgressBody>;

/** Evidence files: documents, spreadsheets, images and PDFs, at most 10 MB each. */
export const EVIDENCE_MAX_BYTES = ATTACHMENT_MAX_BYTES;
export const EVIDENCE_EXTENSIONS = ATTACHMENT_EXTENSIONS;

/** One cell of the completion heat map: a unit's targets measured by one indicator. */
export const heatCell = z.object({
  unitId: z.string(),
  indicatorId: z.string(),
  targets: z.number(),
  confirmed: z.number(),
  overdue: z.number(),
  /** Mean completion of the targets with confirmed progress, in percent; null when none is confirmed. */
  completion: z.number().nullable(),
});
export const heatMapView = z.object({
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  indicators: z.array(z.object({ id: z.string(), name: z.string() })),
  cells: z.array(heatCell),
});
export type HeatMapView = z.infer<typeof heatMapView>;
