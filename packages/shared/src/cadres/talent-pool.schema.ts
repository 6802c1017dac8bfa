import { z } from 'zod';
import { isoDateSchema } from '../dates/date.schema';
import { optionalText, requiredText, versionField } from '../platform/fields';
import { TALENT_LEVELS, type TalentLevel } from '../policy/policy.schema';
import { reasonSchema } from '../rules/reason.schema';

/**
 * The young-cadre talent pool's contract (优秀年轻干部库, DOMAIN.md §2): pools by field, specialty and level, and a
 * cadre's entry in a pool: NOMINATED → ACTIVE (entry approved) or REJECTED; ACTIVE → EXITED by rule or by decision.
 */
export const POOL_LEVELS = Object.keys(TALENT_LEVELS) as TalentLevel[];
export const POOL_LEVEL_LABELS: Record<TalentLevel, string> = { SECTION: '科级', DIVISION: '处级', BUREAU: '厅局级' };

export const MEMBER_STATUSES = ['NOMINATED', 'ACTIVE', 'REJECTED', 'EXITED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = { NOMINATED: '待审批', ACTIVE: '在库', REJECTED: '未同意入库', EXITED: '已出库' };

/** Why a member left: one of the rules (talent-pool.rules.ts) or a decision of the organization department. */
export const EXIT_REASONS = ['OVER_AGE', 'MEASURE', 'GRADE', 'DECISION'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
export const EXIT_REASON_LABELS: Record<ExitReason, string> = {
  OVER_AGE: '超过年龄上限',
  MEASURE: '受到处理处分',
  GRADE: '年度考核基本称职及以下',
  DECISION: '组织决定出库',
};

const level = z.enum(POOL_LEVELS as [TalentLevel, ...TalentLevel[]], { error: `层次应为 ${POOL_LEVELS.join('、')} 之一` });

export const createPoolBody = z.strictObject({
  name: requiredText('人才库名称', 50, 2),
  field: optionalText('领域', 20).default(''),
  specialty: optionalText('专业', 20).default(''),
  level,
  description: optionalText('说明', 500).default(''),
});
export type CreatePoolBody = z.infer<typeof createPoolBody>;

export const updatePoolBody = z.strictObject({
  name: requiredText('人才库名称', 50, 2).optional(),
  field: optionalText('领域', 20).optional(),
  specialty: optionalText('专业', 20).optional(),
  level: level.optional(),
  description: optionalText('说明', 500).optional(),
  active: z.boolean('启用状态应为是或否').optional(),
  version: versionField,
});
export type UpdatePoolBody = z.infer<typeof updatePoolBody>;

const statusCounts = z.object({ NOMINATED: z.number(), ACTIVE: z.number(), REJECTED: z.number(), EXITED: z.number() });

export const poolSchema = z.object({
  id: z.string(),
  name: z.string(),
  field: z.string(),
  specialty: z.string(),
  level: z.enum(POOL_LEVELS as [TalentLevel, ...TalentLevel[]]),
  description: z.string(),
  active: z.boolean(),
  /** Members per status within the reader's scope. */
  counts: statusCounts,
  version: z.number(),
  createdAt: z.string(),
});
export type TalentPool = z.infer<typeof poolSchema>;

export const boardSchema = z.object({
  pools: z.array(poolSchema),
  /** Active members per pool field and level (a pool without a field counts under ''). */
  byFieldAndLevel: z.array(z.object({ field: z.string(), level: z.string(), active: z.number(), nominated: z.number() })),
  totals: z.object({ pools: z.number(), active: z.number(), nominated: z.number(), exited: z.number() }),
});
export type PoolBoard = z.infer<typeof boardSchema>;

export const membersQuery = z.object({
  status: z.enum(MEMBER_STATUSES, { error: `状态应为 ${MEMBER_STATUSES.join('、')} 之一` }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const memberSchema = z.object({
  id: z.string(),
  poolId: z.string(),
  cadreId: z.string(),
  cadreName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  post: z.string(),
  birthDate: z.string(),
  status: z.enum(MEMBER_STATUSES),
  reason: z.string(),
  nominatedByName: z.string().nullable(),
  nominatedAt: z.string(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string(),
  enteredOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  exitReason: z.enum(EXIT_REASONS).nullable(),
  exitNote: z.string(),
  version: z.number(),
});
export type PoolMember = z.infer<typeof memberSchema>;
export const memberPageSchema = z.object({ items: z.array(memberSchema), total: z.number() });

export const suggestionsQuery = z.object({
  keyword: optionalText('姓名', 50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const candidateSchema = z.object({
  cadreId: z.string(),
  name: z.string(),
  unitName: z.string(),
  post: z.string(),
  birthDate: z.string(),
  age: z.number(),
  fieldTags: z.array(z.string()),
  specialtyTags: z.array(z.string()),
  /** The last day the cadre is within the pool level's age line. */
  ageLimitUntil: z.string(),
});
export type PoolCandidate = z.infer<typeof candidateSchema>;
export const candidatePageSchema = z.object({ asOf: z.string(), items: z.array(candidateSchema), total: z.number() });

export const nominateBody = z.strictObject({
  cadreId: z.uuid('请选择干部'),
  reason: requiredText('推荐理由', 1000, 2),
});

export const approveBody = z.strictObject({ version: versionField, enteredOn: isoDateSchema.optional(), note: optionalText('审批意见', 500).default('') });
export const rejectBody = z.strictObject({ version: versionField, note: requiredText('不同意的理由', 500, 2) });
export const exitBody = z.strictObject({ version: versionField, note: requiredText('出库理由', 500, 2), exitedOn: isoDateSchema.optional() });

export const reviewQuery = z.object({
  year: z.coerce.number({ error: '请填写复核年度' }).int('年度应为整数').min(2000, '年度不能早于2000').max(2200, '年度不能晚于2200'),
});
export const reviewSchema = z.object({
  year: z.number(),
  /** The day the rules were applied: the year's last day, or today for the current year. */
  asOf: z.string(),
  items: z.array(z.object({ member: memberSchema, reasons: z.array(reasonSchema) })),
});
export type PoolReview = z.infer<typeof reviewSchema>;

export const applyExitsBody = z.strictObject({
  year: reviewQuery.shape.year,
  /** The members to take out; each must still be due by rule. */
  memberIds: z.array(z.uuid('出库人员编号格式不正确')).min(1, '请选择出库人员').max(500, '一次最多500人'),
});
export const applyExitsResult = z.object({ exited: z.number(), skipped: z.number() });
