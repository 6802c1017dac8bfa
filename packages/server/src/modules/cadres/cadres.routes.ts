import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { getCadre, listCadres, updateCadre } from './cadres.service';

const tags = ['cadres'];
const idParam = z.object({ id: z.uuid('编号格式不正确') });
const cadreSchema = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.string(),
  birthDate: z.string(),
  ethnicity: z.string(),
  education: z.string(),
  politicalStatus: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  post: z.string(),
  rank: z.string(),
  phone: z.string(),
  version: z.number(),
});

export function cadreRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/cadres',
      {
        schema: {
          tags,
          summary: '干部名册（按数据权限）',
          querystring: z.object({
            unitId: z.uuid().optional(),
            keyword: z.string().trim().max(20).optional(),
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(500).default(20),
          }),
          response: { 200: z.object({ items: z.array(cadreSchema), total: z.number() }) },
        },
        config: { permission: 'cadre.read' },
      },
      (req) => listCadres(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/cadres/:id',
      { schema: { tags, summary: '干部详情', params: idParam, response: { 200: cadreSchema } }, config: { permission: 'cadre.read' } },
      (req) => getCadre(db, req.ctx, req.params.id),
    );
    r.patch(
      '/api/v1/cadres/:id',
      {
        schema: {
          tags,
          summary: '修改干部基本信息',
          params: idParam,
          body: z.object({
            post: z.string().trim().max(100).optional(),
            rank: z.string().trim().max(50).optional(),
            phone: z
              .string()
              .trim()
              .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})?$/, '电话号码格式不正确')
              .optional(),
            version: z.number().int().min(1),
          }),
          response: { 200: cadreSchema },
        },
        config: { permission: 'cadre.write' },
      },
      (req) => updateCadre(db, req.ctx, req.params.id, req.body),
    );
  };
}
