import { type AccountabilityStatistics, reckonStatistics } from '@dandang/shared/accountability/statistics.rules';
import { addMonthsClamped, chinaDateOf, isBefore, yearOf } from '@dandang/shared/dates/date';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { streamWorkbook } from '../../platform/excel/export';
import { loadWorkCalendar } from '../calendar';
import { caseScope } from '../cases';
import { policyInForce } from '../policy';
import { appealsReceivedIn } from './appeals.repository';
import { decisionFacts } from './statistics.repository';

/*
 * 问责统计 within the reader's scope for one year (the current one by default). The repeat window is the policy's in
 * force at the year's end (or today, for the current year); decisions of that window before the year are read too, so
 * a January decision is flagged for a repeat of the December before.
 */
export async function accountabilityStatistics(db: Db, ctx: RequestContext, year?: number): Promise<AccountabilityStatistics> {
  const today = chinaDateOf(ctx.now);
  const y = year ?? yearOf(today);
  const yearEnd = `${y}-12-31`;
  const policy = await policyInForce(db, isBefore(today, yearEnd) ? today : yearEnd);
  const window = policy.document.accountability.repeatWindowMonths;
  const scope = caseScope(ctx, 'accountability.read');
  const [rows, appeals, calendar] = await Promise.all([
    decisionFacts(db, scope, addMonthsClamped(`${y}-01-01`, -window), yearEnd),
    appealsReceivedIn(db, scope, `${y}-01-01`, `${y + 1}-01-01`),
    loadWorkCalendar(db),
  ]);
  const decisions = rows.map((r) => ({ ...r, forms: r.forms ?? [], proposedOn: r.proposedOn ?? r.decidedOn, corrected: r.state === 'CORRECTED' }));
  return reckonStatistics({ year: y, repeatWindowMonths: window, decisions, appeals, calendar });
}

interface Line {
  section: string;
  item: string;
  value: number | string;
}

/** The same figures as one sheet of lines (分类, 项目, 数值), for the office's own tables. */
export async function statisticsWorkbook(db: Db, ctx: RequestContext, year?: number) {
  const s = await accountabilityStatistics(db, ctx, year);
  const lines: Line[] = [
    { section: '总体', item: '问责决定（件）', value: s.decisions },
    { section: '总体', item: '已纠正的问责决定（件）', value: s.corrected },
    { section: '总体', item: '12个月内再次被问责（人次）', value: s.repeatFlags },
    { section: '总体', item: '建议至决定平均用时（工作日）', value: s.averageWorkdays ?? '—' },
    ...s.byForm.map((c) => ({ section: '按问责方式', item: c.label, value: c.count })),
    ...s.byBody.map((c) => ({ section: '按提出机关', item: c.label, value: c.count })),
    ...s.byUnit.map((c) => ({ section: '按单位', item: c.label, value: c.count })),
    ...s.byMonth.map((c) => ({ section: '按月份', item: c.label, value: c.count })),
    { section: '申诉', item: '提出申诉', value: s.appeals.lodged },
    { section: '申诉', item: '申诉成立', value: s.appeals.upheld },
    { section: '申诉', item: '维持原决定', value: s.appeals.dismissed },
    { section: '申诉', item: '尚未答复', value: s.appeals.open },
  ];
  async function* pages() {
    yield lines;
  }
  const stream = streamWorkbook<Line>(
    `${s.year}年问责统计`,
    [
      { header: '分类', width: 16, value: (l) => l.section },
      { header: '项目', width: 36, value: (l) => l.item },
      { header: '数值', width: 12, value: (l) => l.value },
    ],
    pages(),
  );
  return { name: `${s.year}年问责统计.xlsx`, stream };
}
