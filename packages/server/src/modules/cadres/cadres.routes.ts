import { cadreSchema, createCadreBody, idNumberSchema, updateCadreBody } from '@dandang/shared/cadres/cadre.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { createCadre, getCadre, updateCadre } from './cadres.service';
import { readIdNumber } from './id-number.service';
import { postRoutes } from './posts.routes';
import { rotationRoutes } from './search/rotation.routes';
import { savedFilterRoutes } from './search/saved-filters.routes';
import { searchRoutes } from './search/search.routes';

const tags = ['cadres'];

export function cadreRoutes(db: Db, cipher: FieldCipher) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    // The roster list and its search live in ./search; registered first so /cadres/rotation-alerts etc. stay static routes.
    await app.register(searchRoutes(db, cipher));
    await app.register(rotationRoutes(db));
    await app.register(savedFilterRoutes(db));
    r.post(
      '/api/v1/cadres',
      { schema: { tags, summary: '新增干部', body: createCadreBody, response: { 200: cadreSchema } }, config: { permission: 'cadre.write' } },
      (req) => createCadre(db, cipher, req.ctx, req.body),
    );
    r.get(
      '/api/v1/cadres/:id',
      { schema: { tags, summary: '干部详情', params: idParam, response: { 200: cadreSchema } }, config: { permission: 'cadre.read' } },
      (req) => getCadre(db, req.ctx, req.params.id),
    );
    r.patch(
      '/api/v1/cadres/:id',
      {
        schema: { tags, summary: '修改干部信息（须带读取时的 version）', params: idParam, body: updateCadreBody, response: { 200: cadreSchema } },
        config: { permission: 'cadre.write' },
      },
      (req) => updateCadre(db, cipher, req.ctx, req.params.id, req.body),
    );
    r.get(
      '/api/v1/cadres/:id/id-number',
      {
        schema: { tags, summary: '查看完整身份证号（记入操作日志）', params: idParam, response: { 200: idNumberSchema } },
        config: { permission: 'cadre.id_number' },
      },
      async (req, reply) => {
        // The full number must not linger in a browser or proxy cache.
        reply.header('cache-control', 'no-store');
        return readIdNumber(db, cipher, req.ctx, req.params.id);
      },
    );
    await app.register(postRoutes(db));
  };
}
