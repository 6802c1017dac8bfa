import { createSupervisionBody, revokeSupervisionBody, supervisionRecordSchema, updateSupervisionBody } from '@dandang/shared/cadres/supervision.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import { createSupervision, listSupervision, revokeSupervision, updateSupervision } from './supervision.service';

const tags = ['cadres'];
const read = { permission: 'supervision.read' } as const;
const write = { permission: 'supervision.write' } as const;

/** Supervision records (谈心谈话、提醒、函询、诫勉) of a cadre; 提醒、函询、诫勉 also write their measure. */
export function supervisionRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/cadres/:id/supervision',
      { schema: { tags, summary: '干部的监督记录（含已撤销）', params: idParam, response: { 200: z.array(supervisionRecordSchema) } }, config: read },
      (req) => listSupervision(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/cadres/:id/supervision',
      {
        schema: {
          tags,
          summary: '登记监督记录（提醒、函询、诫勉同时登记处理处分措施）',
          params: idParam,
          body: createSupervisionBody,
          response: { 200: supervisionRecordSchema },
        },
        config: write,
      },
      (req) => createSupervision(db, req.ctx, req.params.id, req.body),
    );
    r.patch(
      '/api/v1/supervision/:id',
      {
        schema: { tags, summary: '修改监督记录（如函询办结）', params: idParam, body: updateSupervisionBody, response: { 200: supervisionRecordSchema } },
        config: write,
      },
      (req) => updateSupervision(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/supervision/:id/revoke',
      {
        schema: {
          tags,
          summary: '撤销监督记录（同时撤销其处理处分措施）',
          params: idParam,
          body: revokeSupervisionBody,
          response: { 200: supervisionRecordSchema },
        },
        config: write,
      },
      (req) => revokeSupervision(db, req.ctx, req.params.id, req.body),
    );
  };
}
