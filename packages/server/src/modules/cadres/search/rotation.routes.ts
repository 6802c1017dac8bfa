import { rotationAlertsQuery, rotationAlertsSchema } from '@dandang/shared/cadres/cadre-search.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../../platform/db/client';
import { attachmentName, streamWorkbook } from '../../../platform/excel/export';
import { rotationAlerts } from './rotation.service';

const tags = ['cadres'];
const config = { permission: 'cadre.read' as const };

export function rotationRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/api/v1/cadres/rotation-alerts',
      {
        schema: { tags, summary: '轮岗交流提醒（现任职务任职满政策年限，按单位）', querystring: rotationAlertsQuery, response: { 200: rotationAlertsSchema } },
        config,
      },
      (req) => rotationAlerts(db, req.ctx, req.query),
    );
    r.get(
      '/api/v1/cadres/rotation-alerts.xlsx',
      { schema: { tags, summary: '导出轮岗交流提醒', querystring: rotationAlertsQuery }, config },
      async (req, reply) => {
        const { asOf, items } = await rotationAlerts(db, req.ctx, req.query);
        // The list is bounded by the roster; one batch is enough.
        const stream = streamWorkbook(
          '轮岗交流提醒',
          [
            { header: '所在单位', width: 24, value: (a) => a.unitName },
            { header: '姓名', width: 12, value: (a) => a.name },
            { header: '现任职务', width: 24, value: (a) => a.post },
            { header: '任职单位', width: 24, value: (a) => a.postUnitName },
            { header: '关键岗位', width: 10, value: (a) => (a.isKey ? '是' : '否') },
            { header: '任职时间', width: 12, value: (a) => a.startedOn },
            { header: '任职年限', width: 10, value: (a) => a.yearsInPost },
            { header: '交流年限', width: 10, value: (a) => a.thresholdYears },
            { header: '到期日期', width: 12, value: (a) => a.dueOn },
          ],
          (async function* () {
            yield items;
          })(),
        );
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', attachmentName(`轮岗交流提醒-${asOf}.xlsx`))
          .send(stream);
      },
    );
  };
}
