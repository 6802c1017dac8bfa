import { advanceCycleBody, cycleBody, cycleView, participantsQuery, participantView } from '@dandang/shared/assessment/cycle.schema';
import { SCHEME_CATEGORIES } from '@dandang/shared/assessment/scheme.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import { versionQuery } from '@dandang/shared/platform/fields';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { advanceCycle, createCycle, cyclePopulation, deleteCycle, getCycle, listCycleParticipants, listCycles } from './cycles.service';

const tags = ['assessment'];
const read = { permission: 'assessment.read' } as const;
const config = { permission: 'assessment.config' } as const;
const results = { permission: 'assessment.result.read' } as const;

/** 考核周期: set up, open (fixing the population), move stage by stage with working-day deadlines, and list participants. */
export function cycleRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/assessment/cycles',
      { schema: { tags, summary: '考核周期（含阶段期限与是否逾期）', response: { 200: z.array(cycleView) } }, config: read },
      (req) => listCycles(db, req.ctx),
    );
    r.post('/api/v1/assessment/cycles', { schema: { tags, summary: '新建考核周期（草稿）', body: cycleBody, response: { 200: cycleView } }, config }, (req) =>
      createCycle(db, req.ctx, req.body),
    );
    r.get('/api/v1/assessment/cycles/:id', { schema: { tags, summary: '考核周期', params: idParam, response: { 200: cycleView } }, config: read }, (req) =>
      getCycle(db, req.ctx, req.params.id),
    );
    r.delete(
      '/api/v1/assessment/cycles/:id',
      { schema: { tags, summary: '删除草稿状态的考核周期', params: idParam, querystring: versionQuery, response: { 204: z.null() } }, config },
      async (req, reply) => {
        await deleteCycle(db, req.ctx, req.params.id, req.query.version);
        return reply.status(204).send(null);
      },
    );
    r.post(
      '/api/v1/assessment/cycles/:id/advance',
      { schema: { tags, summary: '进入下一阶段（启动时确定考核对象）', params: idParam, body: advanceCycleBody, response: { 200: cycleView } }, config },
      (req) => advanceCycle(db, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/population',
      {
        schema: {
          tags,
          summary: '各类别考核对象人数（草稿按当前名册预估）',
          params: idParam,
          response: { 200: z.array(z.object({ category: z.enum(SCHEME_CATEGORIES), count: z.number() })) },
        },
        config: read,
      },
      (req) => cyclePopulation(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/assessment/cycles/:id/participants',
      {
        schema: {
          tags,
          summary: '考核对象（按查看人的数据范围）',
          params: idParam,
          querystring: participantsQuery,
          response: { 200: z.object({ items: z.array(participantView), total: z.number() }) },
        },
        config: results,
      },
      (req) => listCycleParticipants(db, req.ctx, req.params.id, req.query),
    );
  };
}
