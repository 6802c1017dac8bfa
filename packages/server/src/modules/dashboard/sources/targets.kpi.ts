import { and, asc, count, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import { assessmentCycles } from '../../assessment/cycles.tables';
import { assessmentTargets } from '../../assessment/targets.tables';
import { cadres } from '../../cadres';
import { scopeCondition, units } from '../../org';
import type { KpiReader, KpiSource } from '../kpi-source';
import { ofUnit, upTo } from './common';

/*
 * 目标任务 of this year's assessment cycles (定岗位、定职责、定目标、定人员): how many of the units' and persons' targets
 * have progress confirmed by the unit head, out of all of them. Jurisdiction-level targets have no unit and are
 * decomposed into unit targets, so they are not counted twice.
 */

const confirmed = sql<number>`count(*) filter (where ${assessmentTargets.confirmedAt} is not null)`.mapWith(Number);

const ofThisYear = (reader: KpiReader): SQL | undefined =>
  and(
    eq(assessmentCycles.year, Number(reader.today.slice(0, 4))),
    isNotNull(assessmentTargets.unitId),
    scopeCondition(reader.ctx.actor, 'assessment.target.read', { unitId: assessmentTargets.unitId, cadreId: assessmentTargets.cadreId }),
    reader.within(assessmentTargets.unitId),
  );

export const targetsConfirmed: KpiSource = {
  code: 'TARGETS_CONFIRMED',
  label: '目标任务进展确认',
  group: 'assessment',
  basis: 'share',
  unit: '项',
  hint: '本年度考核周期的单位和个人目标任务中，进展已经确认的占比',
  dateLabel: '完成时限',
  permissions: ['assessment.target.read'],
  count: (db, reader) =>
    db
      .select({ unitId: assessmentTargets.unitId, unitName: units.name, value: confirmed, total: count() })
      .from(assessmentTargets)
      .innerJoin(assessmentCycles, eq(assessmentCycles.id, assessmentTargets.cycleId))
      .innerJoin(units, eq(units.id, assessmentTargets.unitId))
      .where(ofThisYear(reader))
      .groupBy(assessmentTargets.unitId, units.name),
  async rows(db, reader, filter) {
    const query = db
      .select({
        id: assessmentTargets.id,
        cycleId: assessmentTargets.cycleId,
        cycleName: assessmentCycles.name,
        title: assessmentTargets.title,
        deadline: assessmentTargets.deadline,
        confirmedAt: assessmentTargets.confirmedAt,
        unitId: assessmentTargets.unitId,
        unitName: units.name,
        cadreName: cadres.name,
      })
      .from(assessmentTargets)
      .innerJoin(assessmentCycles, eq(assessmentCycles.id, assessmentTargets.cycleId))
      .innerJoin(units, eq(units.id, assessmentTargets.unitId))
      .leftJoin(cadres, eq(cadres.id, assessmentTargets.cadreId))
      .where(and(ofThisYear(reader), ofUnit(assessmentTargets.unitId, filter)))
      .orderBy(asc(assessmentTargets.deadline), asc(assessmentTargets.title), asc(assessmentTargets.id));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      id: r.id,
      title: `${r.cycleName}：${r.title}`,
      unitId: r.unitId,
      unitName: r.unitName,
      cadreName: r.cadreName ?? '',
      date: r.deadline,
      status: r.confirmedAt ? '进展已确认' : '进展未确认',
      href: `/assessment/cycles/${r.cycleId}/targets`,
    }));
  },
};
