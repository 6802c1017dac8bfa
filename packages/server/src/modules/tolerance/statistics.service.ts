import type { Readable } from 'node:stream';
import { chinaDateOf, yearOf } from '@dandang/shared/dates/date';
import type { PolicyDocument } from '@dandang/shared/policy/policy.schema';
import type { ToleranceState } from '@dandang/shared/tolerance/tolerance.states';
import { reckonToleranceStatistics, type StatisticsCase, type StepFact } from '@dandang/shared/tolerance/tolerance-statistics.rules';
import type { ToleranceStatistics } from '@dandang/shared/tolerance/tolerance-statistics.schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { statisticsLine as line, type StatisticsLine, statisticsWorkbook } from '../../platform/excel/statistics-sheet';
import { loadWorkCalendar } from '../calendar';
import { caseScope } from '../cases';
import { policyDocumentById } from '../policy';
import * as repo from './statistics.repository';

/*
 * 容错纠错统计 (issue 6 item 2): a year's cases (by the year of their number) within the reader's scope, reckoned from
 * their timelines by the shared rules; each case's limits are those of the policy it is handled under.
 */

/** A timeline event as the reckoning reads it: the day in China, the state entered, an approved extension's days. */
function stepOf(event: { at: Date; action: string; toState: string; fields: Record<string, unknown> }): StepFact {
  const extendedBy = event.action === 'extend' ? Number(event.fields.workdays) || 0 : undefined;
  return { on: chinaDateOf(event.at), toState: event.toState, extendedBy };
}

export async function toleranceStatistics(db: Db, ctx: RequestContext, year?: number): Promise<ToleranceStatistics> {
  const reckoned = year ?? yearOf(chinaDateOf(ctx.now));
  const scope = caseScope(ctx, 'tolerance.read');
  const [rows, events, calendar] = await Promise.all([repo.casesOfYear(db, reckoned, scope), repo.eventsOfYear(db, reckoned, scope), loadWorkCalendar(db)]);
  const steps = new Map<string, StepFact[]>();
  for (const e of events) steps.set(e.caseId, [...(steps.get(e.caseId) ?? []), stepOf(e)]);
  const policies = new Map<string | null, PolicyDocument>();
  for (const id of new Set(rows.map((r) => r.policyId))) policies.set(id, await policyDocumentById(db, id));
  const input: StatisticsCase[] = rows.map((r) => {
    const limits = (policies.get(r.policyId) as PolicyDocument).tolerance.limits;
    return {
      state: r.state as ToleranceState,
      unitId: r.unitId,
      unitName: r.unitName,
      openedOn: chinaDateOf(r.openedAt),
      decision: r.decision,
      steps: steps.get(r.id) ?? [],
      limits,
    };
  });
  return reckonToleranceStatistics(calendar, reckoned, input);
}

/** The same figures as lines of one sheet: what is counted, the item, the figure. */
function linesOf(s: ToleranceStatistics): StatisticsLine[] {
  return [
    line('总体', '立案数', s.total),
    ...s.byDecision.map((d) => line('按认定结果', d.label, d.count)),
    ...s.byState.map((d) => line('按办理阶段', d.label, d.count)),
    ...s.byUnit.map((u) => line('按单位（立案数）', u.unitName, u.total)),
    ...s.byUnit.map((u) => line('按单位（免责/从轻/减轻/不予容错）', u.unitName, `${u.exempt}/${u.lighter}/${u.reduced}/${u.rejected}`)),
    ...s.byMonth.map((m) => line('按立案月份', `${m.month}月`, m.opened)),
    ...s.stages.map((st) => line('各阶段平均用时（工作日）', `${st.label}（${st.cases}件）`, st.averageWorkdays)),
    line('期限内认定', '已认定案件数', s.withinLimits.decided),
    line('期限内认定', '受理和调查均在期限内', s.withinLimits.within),
    line('期限内认定', '占比（%）', s.withinLimits.percent),
    ...(s.provisional ? [line('说明', '部分日期所在年度尚未公布节假日安排，按周一至周五计算', '')] : []),
  ];
}

export async function toleranceStatisticsWorkbook(db: Db, ctx: RequestContext, year?: number): Promise<{ name: string; stream: Readable }> {
  const figures = await toleranceStatistics(db, ctx, year);
  return statisticsWorkbook(`${figures.year}年容错纠错统计`, linesOf(figures));
}
