import {
  inboxPage,
  inboxQuery,
  markReadBody,
  markReadResult,
  readAllQuery,
  sweepRequestResult,
  unreadCount,
} from '@dandang/shared/notifications/notification.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { unreadCount as countUnread, inbox, markRead } from './inbox.service';
import type { Sweeper } from './notifications.scheduler';

const tags = ['notifications'];

/** 站内消息: every signed-in person's own inbox (no permission needed: nobody reaches another's), and the sweep by hand. */
export function notificationRoutes(db: Db, sweeper: Sweeper) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/notifications',
      { schema: { tags, summary: '我的消息（按已读、未读筛选）', querystring: inboxQuery, response: { 200: inboxPage } } },
      (req) => inbox(db, req.ctx, req.query),
    );
    r.get('/api/v1/notifications/unread-count', { schema: { tags, summary: '未读消息数', response: { 200: unreadCount } } }, (req) => countUnread(db, req.ctx));
    r.post(
      '/api/v1/notifications/read',
      { schema: { tags, summary: '标为已读（只能标记本人的消息）', body: markReadBody, response: { 200: markReadResult } } },
      (req) => markRead(db, req.ctx, { ids: req.body.ids }),
    );
    r.post(
      '/api/v1/notifications/read-all',
      { schema: { tags, summary: '全部标为已读（可只标某一类消息）', querystring: readAllQuery, response: { 200: markReadResult } } },
      (req) => markRead(db, req.ctx, { kind: req.query.kind }),
    );
    r.post(
      '/api/v1/notifications/sweep',
      {
        schema: { tags, summary: '立即检查临期、逾期、影响期届满与回访逾期事项（多实例时只执行一次）', response: { 200: sweepRequestResult } },
        config: { permission: 'notification.sweep' },
      },
      () => sweeper.request(),
    );
  };
}
