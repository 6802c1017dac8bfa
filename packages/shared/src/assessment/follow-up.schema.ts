import { z } from 'zod';
import { optionalText, versionField } from '../platform/fields';
import { reasonSchema } from '../rules/reason.schema';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATES } from './follow-up.rules';

/** The contract of 考核结果运用: the tasks published annual grades give, and closing them. */

export const followUpQuery = z.object({
  kind: z.enum(FOLLOW_UP_KINDS, { error: '事项类型不正确' }).optional(),
  state: z.enum(FOLLOW_UP_STATES, { error: '办理状态不正确' }).optional(),
  cycleId: z.uuid('考核周期编号格式不正确').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const followUpView = z.object({
  id: z.string(),
  cycleId: z.string(),
  cycleName: z.string(),
  cadreId: z.string(),
  name: z.string(),
  post: z.string(),
  unitName: z.string(),
  year: z.number(),
  kind: z.enum(FOLLOW_UP_KINDS),
  repeated: z.boolean(),
  reasons: z.array(reasonSchema),
  state: z.enum(FOLLOW_UP_STATES),
  note: z.string(),
  handledAt: z.string().nullable(),
  version: z.number(),
});
export type FollowUpView = z.infer<typeof followUpView>;

export const followUpPage = z.object({
  items: z.array(followUpView),
  total: z.number(),
  /** Open tasks by kind, for the tabs. */
  open: z.record(z.string(), z.number()),
});
export type FollowUpPage = z.infer<typeof followUpPage>;

export const closeFollowUpBody = z
  .strictObject({
    version: versionField,
    state: z.enum(['DONE', 'DISMISSED'], { error: '办理结果应为 DONE（已办结）或 DISMISSED（不予处理）' }),
    note: optionalText('办理情况', 500).default(''),
  })
  .superRefine((b, ctx) => {
    if (b.note.length < 2) ctx.addIssue({ code: 'custom', path: ['note'], message: '请填写办理情况（如嘉奖文号、诫勉谈话时间，或不予处理的理由）' });
  });
export type CloseFollowUpBody = z.input<typeof closeFollowUpBody>;
