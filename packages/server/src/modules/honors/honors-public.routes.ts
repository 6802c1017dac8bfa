import { fileObjectionBody, objectionCodeParam, objectionReceipt, publicNoticeView, publicObjectionView } from '@dandang/shared/honors/honor.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { fileObjection, objectionByCode } from './objections.service';
import { publicNotice } from './public-notice.service';

const tags = ['honors'];

/** The public notice and its objections: no login, rate-limited per address like the ballot. */
export function honorPublicRoutes(db: Db, cipher: FieldCipher, options: { rateLimit: number }) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const publicLimited = { public: true, rateLimit: { max: options.rateLimit, timeWindow: 60_000 } };
    r.get(
      '/api/v1/public/honor-notices/:id',
      { schema: { tags, summary: '评先评优公示（无需登录）', params: idParam, response: { 200: publicNoticeView } }, config: publicLimited },
      (req) => publicNotice(db, req.params.id, req.ctx.now),
    );
    r.post(
      '/api/v1/public/honor-notices/:id/objections',
      {
        schema: {
          tags,
          summary: '对公示对象提出异议（实名或匿名，返回查询码）',
          params: idParam,
          body: fileObjectionBody,
          response: { 200: objectionReceipt },
        },
        config: publicLimited,
      },
      (req) => fileObjection(db, cipher, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/public/honor-objections/:code',
      {
        schema: { tags, summary: '凭查询码查询异议办理结果（无需登录）', params: objectionCodeParam, response: { 200: publicObjectionView } },
        config: publicLimited,
      },
      (req) => objectionByCode(db, req.params.code),
    );
  };
}
