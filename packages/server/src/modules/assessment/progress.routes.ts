import { EVIDENCE_MAX_BYTES, evidenceView, progressView, reportProgressBody, reviewProgressBody } from '@dandang/shared/assessment/target.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import { attachmentName } from '../../platform/excel/export';
import { downloadEvidence, uploadEvidence } from './evidence.service';
import { reportProgress, reviewProgress } from './progress.service';

const tags = ['assessment'];
const report = { permission: 'assessment.progress' } as const;

/** 进展填报与审核, and the evidence files reports cite. */
export function progressRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    // Only this plugin reads multipart bodies here: one evidence file, at most its limit (more answers 413).
    await app.register(multipart, { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 5, parts: 10 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/assessment/progress',
      { schema: { tags, summary: '填报目标任务进展（可一次填报多项）', body: reportProgressBody, response: { 200: z.array(progressView) } }, config: report },
      (req) => reportProgress(db, req.ctx, req.body),
    );
    r.post(
      '/api/v1/assessment/progress/:id/review',
      {
        schema: { tags, summary: '确认或退回进展', params: idParam, body: reviewProgressBody, response: { 200: progressView } },
        config: { permission: 'assessment.progress.review' },
      },
      (req) => reviewProgress(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/assessment/evidence',
      {
        schema: { tags, summary: '上传佐证材料（multipart，字段 file，最大 10 MB）', consumes: ['multipart/form-data'], response: { 200: evidenceView } },
        config: report,
      },
      async (req) => {
        const part = req.isMultipart() ? await req.file() : undefined;
        if (part?.fieldname !== 'file') throw validationError([{ path: 'file', message: '请以 multipart/form-data 上传文件（字段名 file）' }]);
        return uploadEvidence(db, req.ctx, { name: part.filename || 'evidence', bytes: await part.toBuffer() });
      },
    );
    r.get(
      '/api/v1/assessment/evidence/:id',
      { schema: { tags, summary: '下载佐证材料', params: idParam }, config: { permission: 'assessment.target.read' } },
      async (req, reply) => {
        const file = await downloadEvidence(db, req.ctx, req.params.id);
        return reply
          .type(file.contentType)
          .header('content-disposition', attachmentName(file.name))
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    );
  };
}
