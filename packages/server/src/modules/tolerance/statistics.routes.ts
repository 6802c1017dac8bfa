import { statisticsQuery } from '@dandang/shared/platform/statistics';
import { toleranceStatistics as statisticsSchema } from '@dandang/shared/tolerance/tolerance-statistics.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { attachmentName, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { toleranceStatistics, toleranceStatisticsWorkbook } from './statistics.service';

const tags = ['tolerance'];
const config = { permission: 'tolerance.read' } as const;

/** 容错纠错统计 within the reader's scope, as figures and as a workbook. */
export function statisticsRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/tolerance/statistics',
      {
        schema: {
          tags,
          summary: '容错纠错统计：认定结果、办理阶段、单位、月份、各阶段用时、期限内认定占比',
          querystring: statisticsQuery,
          response: { 200: statisticsSchema },
        },
        config,
      },
      (req) => toleranceStatistics(db, req.ctx, req.query.year),
    );
    r.get(
      '/api/v1/tolerance/statistics.xlsx',
      { schema: { tags, summary: '导出容错纠错统计（Excel）', querystring: statisticsQuery }, config },
      async (req, reply) => {
        const { name, stream } = await toleranceStatisticsWorkbook(db, req.ctx, req.query.year);
        return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(stream);
      },
    );
  };
}
