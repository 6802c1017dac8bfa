import { statisticsView } from '@dandang/shared/accountability/statistics.schema';
import { statisticsQuery } from '@dandang/shared/platform/statistics';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { attachmentName, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { accountabilityStatistics, accountabilityStatisticsWorkbook } from './statistics.service';

const tags = ['accountability'];
const read = { permission: 'accountability.read' } as const;

/** 问责统计 of a year within the reader's scope, as JSON and as a workbook. */
export function accountabilityStatisticsRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/accountability/statistics',
      {
        schema: {
          tags,
          summary: '问责统计（按方式、提出机关、单位、月份；重复问责、申诉、平均用时）',
          querystring: statisticsQuery,
          response: { 200: statisticsView },
        },
        config: read,
      },
      (req) => accountabilityStatistics(db, req.ctx, req.query.year),
    );
    r.get(
      '/api/v1/accountability/statistics.xlsx',
      { schema: { tags, summary: '导出问责统计（Excel）', querystring: statisticsQuery }, config: read },
      async (req, reply) => {
        const { name, stream } = await accountabilityStatisticsWorkbook(db, req.ctx, req.query.year);
        return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(stream);
      },
    );
  };
}
