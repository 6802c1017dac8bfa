import type { Readable } from 'node:stream';
import type { StatisticsComplaint } from '@dandang/shared/complaints/complaint-statistics.rules';
import { reckonComplaintStatistics } from '@dandang/shared/complaints/complaint-statistics.rules';
import type { ComplaintStatistics } from '@dandang/shared/complaints/complaint-statistics.schema';
import { chinaDateOf, yearOf } from '@dandang/shared/dates/date';
import { groupBy } from '@dandang/shared/platform/group-by';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { statisticsLine as line, type StatisticsLine, statisticsWorkbook } from '../../platform/excel/statistics-sheet';
import { loadWorkCalendar } from '../calendar';
import { caseScope } from '../cases';
import * as repo from './statistics.repository';

/*
 * 检举控告统计 (issue 7 item 6): the complaints received in a year (the current one by default) that the reader may
 * read, as the list scopes them, reckoned by the shared rules. Nothing of the complainant is read.
 */

export async function complaintStatistics(db: Db, ctx: RequestContext, year?: number): Promise<ComplaintStatistics> {
  const reckoned = year ?? yearOf(chinaDateOf(ctx.now));
  const scope = caseScope(ctx, 'complaint.read');
  const [rows, accusedUnits, clarified, handlings, calendar] = await Promise.all([
    repo.complaintsReceivedIn(db, reckoned, scope),
    repo.accusedUnitsIn(db, reckoned, scope),
    repo.clarifiedIn(db, reckoned, scope),
    repo.falseAccusationsIn(db, reckoned, scope),
    loadWorkCalendar(db),
  ]);
  const unitsOf = groupBy(accusedUnits, (u) => u.caseId);
  const cleared = new Set(clarified.map((c) => c.caseId));
  const referralsOf = new Map(handlings.map((h) => [h.caseId, h.referrals]));
  const input: StatisticsComplaint[] = rows.map((r) => ({
    ...r,
    units: unitsOf.get(r.caseId) ?? [],
    clarified: cleared.has(r.caseId),
    referrals: referralsOf.get(r.caseId) ?? null,
  }));
  return reckonComplaintStatistics(calendar, reckoned, input);
}

/** The same figures as lines of one sheet: what is counted, the item, the figure. */
function linesOf(s: ComplaintStatistics): StatisticsLine[] {
  return [
    line('总体', '受理检举控告（件）', s.total),
    line('总体', '受理至作出结论平均用时（工作日）', s.averageWorkdaysToConclusion),
    ...s.byChannel.map((c) => line('按来源渠道', c.label, c.count)),
    ...s.byConclusion.map((c) => line('按核查结论', c.label, c.count)),
    ...s.byUnit.map((u) => line('按被反映人所在单位', u.unitName, u.count)),
    ...s.byMonth.map((m) => line('按受理月份', `${m.month}月`, m.received)),
    line('澄清正名', '失实类结论（件）', s.clarification.falseReports),
    line('澄清正名', '已澄清正名（件）', s.clarification.clarified),
    line('澄清正名', '澄清正名率（%）', s.clarification.percent),
    line('诬告陷害', '认定诬告陷害（件）', s.falseAccusations.concluded),
    line('诬告陷害', '已处理诬告陷害者（件）', s.falseAccusations.handled),
    ...s.falseAccusations.byReferral.map((r) => line('诬告陷害（按处理方式）', r.label, r.count)),
    ...(s.provisional ? [line('说明', '部分日期所在年度尚未公布节假日安排，按周一至周五计算', '')] : []),
  ];
}

export async function complaintStatisticsWorkbook(db: Db, ctx: RequestContext, year?: number): Promise<{ name: string; stream: Readable }> {
  const figures = await complaintStatistics(db, ctx, year);
  return statisticsWorkbook(`${figures.year}年检举控告统计`, linesOf(figures));
}
