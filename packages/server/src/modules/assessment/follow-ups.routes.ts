import { closeFollowUpBody, followUpPage, followUpQuery, followUpView } from '@dandang/shared/assessment/follow-up.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { closeFollowUp, listFollowUps } from './follow-ups.service';

const tags = ['assessment'];
const config = { permission: 'assessment.follow_up' } as const;

/** 考核结果运用: the tasks published annual grades give, within the reader's scope. */
export function followUpRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/assessment/follow-ups',
      {
        schema: {
          tags,
          summary: '考核结果运用事项（嘉奖、记三等功、诫勉、降低层次、辞退审查、人才库复核、能上能下）',
          querystring: followUpQuery,
          response: { 200: followUpPage },
        },
        config,
      },
      (req) => listFollowUps(db, req.ctx, req.query),
    );
    r.post(
      '/api/v1/assessment/follow-ups/:id/close',
      { schema: { tags, summary: '办结或不予处理', params: idParam, body: closeFollowUpBody, response: { 200: followUpView } }, config },
      (req) => closeFollowUp(db, req.ctx, req.params.id, req.body),
    );
  };
}
