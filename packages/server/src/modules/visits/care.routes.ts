import { idParam } from '@dandang/shared/org/org.schema';
import { careCandidate, careFlagBody, careFlagView, careRecordBody, careRecordView } from '@dandang/shared/visits/care.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { careCandidates, flagForCare, listCare, recordCare } from './care.service';

const tags = ['visits'];

/** 关心关爱: who may need care, a unit's request for it, and the care given. */
export function careRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/visits/care-candidates',
      {
        schema: {
          tags,
          summary: '关心关爱对象（近期被问责、澄清正名、单位提出）',
          response: { 200: z.object({ asOf: z.string(), items: z.array(careCandidate) }) },
        },
        config: { permission: 'visit.read' },
      },
      (req) => careCandidates(db, req.ctx),
    );
    r.post(
      '/api/v1/visits/care-flags',
      { schema: { tags, summary: '单位提出关心关爱需求', body: careFlagBody, response: { 200: careFlagView } }, config: { permission: 'visit.flag' } },
      (req) => flagForCare(db, req.ctx, req.body),
    );
    r.post(
      '/api/v1/visits/care',
      { schema: { tags, summary: '登记关心关爱记录', body: careRecordBody, response: { 200: careRecordView } }, config: { permission: 'visit.write' } },
      (req) => recordCare(db, req.ctx, req.body),
    );
    r.get(
      '/api/v1/cadres/:id/care',
      { schema: { tags, summary: '干部的关心关爱记录', params: idParam, response: { 200: z.array(careRecordView) } }, config: { permission: 'visit.read' } },
      (req) => listCare(db, req.ctx, req.params.id),
    );
  };
}
