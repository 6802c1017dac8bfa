import {
  caseAttachmentView,
  caseCommentView,
  caseDetail as caseDetailSchema,
  commentBody,
  decideExtensionBody,
  dueList,
  dueQuery,
  extensionBody,
  linkBody,
} from '@dandang/shared/cases/case.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import { ATTACHMENT_MAX_BYTES } from '@dandang/shared/platform/attachments';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import { attachmentName } from '../../platform/excel/export';
import { caseDetail } from './case-detail.service';
import { addComment, downloadAttachment, uploadAttachment } from './case-files.service';
import { addLink } from './case-links.service';
import { dueCases } from './due.service';
import { decideExtension, requestExtension } from './extensions.service';

const tags = ['cases'];
const fileParams = z.object({ id: z.uuid('案件编号格式不正确'), fileId: z.uuid('附件编号格式不正确') });
const extensionParams = z.object({ id: z.uuid('案件编号格式不正确'), extensionId: z.uuid('延期申请编号格式不正确') });

/**
 * What every case type shares: its page with the timeline, comments, files, links between cases, extensions, and the
 * overdue and due-soon lists. Each case type's permission is asked by the services, so the routes only need a login.
 */
export function caseRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    await app.register(multipart, { limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1, fields: 5, parts: 10 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/cases/due', { schema: { tags, summary: '逾期与临期案件（按工作日）', querystring: dueQuery, response: { 200: dueList } } }, (req) =>
      dueCases(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/cases/:id',
      { schema: { tags, summary: '案件详情：办理过程、意见、附件、关联案件、延期', params: idParam, response: { 200: caseDetailSchema } } },
      (req) => caseDetail(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/cases/:id/comments',
      { schema: { tags, summary: '添加办理意见', params: idParam, body: commentBody, response: { 200: caseCommentView } } },
      (req) => addComment(db, req.ctx, req.params.id, req.body.body),
    );
    r.post(
      '/api/v1/cases/:id/attachments',
      {
        schema: {
          tags,
          summary: '上传案件附件（multipart，字段 file，最大 10 MB）',
          params: idParam,
          consumes: ['multipart/form-data'],
          response: { 200: caseAttachmentView },
        },
      },
      async (req) => {
        const part = req.isMultipart() ? await req.file() : undefined;
        if (part?.fieldname !== 'file') throw validationError([{ path: 'file', message: '请以 multipart/form-data 上传文件（字段名 file）' }]);
        return uploadAttachment(db, req.ctx, req.params.id, { name: part.filename || 'attachment', bytes: await part.toBuffer() });
      },
    );
    r.get('/api/v1/cases/:id/attachments/:fileId', { schema: { tags, summary: '下载案件附件', params: fileParams } }, async (req, reply) => {
      const file = await downloadAttachment(db, req.ctx, req.params.id, req.params.fileId);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachmentName(file.name))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    });
    r.post(
      '/api/v1/cases/:id/links',
      { schema: { tags, summary: '关联案件', params: idParam, body: linkBody, response: { 200: caseDetailSchema } } },
      async (req) => {
        await addLink(db, req.ctx, req.params.id, req.body);
        return caseDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/cases/:id/extensions',
      { schema: { tags, summary: '申请延期', params: idParam, body: extensionBody, response: { 200: caseDetailSchema } } },
      async (req) => {
        await requestExtension(db, req.ctx, req.params.id, req.body);
        return caseDetail(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/cases/:id/extensions/:extensionId/decide',
      { schema: { tags, summary: '审批延期申请', params: extensionParams, body: decideExtensionBody, response: { 200: caseDetailSchema } } },
      async (req) => {
        await decideExtension(db, req.ctx, req.params.id, req.params.extensionId, req.body);
        return caseDetail(db, req.ctx, req.params.id);
      },
    );
  };
}
