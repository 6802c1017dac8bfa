import { z } from 'zod';
import { pageQuery } from '../org/org.schema';
import { blankAsMissing } from '../platform/fields';
import { expecting } from '../rules/validation';

/**
 * 站内消息 (issue 8 item 4): what lands in a staff member's inbox, by kind. A module that registers its own sweep source
 * brings its own kind (a free string, so the inbox needs no edit for it), labelled here; an unlabelled one shows as 消息.
 */
export const NOTIFICATION_KIND_LABELS: Record<string, string> = {
  CASE_ASSIGNED: '案件分办',
  CASE_CLOSED: '案件办结',
  CASE_DUE_SOON: '临期提醒',
  CASE_OVERDUE: '逾期提醒',
  BAR_ENDING: '影响期届满',
  VISIT_OVERDUE: '回访逾期',
  ANNOUNCEMENT: '通知公告',
  // Kinds of the modules that register their own messages (participation, honors).
  PARTICIPATION_RECEIVED: '新收金点子/诉求',
  PARTICIPATION_DUE_SOON: '答复临期',
  PARTICIPATION_OVERDUE: '答复逾期',
  HONOR_PUBLISHABLE: '公示期满待发布',
};

export const notificationView = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  title: z.string(),
  body: z.string(),
  /** A page of the web app the message is about, e.g. /cases/…; null when there is none. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof notificationView>;

export const INBOX_FILTERS = ['unread', 'read', 'all'] as const;
export type InboxStatus = (typeof INBOX_FILTERS)[number];
/** One kind of message only (e.g. ANNOUNCEMENT): among a sweep's hundred reminders, the notices are found at once. */
const kindFilter = z.preprocess(
  blankAsMissing,
  z
    .string('消息类型应为文本')
    .regex(/^[A-Z][A-Z0-9_]{0,63}$/, '消息类型应为大写字母开头、由大写字母、数字和下划线组成的代码')
    .optional(),
);

export const inboxQuery = z.object({
  status: z.enum(INBOX_FILTERS, { error: `状态应为 ${INBOX_FILTERS.join('、')} 之一` }).default('all'),
  kind: kindFilter,
  ...pageQuery,
});

export type InboxQuery = z.infer<typeof inboxQuery>;

/** 全部标为已读 of the list as it is filtered: every kind, or the one shown. */
export const readAllQuery = z.object({ kind: kindFilter });

export const inboxPage = z.object({ items: z.array(notificationView), total: z.number(), unread: z.number() });
export type InboxPage = z.infer<typeof inboxPage>;

export const unreadCount = z.object({ unread: z.number() });
export type UnreadCount = z.infer<typeof unreadCount>;

/** At most one page of a list marked read at once; "all" has its own route. */
export const MARK_READ_MAX = 500;
export const markReadBody = z.strictObject({
  ids: z
    .array(z.uuid(expecting('消息编号格式不正确')), '消息编号应为列表')
    .min(1, '请选择要标为已读的消息')
    .max(MARK_READ_MAX, `一次最多标记${MARK_READ_MAX}条消息`),
});

export const markReadResult = z.object({ marked: z.number(), unread: z.number() });
export type MarkReadResult = z.infer<typeof markReadResult>;

/** The outcome of one sweep: messages written per source (a second run over the same day writes none). */
export const sweepResult = z.object({
  asOf: z.string(),
  created: z.number(),
  bySource: z.record(z.string(), z.number()),
});
export type SweepResult = z.infer<typeof sweepResult>;

/** A sweep asked for by hand: queued on the scheduler when it runs, done at once otherwise. */
export const sweepRequestResult = z.object({ queued: z.boolean(), result: sweepResult.nullable() });
