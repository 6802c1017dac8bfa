import { adjustmentPage, adjustmentQuery, adjustmentView, openAdjustmentBody } from '@dandang/shared/accountability/adjustment.schema';
import { transitionBody } from '@dandang/shared/cases/case.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { actionParams } from './accountability.routes';
import { actOnAdjustment } from './adjustment-actions.service';
import { getAdjustment, listAdjustments, openAdjustment } from './adjustments.service';

const tags = ['accountability'];
const read = { permission: 'adjustment.read' } as const;
const handle = { permission: 'adjustment.handle' } as const;

/** 不担当不作为 clues and 能上能下 adjustments. */
export function adjustmentRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/adjustments',
      {
        schema: { tags, summary: '登记不担当不作为线索（可由考核结果运用的“能上能下”事项转入）', body: openAdjustmentBody, response: { 200: adjustmentView } },
        config: handle,
      },
      (req) => openAdjustment(db, req.ctx, req.body),
    );
    r.get(
      '/api/v1/adjustments',
      { schema: { tags, summary: '不担当不作为线索与能上能下调整', querystring: adjustmentQuery, response: { 200: adjustmentPage } }, config: read },
      (req) => listAdjustments(db, req.ctx, req.query),
    );
    r.get('/api/v1/adjustments/:id', { schema: { tags, summary: '线索与调整详情', params: idParam, response: { 200: adjustmentView } }, config: read }, (req) =>
      getAdjustment(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/adjustments/:id/actions/:action',
      {
        schema: {
          tags,
          summary: '办理线索（verify 核实、hear 听取陈述、submit 提请集体研究、adjust 作出调整、dismiss 不予调整）',
          params: actionParams,
          body: transitionBody,
          response: { 200: adjustmentView },
        },
        config: read,
      },
      (req) => actOnAdjustment(db, req.ctx, req.params.id, req.params.action, req.body),
    );
  };
}
