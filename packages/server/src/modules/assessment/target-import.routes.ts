import { TARGET_IMPORT_MAX_BYTES, TARGET_IMPORT_TEMPLATE_FILE_NAME, targetImportResult } from '@dandang/shared/assessment/target-import.schema';
import { idParam } from '@dandang/shared/org/org.schema';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { attachmentName, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { importTargets } from './target-import.service';
import { targetImportTemplate } from './target-import-template';

const tags = ['assessment'];
const write = { permission: 'assessment.target.write' } as const;

/** 目标任务导入: the template with the cycle's targets in view, and the upload that adds new ones, all or none. */
export function targetImportRoutes(db: Db, cipher: FieldCipher) {
  return async (app: FastifyInstance) => {
    // Only this plugin reads multipart bodies here: one workbook, at most the import's limit (more answers 413).
    await app.register(multipart, { limits: { fileSize: TARGET_IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 10 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/assessment/cycles/:id/targets/import-template',
      { schema: { tags, summary: '下载目标任务导入模板（列出本人可查看的已有目标）', params: idParam }, config: write },
      async (req, reply) => {
        const stream = await targetImportTemplate(db, req.ctx, req.params.id);
        return reply
          .type(XLSX_CONTENT_TYPE)
          .header('content-disposition', attachmentName(TARGET_IMPORT_TEMPLATE_FILE_NAME))
          .header('cache-control', 'private, no-store')
          .send(stream);
      },
    );
    r.post(
      '/api/v1/assessment/cycles/:id/targets/import',
      {
        schema: {
          tags,
          summary: '导入目标任务（multipart，字段 file；全部写入或全部不写入，错误按行、列列出）',
          params: idParam,
          consumes: ['multipart/form-data'],
          response: { 200: targetImportResult },
        },
        config: write,
      },
      async (req) => {
        if (!req.isMultipart()) throw new DomainError('IMPORT_NOT_XLSX', undefined, '请以 multipart/form-data 上传文件（字段名 file）');
        const part = await req.file();
        if (part?.fieldname !== 'file') throw new DomainError('IMPORT_NOT_XLSX', undefined, '请选择要上传的文件（字段名 file）');
        // Throws a 413 as soon as the limit is passed, without reading the rest.
        return importTargets(db, cipher, req.ctx, req.params.id, await part.toBuffer());
      },
    );
  };
}
