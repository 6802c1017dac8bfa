import { jobSchema } from '@dandang/shared/jobs/job.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/client';
import { DomainError } from '../errors';
import { attachmentName } from '../excel/export';
import { getJob, getJobFile, sweepJobs } from './jobs.service';

const tags = ['jobs'];

/** The owner's actor id; every job route needs a signed-in user (the auth hook refuses anonymous calls). */
function ownerOf(ctx: { actor: { userId: string } | null }): string {
  if (!ctx.actor) throw new DomainError('AUTH_REQUIRED');
  return ctx.actor.userId;
}

export function jobRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    app.addHook('onReady', () => sweepJobs(db));
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/jobs/:id', { schema: { tags, summary: '后台任务进度（仅发起人可见）', params: idParam, response: { 200: jobSchema } } }, (req) =>
      getJob(db, ownerOf(req.ctx), req.params.id),
    );
    r.get('/api/v1/jobs/:id/file', { schema: { tags, summary: '下载后台任务生成的文件（仅发起人可下载）', params: idParam } }, async (req, reply) => {
      const file = await getJobFile(db, ownerOf(req.ctx), req.params.id);
      return reply
        .header('content-type', file.name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/octet-stream')
        .header('content-disposition', attachmentName(file.name))
        .header('cache-control', 'no-store')
        .send(file.stream);
    });
  };
}
