import { z } from 'zod';
import { pageQuery } from '../org/org.schema';
import { requiredText } from '../platform/fields';
import { expecting } from '../rules/validation';

/** 通知公告: published by the organization department or the system administrator to everyone or to chosen units. */
export const ANNOUNCEMENT_AUDIENCES = ['ALL', 'UNITS'] as const;
export type AnnouncementAudience = (typeof ANNOUNCEMENT_AUDIENCES)[number];
export const ANNOUNCEMENT_AUDIENCE_LABELS: Record<AnnouncementAudience, string> = { ALL: '全体人员', UNITS: '指定单位（含下级单位）' };

export const ANNOUNCEMENT_UNITS_MAX = 200;

export const publishAnnouncementBody = z
  .strictObject({
    title: requiredText('标题', 100),
    body: requiredText('正文', 5000),
    audience: z.enum(ANNOUNCEMENT_AUDIENCES, { error: '发布范围应为 ALL（全体人员）或 UNITS（指定单位）' }),
    unitIds: z
      .array(z.uuid(expecting('单位编号格式不正确')), '单位应为列表')
      .max(ANNOUNCEMENT_UNITS_MAX, `一次最多选择${ANNOUNCEMENT_UNITS_MAX}个单位`)
      .default([]),
  })
  .superRefine((value, ctx) => {
    // Checked here so that a bad audience is reported together with every other bad field.
    if (value.audience === 'UNITS' && value.unitIds.length === 0)
      ctx.addIssue({ code: 'custom', path: ['unitIds'], message: '发布到指定单位时请至少选择一个单位' });
    if (value.audience === 'ALL' && value.unitIds.length > 0) ctx.addIssue({ code: 'custom', path: ['unitIds'], message: '发布给全体人员时不能再指定单位' });
  });
export type PublishAnnouncementBody = z.infer<typeof publishAnnouncementBody>;

export const announcementView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  audience: z.enum(ANNOUNCEMENT_AUDIENCES),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  publisherName: z.string(),
  publishedAt: z.string(),
  recipients: z.number(),
  read: z.number(),
});
export type AnnouncementView = z.infer<typeof announcementView>;

export const announcementListQuery = z.object({ ...pageQuery });
export const announcementPage = z.object({ items: z.array(announcementView), total: z.number() });
export type AnnouncementPage = z.infer<typeof announcementPage>;

export const receiptPerson = z.object({ userId: z.string(), name: z.string(), readAt: z.string().nullable() });
export type ReceiptPerson = z.infer<typeof receiptPerson>;

export const unitReceipts = z.object({
  unitId: z.string().nullable(),
  unitName: z.string(),
  total: z.number(),
  read: z.number(),
  readers: z.array(receiptPerson),
  unreadPeople: z.array(receiptPerson),
});
export type UnitReceipts = z.infer<typeof unitReceipts>;

export const announcementReceipts = z.object({
  announcement: announcementView,
  total: z.number(),
  read: z.number(),
  units: z.array(unitReceipts),
});
export type AnnouncementReceipts = z.infer<typeof announcementReceipts>;
