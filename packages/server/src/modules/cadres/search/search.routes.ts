import { cadreCountSchema, cadreFilterSchema, cadreSearchPageSchema, cadreSearchQuery } from '@dandang/shared/cadres/cadre-search.schema';
import { jobStartedSchema } from '@dandang/shared/jobs/job.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { FieldCipher } from '../../../platform/crypto/sm';
import type { Db } from '../../../platform/db/client';
import { attachmentName } from '../../../platform/excel/export';
import { exportDirect, ROSTER_FILE, startExportJob } from './export.service';
import { countCadreList, searchCadreList } from './search.service';

const tags = ['cadres'];

export function searchRoutes(db: Db, cipher: FieldCipher) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/cadres',
      {
        schema: {
          tags,
          summary: '干部名册与查询（单位、职级、三龄、学历、任职经历、标签、人才库、可提拔；按数据权限；身份证号只显示脱敏值）',
          querystring: cadreSearchQuery,
          response: { 200: cadreSearchPageSchema },
        },
        config: { permission: 'cadre.read' },
      },
      (req) => searchCadreList(db, cipher, req.ctx, req.query),
    );
    r.get(
      '/api/v1/cadres/count',
      {
        schema: {
          tags,
          summary: '统计干部名册查询结果的准确人数（与名册相同的查询条件与数据权限）',
          querystring: cadreFilterSchema,
          response: { 200: cadreCountSchema },
        },
        config: { permission: 'cadre.read' },
      },
      (req) => countCadreList(db, cipher, req.ctx, req.query),
    );
    r.get(
      '/api/v1/cadres/export.xlsx',
      {
        schema: { tags, summary: '导出干部名册（当前查询条件，至多 2000 条；更多请用后台导出）', querystring: cadreFilterSchema },
        config: { permission: 'cadre.read' },
      },
      async (req, reply) => {
        const stream = await exportDirect(db, cipher, req.ctx, req.query);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', attachmentName(ROSTER_FILE))
          .header('cache-control', 'no-store')
          .send(stream);
      },
    );
    r.post(
      '/api/v1/cadres/exports',
      {
        schema: { tags, summary: '后台导出干部名册（任意条数；进度与文件见 /api/v1/jobs/{id}）', body: cadreFilterSchema, response: { 202: jobStartedSchema } },
        config: { permission: 'cadre.read' },
      },
      async (req, reply) => {
        const job = await startExportJob(db, cipher, req.ctx, req.log, req.body);
        return reply.status(202).send({ job });
      },
    );
  };
}
