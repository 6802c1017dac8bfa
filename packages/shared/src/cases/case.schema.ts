import { z } from 'zod';
import { optionalText, requiredText, versionField } from '../platform/fields';
import { CASE_TYPES } from './workflow';

/** The contract every case type shares: the case, its timeline, comments, files, links and extensions. */

export const caseTypeSchema = z.enum(CASE_TYPES, { error: '案件类型不正确' });

/** A transition: the version read (a stale one answers 409), the reason, and the fields the action needs. */
export const transitionBody = z.strictObject({
  version: versionField,
  note: optionalText('说明', 2000).default(''),
  fields: z.record(z.string(), z.unknown()).default({}),
});
export type TransitionBody = z.input<typeof transitionBody>;

export const caseView = z.object({
  id: z.string(),
  type: caseTypeSchema,
  typeLabel: z.string(),
  number: z.string(),
  title: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  closed: z.boolean(),
  unitId: z.string(),
  unitName: z.string(),
  subjectCadreId: z.string().nullable(),
  subjectName: z.string().nullable(),
  openedAt: z.string(),
  stateSince: z.string(),
  /** The last day of the current state's time limit; null when the state has none. */
  dueOn: z.string().nullable(),
  /** The limit crossed a year with no published holiday arrangement. */
  dueProvisional: z.boolean(),
  overdue: z.boolean(),
  policyCode: z.string(),
  policyVersion: z.number(),
  version: z.number(),
});
export type CaseView = z.infer<typeof caseView>;

export const caseEventView = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  toStateLabel: z.string(),
  note: z.string(),
  fields: z.record(z.string(), z.unknown()),
});
export type CaseEventView = z.infer<typeof caseEventView>;

export const caseCommentView = z.object({ id: z.string(), at: z.string(), authorName: z.string(), body: z.string() });
export const caseAttachmentView = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
  uploaderName: z.string(),
});
export type CaseAttachmentView = z.infer<typeof caseAttachmentView>;

export const CASE_LINK_KINDS = {
  TOLERANCE_FOR: '容错认定所涉问责事项',
  ADJUSTMENT_FROM: '由此启动的能上能下调整',
  RELATED: '相关案件',
} as const;
export type CaseLinkKind = keyof typeof CASE_LINK_KINDS;

export const caseLinkView = z.object({
  id: z.string(),
  kind: z.enum(Object.keys(CASE_LINK_KINDS) as [CaseLinkKind, ...CaseLinkKind[]]),
  kindLabel: z.string(),
  /** The other case, as far as the reader may see it; a case out of their scope shows its number only. */
  caseId: z.string(),
  number: z.string(),
  type: caseTypeSchema,
  title: z.string().nullable(),
  stateLabel: z.string().nullable(),
});

export const EXTENSION_STATES = ['PENDING', 'APPROVED', 'REFUSED'] as const;
export const extensionView = z.object({
  id: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  workdays: z.number(),
  reason: z.string(),
  status: z.enum(EXTENSION_STATES),
  requestedAt: z.string(),
  requesterName: z.string(),
  decidedAt: z.string().nullable(),
  deciderName: z.string().nullable(),
  answer: z.string(),
  version: z.number(),
});

export const caseActionView = z.object({
  action: z.string(),
  label: z.string(),
  to: z.string(),
  required: z.record(z.string(), z.string()),
  noteRequired: z.boolean(),
});

/** A case with everything around it, as its page shows it. */
export const caseDetail = z.object({
  case: caseView,
  events: z.array(caseEventView),
  comments: z.array(caseCommentView),
  attachments: z.array(caseAttachmentView),
  links: z.array(caseLinkView),
  extensions: z.array(extensionView),
  /** What the reader may do next. */
  actions: z.array(caseActionView),
  canWork: z.boolean(),
  canApproveExtension: z.boolean(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const commentBody = z.strictObject({ body: requiredText('意见内容', 2000) });
/**
 * A link made by hand is only ever RELATED: the kinds that carry effects (a tolerance case for an accountability case)
 * are made by the modules that check them, never through the generic route.
 */
export const linkBody = z.strictObject({
  toCaseId: z.uuid('关联案件编号格式不正确'),
  kind: z.literal('RELATED', { error: '手工关联只能是“相关案件”' }).default('RELATED'),
});
export const extensionBody = z.strictObject({
  version: versionField,
  workdays: z.number({ error: '延期天数应为数字' }).int('延期天数应为整数').min(1, '延期至少 1 个工作日'),
  reason: requiredText('延期理由', 500, 2),
});
export const decideExtensionBody = z.strictObject({
  version: versionField,
  approve: z.boolean({ error: '请选择批准或不批准' }),
  answer: optionalText('审批意见', 500).default(''),
});

/** Cases that are late or soon due, across the types the reader may see. */
export const dueQuery = z.object({
  type: caseTypeSchema.optional(),
  /** Working days ahead that count as “due soon”. */
  within: z.coerce.number({ error: '临期天数应为数字' }).int().min(0).max(60).default(3),
});
export const dueList = z.object({ overdue: z.array(caseView), dueSoon: z.array(caseView) });
export type DueList = z.infer<typeof dueList>;
