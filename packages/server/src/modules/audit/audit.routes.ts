import { isoDateSchema } from '@dandang/shared/dates/date.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { attachmentName, streamWorkbook } from '../../platform/excel/export';
import { allPages, pageLogins, pageOperations } from './audit.repository';

const tags = ['audit'];
const page = { page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(20) };
const operationFilter = {
  actor: z.string().max(50).optional(),
  action: z.string().max(50).optional(),
  entity: z.string().max(50).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};
const loginFilter = {
  username: z.string().max(64).optional(),
  result: z.string().max(20).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

const RESULT_LABELS: Record<string, string> = { success: '成功', bad_password: '密码错误', locked: '已锁定', unknown_user: '用户不存在', disabled: '账号停用' };
const EVENT_LABELS: Record<string, string> = { login: '登录', logout: '退出', logout_all: '退出所有设备' };
const local = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

export function auditRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const config = { permission: 'audit.read' as const };
    r.get(
      '/api/v1/audit/operations',
      { schema: { tags, summary: '操作日志', querystring: z.object({ ...operationFilter, ...page }) }, config },
      async (req) => {
        const { page: p, pageSize, ...filter } = req.query;
        const result = await pageOperations(db, filter, pageSize, (p - 1) * pageSize);
        return { total: result.total, items: result.items.map((row) => ({ ...row, id: row.seq, at: row.at.toISOString() })) };
      },
    );
    r.get(
      '/api/v1/audit/operations.xlsx',
      { schema: { tags, summary: '导出操作日志', querystring: z.object(operationFilter) }, config },
      async (req, reply) => {
        const stream = streamWorkbook(
          '操作日志',
          [
            { header: '序号', width: 8, value: (o) => o.seq },
            { header: '时间', width: 20, value: (o) => local(o.at) },
            { header: '操作人', value: (o) => o.actorName },
            { header: '操作', width: 24, value: (o) => o.action },
            { header: '对象', value: (o) => o.entity },
            { header: '对象编号', width: 38, value: (o) => o.entityId },
            { header: '变更内容', width: 60, value: (o) => JSON.stringify(o.changes) },
            { header: 'IP', value: (o) => o.ip },
            { header: '请求编号', width: 38, value: (o) => o.requestId },
          ],
          allPages((limit, offset) => pageOperations(db, req.query, limit, offset)),
        );
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', attachmentName('操作日志.xlsx'))
          .send(stream);
      },
    );
    r.get('/api/v1/audit/logins', { schema: { tags, summary: '登录日志', querystring: z.object({ ...loginFilter, ...page }) }, config }, async (req) => {
      const { page: p, pageSize, ...filter } = req.query;
      const result = await pageLogins(db, filter, pageSize, (p - 1) * pageSize);
      return { total: result.total, items: result.items.map((row) => ({ ...row, at: row.at.toISOString() })) };
    });
    r.get('/api/v1/audit/logins.xlsx', { schema: { tags, summary: '导出登录日志', querystring: z.object(loginFilter) }, config }, async (req, reply) => {
      const stream = streamWorkbook(
        '登录日志',
        [
          { header: '时间', width: 20, value: (l) => local(l.at) },
          { header: '用户名', value: (l) => l.username },
          { header: '事件', value: (l) => EVENT_LABELS[l.event] ?? l.event },
          { header: '结果', value: (l) => RESULT_LABELS[l.result] ?? l.result },
          { header: 'IP', value: (l) => l.ip },
          { header: '客户端', width: 50, value: (l) => l.userAgent },
        ],
        allPages((limit, offset) => pageLogins(db, req.query, limit, offset)),
      );
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentName('登录日志.xlsx'))
        .send(stream);
    });
  };
}
