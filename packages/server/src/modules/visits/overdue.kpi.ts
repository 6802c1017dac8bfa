import type { UnitCount } from '@dandang/shared/dashboard/dashboard.rules';
import type { DrillRow } from '@dandang/shared/dashboard/dashboard.schema';
import { MEASURES, type MeasureCode } from '@dandang/shared/rules/measures';
import type { VisitPlanView } from '@dandang/shared/visits/visit.schema';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import type { KpiReader, KpiSource } from '../dashboard';
import { units } from '../org';
import { listVisitPlans } from './visit-plans.service';

/*
 * 逾期未回访 on 动态监测 (DOMAIN.md §9): the plans whose planned visit is past its date. Plans are reckoned in code from
 * the measures (visit-plans.service), not stored, so the figure and its list both come from the one reckoning below
 * and always agree. The dashboard's own scope (and a drill's unit) narrow the measures in the query, beside the visit
 * scope, so no plan outside them is reckoned.
 */

async function overduePlans(db: Executor, reader: KpiReader, unitId?: string): Promise<VisitPlanView[]> {
  const within = and(reader.within(units.id), unitId ? eq(units.id, unitId) : undefined);
  return (await listVisitPlans(db, reader.ctx, { state: 'overdue', within })).items;
}

/** The earliest planned visit still missing: the day the plan fell overdue. */
const overdueSince = (p: VisitPlanView) => p.items.find((i) => i.status === 'overdue')?.dueBy ?? null;

export const overdueVisits: KpiSource = {
  code: 'VISITS_OVERDUE',
  label: '逾期未回访',
  group: 'protection',
  basis: 'stock',
  unit: '人次',
  hint: '计划回访日期已过、尚未登记回访的受处理处分人员',
  dateLabel: '计划回访日期',
  permissions: ['visit.read'],
  tone: { kind: 'overdue' },
  heat: true,
  alert: true,
  async count(db, reader) {
    const counts = new Map<string, UnitCount>();
    for (const p of await overduePlans(db, reader)) {
      const row = counts.get(p.unitId) ?? { unitId: p.unitId, unitName: p.unitName, value: 0 };
      row.value += 1;
      counts.set(p.unitId, row);
    }
    return [...counts.values()];
  },
  async rows(db, reader, filter) {
    const plans = (await overduePlans(db, reader, filter.unitId)).sort((a, b) => (overdueSince(a) ?? '').localeCompare(overdueSince(b) ?? ''));
    const rows: DrillRow[] = plans.map((p) => ({
      id: p.measureId,
      title: `${p.cadreName} ${MEASURES[p.measureCode as MeasureCode]?.label ?? p.measureCode}（${p.effectiveOn} 生效）`,
      unitId: p.unitId,
      unitName: p.unitName,
      cadreName: p.cadreName,
      date: overdueSince(p),
      status: `未回访 · ${p.assignedTo}回访`,
      // The profile's 回访教育 section shows the plan with its missing visit.
      href: `/cadres/${p.cadreId}`,
    }));
    return filter.limit ? rows.slice(0, filter.limit) : rows;
  },
};
