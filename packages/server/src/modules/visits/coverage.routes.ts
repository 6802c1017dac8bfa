import { coverageQuery, coverageReport } from '@dandang/shared/visits/coverage.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../platform/db/client';
import { attachmentName, streamWorkbook, XLSX_CONTENT_TYPE } from '../../platform/excel/export';
import { visitCoverageReport } from './coverage.service';

const tags = ['visits'];
const config = { permission: 'visit.read' } as const;

type Row = { unitName: string; underMeasures: number; visited: number; percent: number; meetsMinimum: boolean };

/** 回访覆盖面: the year's figures by unit, on screen and as an Excel sheet with a total row. */
export function coverageRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/visits/coverage',
      { schema: { tags, summary: '年度回访覆盖面（按单位）', querystring: coverageQuery, response: { 200: coverageReport } }, config },
      (req) => visitCoverageReport(db, req.ctx, req.query.year),
    );
    r.get('/api/v1/visits/coverage.xlsx', { schema: { tags, summary: '导出年度回访覆盖面', querystring: coverageQuery }, config }, async (req, reply) => {
      const report = await visitCoverageReport(db, req.ctx, req.query.year);
      const rows: Row[] = [...report.units, { unitName: '合计', ...report.total }];
      const stream = streamWorkbook<Row>(
        `${report.year}年回访覆盖面`,
        [
          { header: '单位', width: 30, value: (u) => u.unitName },
          { header: `${report.measuresFrom}—${report.measuresTo}年受处理处分人数`, width: 24, value: (u) => u.underMeasures },
          { header: `${report.year}年已回访人数`, value: (u) => u.visited },
          { header: '覆盖率（%）', value: (u) => u.percent },
          { header: `是否达到${report.minCoveragePercent}%`, value: (u) => (u.meetsMinimum ? '是' : '否') },
        ],
        (async function* () {
          yield rows;
        })(),
      );
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachmentName(`${report.year}年回访覆盖面.xlsx`))
        .send(stream);
    });
  };
}
