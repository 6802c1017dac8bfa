import { dashboardView, drillParams, drillQuery, drillView, monthlyReportQuery } from '@dandang/shared/dashboard/dashboard.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/client';
import { attachmentName, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { DOCX_CONTENT_TYPE } from '../../platform/word/official';
import { dashboardOverview } from './dashboard.service';
import { drillList, drillWorkbook } from './drill.service';
import { monthlyReport } from './monthly-report.service';

const tags = ['dashboard'];
const config = { permission: 'dashboard.read' } as const;

/**
 * 动态监测: the figures, the list behind each, its workbook, and the monthly report. Its reads are the heaviest in the
 * product and tolerate a moment's lag, so they go to the read replica when one is configured; only the audit of an
 * export or a report is written to the primary.
 */
export function dashboardRoutes({ db, reader }: Pick<Database, 'db' | 'reader'>) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/dashboard',
      { schema: { tags, summary: '动态监测：各项指标、近 12 个月趋势、单位热力图和预警', response: { 200: dashboardView } }, config },
      (req) => dashboardOverview(reader, req.ctx),
    );
    r.get(
      '/api/v1/dashboard/drill/:kpi',
      {
        schema: { tags, summary: '指标明细：构成该数字的记录（可按单位）', params: drillParams, querystring: drillQuery, response: { 200: drillView } },
        config,
      },
      (req) => drillList(reader, req.ctx, req.params.kpi, req.query.unitId),
    );
    r.get(
      '/api/v1/dashboard/drill/:kpi/export.xlsx',
      { schema: { tags, summary: '导出指标明细（Excel）', params: drillParams, querystring: drillQuery }, config },
      async (req, reply) => {
        const { name, stream } = await drillWorkbook({ db, reader }, req.ctx, req.params.kpi, req.query.unitId);
        return reply.type(XLSX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).send(stream);
      },
    );
    r.get(
      '/api/v1/dashboard/monthly-report.docx',
      { schema: { tags, summary: '动态监测月报（Word，一页）', querystring: monthlyReportQuery }, config },
      async (req, reply) => {
        const { name, bytes } = await monthlyReport({ db, reader }, req.ctx, req.query.month);
        return reply.type(DOCX_CONTENT_TYPE).header('content-disposition', attachmentName(name)).header('cache-control', 'private, no-store').send(bytes);
      },
    );
  };
}
