import {
  announcementListQuery,
  announcementPage,
  announcementView,
  publishAnnouncementBody,
  announcementReceipts as receiptsSchema,
} from '@dandang/shared/notifications/announcement.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { attachmentName, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { announcementReceipts, listAnnouncements, publishAnnouncement } from './announcements.service';
import { receiptsWorkbook } from './receipts.export';

const tags = ['notifications'];
const config = { permission: 'announcement.publish' } as const;

/** 通知公告: publishing, the publisher's list, and read receipts (per unit, and as a workbook). */
export function announcementRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/announcements',
      {
        schema: { tags, summary: '发布通知公告（全体人员或指定单位及其下级单位）', body: publishAnnouncementBody, response: { 200: announcementView } },
        config,
      },
      (req) => publishAnnouncement(db, req.ctx, req.body),
    );
    r.get(
      '/api/v1/announcements',
      { schema: { tags, summary: '已发布的通知公告（含阅读人数）', querystring: announcementListQuery, response: { 200: announcementPage } }, config },
      (req) => listAnnouncements(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/announcements/:id/receipts',
      { schema: { tags, summary: '阅读回执：按单位列出已读和未读人员', params: idParam, response: { 200: receiptsSchema } }, config },
      (req) => announcementReceipts(db, req.ctx, req.params.id),
    );
    r.get('/api/v1/announcements/:id/receipts.xlsx', { schema: { tags, summary: '导出阅读回执（Excel）', params: idParam }, config }, async (req, reply) => {
      const { name, stream } = await receiptsWorkbook(db, req.ctx, req.params.id);
      return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(stream);
    });
  };
}
