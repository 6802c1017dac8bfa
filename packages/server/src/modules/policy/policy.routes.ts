import { versionField } from '@dandang/shared/platform/fields';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { listPolicies } from './policy.repository';
import { activatePolicy, clonePolicy, effectivePolicy, getPolicy, saveDraft, validateDocument } from './policy.service';

const tags = ['policy'];
const idParam = z.object({ id: z.uuid('编号格式不正确') });
const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const iso = <T extends { updatedAt: Date; createdAt?: Date }>(p: T) => ({ ...p, updatedAt: p.updatedAt.toISOString(), createdAt: p.createdAt?.toISOString() });

export function policyRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const read = { permission: 'policy.read' as const };
    const write = { permission: 'policy.write' as const };
    r.get('/api/v1/policies', { schema: { tags, summary: '政策版本列表' }, config: read }, async () => (await listPolicies(db)).map(iso));
    r.get(
      '/api/v1/policies/effective',
      { schema: { tags, summary: '某日生效的政策', querystring: z.object({ date: isoDate, jurisdictionId: z.uuid().optional() }) }, config: read },
      async (req) => iso(await effectivePolicy(db, req.query.date, req.query.jurisdictionId ?? null)),
    );
    r.get('/api/v1/policies/:id', { schema: { tags, summary: '政策版本详情', params: idParam }, config: read }, async (req) =>
      iso(await getPolicy(db, req.params.id)),
    );
    r.post(
      '/api/v1/policies/:id/clone',
      {
        schema: {
          tags,
          summary: '复制为新草稿',
          params: idParam,
          body: z.object({ name: z.string().trim().min(1).max(100).optional(), jurisdictionId: z.uuid().nullable().optional() }).default({}),
        },
        config: write,
      },
      async (req) => iso(await clonePolicy(db, req.ctx, req.params.id, req.body.name, req.body.jurisdictionId)),
    );
    r.put(
      '/api/v1/policies/:id',
      {
        schema: {
          tags,
          summary: '保存草稿',
          params: idParam,
          body: z.object({ name: z.string().trim().min(1, '请填写名称').max(100), document: z.unknown(), version: versionField }),
        },
        config: write,
      },
      async (req) => iso(await saveDraft(db, req.ctx, req.params.id, req.body)),
    );
    r.post(
      '/api/v1/policies/:id/validate',
      { schema: { tags, summary: '校验政策文档', params: idParam, body: z.object({ document: z.unknown() }) }, config: read },
      (req) => validateDocument(req.body.document),
    );
    r.post(
      '/api/v1/policies/:id/activate',
      {
        schema: { tags, summary: '启用（自某日起生效）', params: idParam, body: z.object({ effectiveFrom: isoDate, version: versionField }) },
        config: write,
      },
      async (req) => iso(await activatePolicy(db, req.ctx, req.params.id, req.body.effectiveFrom, req.body.version)),
    );
  };
}
