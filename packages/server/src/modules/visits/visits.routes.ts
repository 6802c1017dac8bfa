import { idParam } from '@dandang/shared/org/org.schema';
import {
  cadreVisitPlan,
  createVisitBody,
  recommendationsQuery,
  recommendationView,
  recommendedCadre,
  updateVisitBody,
  visitPlansQuery,
  visitPlanView,
  visitRecordSchema,
} from '@dandang/shared/visits/visit.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { cadreRecommendations, listRecommendations, listVisitPlans, cadreVisitPlan as planOfCadre } from './visit-plans.service';
import { createVisit, updateVisit } from './visit-records.service';

const tags = ['visits'];
const read = { permission: 'visit.read' } as const;
const write = { permission: 'visit.write' } as const;

/** 回访教育: plans derived from the measures register, visit records, and the recommendations for use they give. */
export function visitRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/visits/plans',
      {
        schema: {
          tags,
          summary: '回访计划（逾期即预警），按干部所在单位限定范围',
          querystring: visitPlansQuery,
          response: { 200: z.object({ asOf: z.string(), items: z.array(visitPlanView) }) },
        },
        config: read,
      },
      (req) => listVisitPlans(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/cadres/:id/visit-plan',
      { schema: { tags, summary: '干部的回访计划与回访记录', params: idParam, response: { 200: cadreVisitPlan } }, config: read },
      (req) => planOfCadre(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/cadres/:id/recommendations',
      {
        schema: {
          tags,
          summary: '干部的推荐使用建议（影响期结束后生效）',
          params: idParam,
          response: { 200: z.object({ asOf: z.string(), items: z.array(recommendationView) }) },
        },
        config: read,
      },
      (req) => cadreRecommendations(db, req.ctx, req.params.id),
    );
    r.get(
      '/api/v1/visits/recommendations',
      {
        schema: {
          tags,
          summary: '推荐使用建议（供提拔使用初步人选审查；影响期结束后生效）',
          querystring: recommendationsQuery,
          response: { 200: z.object({ asOf: z.string(), items: z.array(recommendedCadre) }) },
        },
        config: read,
      },
      (req) => listRecommendations(db, req.ctx, req.query),
    );
    r.post('/api/v1/visits', { schema: { tags, summary: '登记回访记录', body: createVisitBody, response: { 200: visitRecordSchema } }, config: write }, (req) =>
      createVisit(db, req.ctx, req.body),
    );
    r.patch(
      '/api/v1/visits/:id',
      {
        schema: { tags, summary: '修改回访情况、结果或推荐使用建议', params: idParam, body: updateVisitBody, response: { 200: visitRecordSchema } },
        config: write,
      },
      (req) => updateVisit(db, req.ctx, req.params.id, req.body),
    );
  };
}
