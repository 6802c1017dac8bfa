import { schemeBody, schemeQuery, schemeView, updateSchemeBody } from '@dandang/shared/assessment/scheme.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import { versionQuery } from '@dandang/shared/platform/fields';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { createScheme, deleteScheme, getScheme, listSchemes, updateScheme } from './schemes.service';

const tags = ['assessment'];
const read = { permission: 'assessment.read' } as const;
const config = { permission: 'assessment.config' } as const;

/** 考核方案: weighted indicators, bonus and deduction items, rater groups and the final-score formula, per category. */
export function schemeRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/assessment/schemes',
      { schema: { tags, summary: '考核方案', querystring: schemeQuery, response: { 200: z.array(schemeView) } }, config: read },
      (req) => listSchemes(db, req.query.category),
    );
    r.post(
      '/api/v1/assessment/schemes',
      { schema: { tags, summary: '新建考核方案（指标权重合计须为 100）', body: schemeBody, response: { 200: schemeView } }, config },
      (req) => createScheme(db, req.ctx, req.body),
    );
    r.get('/api/v1/assessment/schemes/:id', { schema: { tags, summary: '考核方案', params: idParam, response: { 200: schemeView } }, config: read }, (req) =>
      getScheme(db, req.params.id),
    );
    r.put(
      '/api/v1/assessment/schemes/:id',
      { schema: { tags, summary: '修改考核方案', params: idParam, body: updateSchemeBody, response: { 200: schemeView } }, config },
      (req) => updateScheme(db, req.ctx, req.params.id, req.body),
    );
    r.delete(
      '/api/v1/assessment/schemes/:id',
      { schema: { tags, summary: '删除考核方案', params: idParam, querystring: versionQuery, response: { 204: z.null() } }, config },
      async (req, reply) => {
        await deleteScheme(db, req.ctx, req.params.id, req.query.version);
        return reply.status(204).send(null);
      },
    );
  };
}
