import { createSavedFilterBody, savedFilterSchema, savedFilterScreenQuery } from '@dandang/shared/cadres/cadre-search.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../../platform/db/client';
import { deleteFilter, listMyFilters, saveFilter } from './saved-filters.service';

const tags = ['cadres'];
// The only screen with saved filters is the roster, so reading the roster is what it takes.
const config = { permission: 'cadre.read' as const };

export function savedFilterRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/saved-filters',
      { schema: { tags, summary: '我的常用查询（仅本人可见）', querystring: savedFilterScreenQuery, response: { 200: z.array(savedFilterSchema) } }, config },
      (req) => listMyFilters(db, req.ctx, req.query.screen),
    );
    r.post(
      '/api/v1/saved-filters',
      { schema: { tags, summary: '保存常用查询（同一页面内名称不重复）', body: createSavedFilterBody, response: { 200: savedFilterSchema } }, config },
      (req) => saveFilter(db, req.ctx, req.body),
    );
    r.delete('/api/v1/saved-filters/:id', { schema: { tags, summary: '删除常用查询（仅本人的）', params: idParam }, config }, async (req, reply) => {
      await deleteFilter(db, req.ctx, req.params.id);
      return reply.status(204).send();
    });
  };
}
