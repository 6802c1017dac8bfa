import {
  IMPORT_ERROR_FILE_NAME,
  IMPORT_MAX_BYTES,
  IMPORT_TEMPLATE_FILE_NAME,
  importChangePageSchema,
  importIssuePageSchema,
  importJobParam,
  importPageQuery,
  importStartedSchema,
} from '@dandang/shared/cadres/cadre-import.schema';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../../platform/crypto/sm';
import type { Db } from '../../../platform/db/client';
import { DomainError } from '../../../platform/errors';
import { attachmentName } from '../../../platform/excel/export';
import { commit, errorWorkbook, importTemplate, listChanges, listIssues, startImport } from './import.service';

const tags = ['cadres'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (reply: FastifyReply, name: string) =>
  reply.header('content-type', XLSX).header('content-disposition', attachmentName(name)).header('cache-control', 'no-store');

export function cadreImportRoutes(db: Db, cipher: FieldCipher) {
  return async (app: FastifyInstance) => {
    // Only this plugin reads multipart bodies; one file, at most the import's limit (more answers 413).
    await app.register(multipart, { limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 10, parts: 20 } });
    const r = app.withTypeProvider<ZodTypeProvider>();
    const write = { permission: 'cadre.write' } as const;

    r.get('/api/v1/cadres/import-template', { schema: { tags, summary: '下载干部名册导入模板' }, config: write }, async (req, reply) =>
      download(reply, IMPORT_TEMPLATE_FILE_NAME).send(await importTemplate(db, req.ctx)),
    );

    r.post(
      '/api/v1/cadres/imports',
      {
        schema: { tags, summary: '上传干部名册（multipart，字段 file），开始检查', consumes: ['multipart/form-data'], response: { 202: importStartedSchema } },
        config: write,
      },
      async (req, reply) => {
        if (!req.isMultipart()) throw new DomainError('IMPORT_NOT_XLSX', undefined, '请以 multipart/form-data 上传文件（字段名 file）');
        const part = await req.file();
        if (part?.fieldname !== 'file') throw new DomainError('IMPORT_NOT_XLSX', undefined, '请选择要上传的文件（字段名 file）');
        // Throws a 413 as soon as the limit is passed, without reading the rest.
        const bytes = await part.toBuffer();
        const job = await startImport(db, cipher, req.log, req.ctx, { name: part.filename || 'upload.xlsx', bytes });
        return reply.status(202).send({ job: job as never });
      },
    );

    r.get(
      '/api/v1/cadres/imports/:jobId/issues',
      {
        schema: {
          tags,
          summary: '导入检查发现的全部错误（按行、列）',
          params: importJobParam,
          querystring: importPageQuery,
          response: { 200: importIssuePageSchema },
        },
        config: write,
      },
      (req) => listIssues(db, req.ctx, req.params.jobId, req.query.page, req.query.pageSize),
    );
    r.get(
      '/api/v1/cadres/imports/:jobId/changes',
      {
        schema: {
          tags,
          summary: '导入将新增或修改的干部（差异预览）',
          params: importJobParam,
          querystring: importPageQuery,
          response: { 200: importChangePageSchema },
        },
        config: write,
      },
      (req) => listChanges(db, req.ctx, req.params.jobId, req.query.page, req.query.pageSize),
    );
    r.get(
      '/api/v1/cadres/imports/:jobId/error-workbook',
      { schema: { tags, summary: '下载标出错误的工作簿（增加“错误说明”列）', params: importJobParam }, config: write },
      async (req, reply) => download(reply, IMPORT_ERROR_FILE_NAME).send(await errorWorkbook(db, req.ctx, req.params.jobId)),
    );
    r.post(
      '/api/v1/cadres/imports/:jobId/commit',
      {
        schema: { tags, summary: '确认提交导入（一个事务，全部写入或全部不写入）', params: importJobParam, response: { 202: importStartedSchema } },
        config: write,
      },
      async (req, reply) => reply.status(202).send({ job: (await commit(db, req.log, req.ctx, req.params.jobId)) as never }),
    );
  };
}
