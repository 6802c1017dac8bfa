import { z } from 'zod';
import { blankAsMissing, optionalText, requiredText, versionField } from '../platform/fields';
import { reasonSchema } from '../rules/reason.schema';
import { CYCLE_KINDS } from './cycle.schema';
import { CYCLE_STATES } from './cycle.states';
import { GRADE_STATUSES } from './grading.rules';
import { indicatorDefinition } from './indicator.schema';
import { adjustmentBody, SCHEME_CATEGORIES } from './scheme.schema';

/*
 * The contract of a cycle's results (issue 5 "Scoring", "Grading"): what assessors enter for a participant, the score
 * sheet they enter it on, the result with its explained score and grade, grade changes, objections during the notice,
 * and the cadre's confirmation or appeal.
 */

const amount = (label: string) => z.number(`${label}应为数字`).min(-1e9, `${label}超出范围`).max(1e9, `${label}超出范围`);

/** A quantitative indicator's target and result, or a qualitative indicator's rating (level code). */
export const itemEntry = z.strictObject({
  target: amount('目标值').optional(),
  actual: amount('完成值').optional(),
  level: z.string('评定等级应为文本').max(20).optional(),
});
export type ItemEntry = z.infer<typeof itemEntry>;

export const adjustmentEntry = z.strictObject({
  occurrences: z.number('次数应为数字').int('次数应为整数').min(0, '次数不能小于 0').max(100, '次数不能超过 100'),
  note: optionalText('说明', 200).default(''),
});

/** Entries by indicator id and manual adjustment occurrences by the item's name. */
export const scoreEntries = z.strictObject({
  items: z.record(z.string(), itemEntry).default({}),
  adjustments: z.record(z.string(), adjustmentEntry).default({}),
});
export type ScoreEntries = z.output<typeof scoreEntries>;

export const saveScoreBody = z.strictObject({
  version: versionField,
  entries: scoreEntries,
  comment: optionalText('评语', 1000).default(''),
});
export type SaveScoreBody = z.input<typeof saveScoreBody>;

/** What a score sheet offers for one category: its scheme's indicators with their scoring definitions. */
export const scoreSheetView = z.object({
  category: z.enum(SCHEME_CATEGORIES),
  schemeName: z.string(),
  formula: z.string(),
  hasBallots: z.boolean(),
  items: z.array(z.object({ indicatorId: z.string(), code: z.string(), name: z.string(), weight: z.number(), definition: indicatorDefinition })),
  adjustments: z.array(adjustmentBody),
  grades: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type ScoreSheetView = z.infer<typeof scoreSheetView>;

const breakdownView = z.object({
  parts: z.object({ indicators: z.number(), democratic: z.number(), bonus: z.number(), deduction: z.number() }),
  final: z.number().nullable(),
  missing: z.array(z.string()),
  reasons: z.array(reasonSchema),
});

export const APPEAL_STATES = ['OPEN', 'UPHELD', 'DISMISSED'] as const;
export const APPEAL_STATE_LABELS = { OPEN: '待答复', UPHELD: '成立', DISMISSED: '不成立' } as const;
export const OBJECTION_STATE_LABELS = { OPEN: '待核实', UPHELD: '属实', DISMISSED: '不属实' } as const;

export const resultView = z.object({
  participantId: z.string(),
  category: z.enum(SCHEME_CATEGORIES),
  unitId: z.string(),
  unitName: z.string(),
  cadreId: z.string().nullable(),
  name: z.string(),
  post: z.string().nullable(),
  entries: scoreEntries,
  /** What the participant's targets give, by indicator: replaces the typed figures of those indicators. */
  progress: z.record(z.string(), itemEntry),
  comment: z.string(),
  breakdown: breakdownView.nullable(),
  final: z.number().nullable(),
  gradeStatus: z.enum(GRADE_STATUSES).nullable(),
  proposedGrade: z.string().nullable(),
  grade: z.string().nullable(),
  gradeLabel: z.string().nullable(),
  rank: z.number().nullable(),
  poolKey: z.string().nullable(),
  gradeReasons: z.array(reasonSchema),
  changeReason: z.string(),
  openObjections: z.number(),
  confirmedAt: z.string().nullable(),
  appealState: z.enum(APPEAL_STATES).nullable(),
  appeal: z.string(),
  appealAnswer: z.string(),
  version: z.number(),
});
export type ResultView = z.infer<typeof resultView>;

export const resultsQuery = z.object({
  category: z.enum(SCHEME_CATEGORIES, { error: '考核类别不正确' }).optional(),
  unitId: z.uuid('单位编号格式不正确').optional(),
  /** A grade code, or NONE for those without a grade: the drill-down of a dashboard's grade count. */
  grade: z.string('等次应为文本').max(20, '等次不正确').optional(),
  /** Scores in [scoreFrom, scoreTo): the drill-down of a histogram bar. */
  // `?scoreFrom=` means no bound, not 0.
  scoreFrom: z.preprocess(blankAsMissing, z.coerce.number('得分下限应为数字').min(-1000, '得分下限超出范围').max(1000, '得分下限超出范围').optional()),
  scoreTo: z.preprocess(blankAsMissing, z.coerce.number('得分上限应为数字').min(-1000, '得分上限超出范围').max(1000, '得分上限超出范围').optional()),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const changeGradeBody = z.strictObject({
  version: versionField,
  /** null: comment only (for those a measure leaves ungraded). */
  grade: z.string('等次应为文本').max(20).nullable(),
  reason: requiredText('调整理由', 500, 2),
});

export const objectionBody = z.strictObject({ participantId: z.uuid('请选择被反映人'), content: requiredText('反映内容', 2000, 5) });
export const resolveObjectionBody = z.strictObject({
  version: versionField,
  upheld: z.boolean('请选择反映是否属实'),
  resolution: requiredText('核查结论', 1000, 2),
});
export const objectionView = z.object({
  id: z.string(),
  participantId: z.string(),
  name: z.string(),
  content: z.string(),
  state: z.enum(APPEAL_STATES),
  resolution: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  version: z.number(),
});
export type ObjectionView = z.infer<typeof objectionView>;

/**
 * A quota pool of a graded cycle (DOMAIN.md §5) as the grading screen shows it: its units, how many count toward the
 * quota's base, the most top grades it may give and how that was reckoned, and how many hold the top grade now and
 * were proposed it.
 */
export const poolView = z.object({
  poolKey: z.string(),
  /** A whole category of units or teams, small units pooled, or one unit alone (`poolKindOf`). */
  kind: z.enum(['CATEGORY', 'POOLED', 'UNIT']),
  category: z.enum(SCHEME_CATEGORIES),
  /** The pool's units within the reader's scope; the rest are only counted. */
  units: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  otherUnits: z.number(),
  participants: z.number(),
  quota: z.number(),
  topGrade: z.string(),
  topLabel: z.string(),
  top: z.number(),
  proposedTop: z.number(),
  reasons: z.array(reasonSchema),
});
export type PoolView = z.infer<typeof poolView>;

export const myResultView = z.object({
  cycle: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(CYCLE_KINDS),
    year: z.number(),
    quarter: z.number().nullable(),
    state: z.enum(CYCLE_STATES),
    noticeEndsOn: z.string().nullable(),
  }),
  result: resultView,
  /** For a published annual grade: what it means for promotion seniority, and its consequences (嘉奖, 诫勉 …). */
  consequences: z
    .object({ seniority: z.object({ counts: z.boolean(), qualifyingYears: z.number(), text: z.string() }), reasons: z.array(reasonSchema) })
    .nullable(),
});
export type MyResultView = z.infer<typeof myResultView>;

export const confirmBody = z.strictObject({ version: versionField });
export const appealBody = z.strictObject({ version: versionField, appeal: requiredText('复核申请理由', 2000, 5) });
export const answerAppealBody = z.strictObject({
  version: versionField,
  upheld: z.boolean('请选择复核申请是否成立'),
  answer: requiredText('复核意见', 1000, 2),
});
