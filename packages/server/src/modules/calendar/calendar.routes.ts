import { countWorkdays, addWorkdays, noticePeriodEnd } from '@dandang/shared/calendar/workdays.rules';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { loadWorkCalendar, listYears } from './calendar.repository';
import { addYear, getYear, setDay } from './calendar.service';

const tags = ['calendar'];
const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const yearValue = z.coerce.number().int().min(2000, '年份不早于2000').max(2100, '年份不晚于2100');

const computeBody = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), from: isoDate, days: z.number().int().min(0).max(3650) }),
  z.object({ op: z.literal('noticeEnd'), start: isoDate, days: z.number().int().min(1).max(3650) }),
  z.object({ op: z.literal('count'), from: isoDate, to: isoDate }),
]);

export function calendarRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get('/api/v1/calendar/years', { schema: { tags, summary: '已建立的年度' } }, async () =>
      (await listYears(db)).map((y) => ({ year: y.year, published: y.published, source: y.source })),
    );
    r.get('/api/v1/calendar/years/:year', { schema: { tags, summary: '某年度的节假日与调休上班日', params: z.object({ year: yearValue }) } }, (req) =>
      getYear(db, req.params.year),
    );
    r.post('/api/v1/calendar/years', { schema: { tags, summary: '添加年度', body: z.object({ year: yearValue }) }, config: { permission: 'calendar.write' } }, (req) =>
      addYear(db, req.ctx, req.body.year),
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
    r.post('/api/v1/calendar/compute', { schema: { tags, summary: '工作日计算', body: computeBody } }, async (req) => {
      const calendar = await loadWorkCalendar(db);
      const b = req.body;
      if (b.op === 'add') return addWorkdays(calendar, b.from, b.days);
      if (b.op === 'noticeEnd') return noticePeriodEnd(calendar, b.start, b.days);
      return countWorkdays(calendar, b.from, b.to);
    });
  };
}
