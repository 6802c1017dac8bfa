import { DEFAULT_RULE_CONTEXT, RULES } from '@dandang/shared/rules/index';
import { workdaysInputSchema } from '@dandang/shared/rules/rule-inputs.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { listYears, loadWorkCalendar } from './calendar.repository';
import { addYear, getYear, setDay } from './calendar.service';

const tags = ['calendar'];
const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const yearValue = z.coerce.number().int().min(2000, '年份不早于2000').max(2100, '年份不晚于2100');

export function calendarRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/calendar/years', { schema: { tags, summary: '已建立的年度' } }, async () =>
      (await listYears(db)).map((y) => ({ year: y.year, published: y.published, source: y.source })),
    );
    r.get('/api/v1/calendar/years/:year', { schema: { tags, summary: '某年度的节假日与调休上班日', params: z.object({ year: yearValue }) } }, (req) =>
      getYear(db, req.params.year),
    );
    r.post(
      '/api/v1/calendar/years',
      { schema: { tags, summary: '添加年度', body: z.object({ year: yearValue }) }, config: { permission: 'calendar.write' } },
      (req) => addYear(db, req.ctx, req.body.year),
    );
    r.put(
      '/api/v1/calendar/days/:date',
      {
        schema: {
          tags,
          summary: '设置某天为节假日、调休上班日或恢复正常',
          params: z.object({ date: isoDate }),
          body: z.object({ kind: z.enum(['holiday', 'workday', 'normal']), name: z.string().trim().max(30).default('') }),
        },
        config: { permission: 'calendar.write' },
      },
      (req) => setDay(db, req.ctx, req.params.date, req.body.kind, req.body.name),
    );
    // The same rule as POST /api/v1/rules/workdays, offered beside the calendar it reads.
    r.post('/api/v1/calendar/compute', { schema: { tags, summary: '工作日计算', body: workdaysInputSchema } }, async (req) =>
      RULES.workdays.evaluate(req.body, { ...DEFAULT_RULE_CONTEXT, calendar: await loadWorkCalendar(db) }),
    );
  };
}
