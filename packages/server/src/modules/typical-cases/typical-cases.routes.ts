import { idParam } from '@dandang/shared/org/org.schema';
import {
  createTypicalCaseBody,
  publishTypicalCaseBody,
  reworkTypicalCaseBody,
  typicalCaseListQuery,
  typicalCasePage,
  typicalCaseView,
  updateTypicalCaseBody,
  withdrawTypicalCaseBody,
} from '@dandang/shared/typical-cases/typical-case.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { attachmentName, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { DOCX_CONTENT_TYPE } from '../../platform/word/official';
import { createTypicalCase } from './create.service';
import { updateTypicalCase } from './edit.service';
import { typicalCaseDocument, typicalCaseWorkbook } from './export.service';
import { publishTypicalCase, reworkTypicalCase, withdrawTypicalCase } from './lifecycle.service';
import { getTypicalCase, listTypicalCases } from './read.service';

const tags = ['typical-cases'];
const read = { permission: 'typical_case.read' } as const;
const publish = { permission: 'typical_case.publish' } as const;
const answer = { 200: typicalCaseView };

/**
 * 典型案例 (issue 6 item 6): drafts generated in redacted form from decided tolerance and accountability cases, edited
 * and reviewed, published to every reader, withdrawn; read as a library, printed as Word, listed in Excel.
 */
export function typicalCaseRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/typical-cases',
      {
        schema: { tags, summary: '由已认定的容错案件或已决定的问责案件生成典型案例草稿（自动脱敏）', body: createTypicalCaseBody, response: answer },
        config: publish,
      },
      async (req) => getTypicalCase(db, req.ctx, await createTypicalCase(db, req.ctx, req.body)),
    );
    r.get(
      '/api/v1/typical-cases',
      {
        schema: {
          tags,
          summary: '典型案例库（阅读者仅见已发布的；发布者另见草稿和已撤回的）',
          querystring: typicalCaseListQuery,
          response: { 200: typicalCasePage },
        },
        config: read,
      },
      (req) => listTypicalCases(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/typical-cases.xlsx',
      { schema: { tags, summary: '导出典型案例列表（Excel，按当前筛选条件）', querystring: typicalCaseListQuery }, config: read },
      async (req, reply) => {
        const { name, stream } = typicalCaseWorkbook(db, req.ctx, req.query);
        return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(stream);
      },
    );
    r.get(
      '/api/v1/typical-cases/:id',
      { schema: { tags, summary: '典型案例（草稿和已撤回的仅发布者可见；来源案件仅发布者可见）', params: idParam, response: answer }, config: read },
      (req) => getTypicalCase(db, req.ctx, req.params.id),
    );
    r.get('/api/v1/typical-cases/:id.docx', { schema: { tags, summary: '下载典型案例（Word）', params: idParam }, config: read }, async (req, reply) => {
      const { name, buffer } = await typicalCaseDocument(db, req.ctx, req.params.id);
      // A draft is for its reviewers: not kept in any cache on the way.
      return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).header('cache-control', 'private, no-store').send(buffer);
    });
    r.put(
      '/api/v1/typical-cases/:id',
      {
        schema: {
          tags,
          summary: '修改典型案例草稿（标题、基本案情、处理结果、案例评析、标签）',
          params: idParam,
          body: updateTypicalCaseBody,
          response: answer,
        },
        config: publish,
      },
      async (req) => {
        await updateTypicalCase(db, req.ctx, req.params.id, req.body);
        return getTypicalCase(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/typical-cases/:id/publish',
      {
        schema: {
          tags,
          summary: '审核发布（仍含当事人姓名、单位名称、身份证号或手机号的拒绝发布：REDACTION_INCOMPLETE）',
          params: idParam,
          body: publishTypicalCaseBody,
          response: answer,
        },
        config: publish,
      },
      async (req) => {
        await publishTypicalCase(db, req.ctx, req.params.id, req.body);
        return getTypicalCase(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/typical-cases/:id/withdraw',
      { schema: { tags, summary: '撤回已发布的典型案例', params: idParam, body: withdrawTypicalCaseBody, response: answer }, config: publish },
      async (req) => {
        await withdrawTypicalCase(db, req.ctx, req.params.id, req.body);
        return getTypicalCase(db, req.ctx, req.params.id);
      },
    );
    r.post(
      '/api/v1/typical-cases/:id/rework',
      { schema: { tags, summary: '已撤回的典型案例退回草稿，重新编辑', params: idParam, body: reworkTypicalCaseBody, response: answer }, config: publish },
      async (req) => {
        await reworkTypicalCase(db, req.ctx, req.params.id, req.body);
        return getTypicalCase(db, req.ctx, req.params.id);
      },
    );
  };
}
