import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { listDictionaries, replaceItems } from './dictionaries.service';

const itemSchema = z.object({
  value: z.string().trim().min(1, '请填写代码').max(50),
  label: z.string().trim().min(1, '请填写名称').max(100),
  sortOrder: z.number().int().min(0).max(100000),
  color: z.string().trim().max(20).nullable(),
  disabled: z.boolean(),
});

export function dictionaryRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/dictionaries', { schema: { tags: ['org'], summary: '数据字典' } }, () => listDictionaries(db));
    r.put(
      '/api/v1/dictionaries/:code',
      {
        schema: {
          tags: ['org'],
          summary: '修改字典项',
          params: z.object({ code: z.string().max(50) }),
          body: z.object({ items: z.array(itemSchema).max(1000) }),
        },
        config: { permission: 'dict.write' },
      },
      (req) => replaceItems(db, req.ctx, req.params.code, req.body.items),
    );
  };
}
