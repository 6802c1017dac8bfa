import { complaintStatistics as statisticsSchema } from '@dandang/shared/complaints/complaint-statistics.schema';
import { statisticsQuery } from '@dandang/shared/platform/statistics';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { attachmentName, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { complaintStatistics, complaintStatisticsWorkbook } from './statistics.service';

const tags = ['complaints'];
const config = { permission: 'complaint.read' } as const;

/** 检举控告统计 within the reader's scope, as figures and as a workbook. */
export function complaintStatisticsRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/complaints/statistics',
      {
        schema: {
          tags,
          summary: '检举控告统计：来源渠道、核查结论、被反映人单位、受理月份、澄清正名率、诬告陷害处理',
          querystring: statisticsQuery,
          response: { 200: statisticsSchema },
        },
        config,
      },
      (req) => complaintStatistics(db, req.ctx, req.query.year),
    );
    r.get(
      '/api/v1/complaints/statistics.xlsx',
      { schema: { tags, summary: '导出检举控告统计（Excel）', querystring: statisticsQuery }, config },
      async (req, reply) => {
        const { name, stream } = await complaintStatisticsWorkbook(db, req.ctx, req.query.year);
        return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(stream);
      },
    );
  };
}
