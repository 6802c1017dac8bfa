import type { Readable } from 'node:stream';
import { type AccountabilityStatistics, reckonStatistics } from '@dandang/shared/accountability/statistics.rules';
import { addMonthsClamped, chinaDateOf, isBefore, yearOf } from '@dandang/shared/dates/date';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { statisticsLine as line, type StatisticsLine, statisticsWorkbook } from '../../platform/excel/statistics-sheet';
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

/** The same figures as lines of one sheet: what is counted, the item, the figure. */
function linesOf(s: AccountabilityStatistics): StatisticsLine[] {
  return [
    line('总体', '问责决定（件）', s.decisions),
    line('总体', '已纠正的问责决定（件）', s.corrected),
    line('总体', '12个月内再次被问责（人次）', s.repeatFlags),
    line('总体', '建议至决定平均用时（工作日）', s.averageWorkdays ?? '—'),
    ...s.byForm.map((c) => line('按问责方式', c.label, c.count)),
    ...s.byBody.map((c) => line('按提出机关', c.label, c.count)),
    ...s.byUnit.map((c) => line('按单位', c.label, c.count)),
    ...s.byMonth.map((c) => line('按月份', c.label, c.count)),
    line('申诉', '提出申诉', s.appeals.lodged),
    line('申诉', '申诉成立', s.appeals.upheld),
    line('申诉', '维持原决定', s.appeals.dismissed),
    line('申诉', '尚未答复', s.appeals.open),
  ];
}

export async function accountabilityStatisticsWorkbook(db: Db, ctx: RequestContext, year?: number): Promise<{ name: string; stream: Readable }> {
  const figures = await accountabilityStatistics(db, ctx, year);
  return statisticsWorkbook(`${figures.year}年问责统计`, linesOf(figures));
}
