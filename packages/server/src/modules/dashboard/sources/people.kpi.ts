import { addDays } from '@dandang/shared/dates/date';
import { MEASURES, type MeasureCode } from '@dandang/shared/rules/measures';
import { and, asc, between, count, desc, eq, isNull, max, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { cadres, measures } from '../../cadres';
import { scopeCondition, units } from '../../org';
import type { KpiReader, KpiSource } from '../kpi-source';
import { monthOfDate } from '../kpi-sql';
import { cadreHead, ofUnit, upTo } from './common';

/*
 * 干部队伍: the cadres on the roll, the measures taken in the period, and the cadres whose promotion bar ends within
 * the next 30 days (DOMAIN.md §4: the longest bar wins, so a cadre counts only when their last running bar ends).
 */

const BAR_WINDOW_DAYS = 30;

const cadreScope = (reader: KpiReader) =>
  and(scopeCondition(reader.ctx.actor, 'cadre.read', { unitId: cadres.unitId, cadreId: cadres.id }), reader.within(cadres.unitId));
const measureScope = (reader: KpiReader) =>
  and(scopeCondition(reader.ctx.actor, 'measure.read', { unitId: cadres.unitId, cadreId: cadres.id }), reader.within(cadres.unitId));
const measureLabel = (code: string) => MEASURES[code as MeasureCode]?.label ?? code;

export const cadresOnRoll: KpiSource = {
  code: 'CADRES',
  label: '干部人数',
  group: 'people',
  basis: 'stock',
  unit: '人',
  hint: '干部名册中的干部',
  dateLabel: '出生日期',
  permissions: ['cadre.read'],
  count: (db, reader) =>
    db
      .select({ unitId: cadres.unitId, unitName: units.name, value: count() })
      .from(cadres)
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(cadreScope(reader))
      .groupBy(cadres.unitId, units.name),
  async rows(db, reader, filter) {
    const query = db
      .select({ id: cadres.id, name: cadres.name, post: cadres.post, birthDate: cadres.birthDate, unitId: cadres.unitId, unitName: units.name })
      .from(cadres)
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(and(cadreScope(reader), ofUnit(cadres.unitId, filter)))
      .orderBy(asc(units.name), asc(cadres.name), asc(cadres.id));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      ...cadreHead(r),
      date: r.birthDate,
      status: r.post,
      href: `/cadres/${r.id}`,
    }));
  },
};

const newMeasure = (reader: KpiReader): SQL | undefined =>
  and(isNull(measures.revokedAt), between(measures.effectiveOn, reader.period.from, reader.period.to), measureScope(reader));

export const measuresTaken: KpiSource = {
  code: 'MEASURES_NEW',
  label: '新增处理处分',
  group: 'people',
  basis: 'flow',
  unit: '项',
  hint: '期间内生效、未撤销的处理处分措施',
  dateLabel: '生效日期',
  permissions: ['measure.read'],
  heat: true,
  count: (db, reader) =>
    db
      .select({ unitId: cadres.unitId, unitName: units.name, value: count() })
      .from(measures)
      .innerJoin(cadres, eq(cadres.id, measures.cadreId))
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(newMeasure(reader))
      .groupBy(cadres.unitId, units.name),
  async rows(db, reader, filter) {
    const query = db
      .select({
        id: measures.id,
        code: measures.code,
        on: measures.effectiveOn,
        body: measures.decidingBody,
        cadreId: cadres.id,
        name: cadres.name,
        unitId: cadres.unitId,
        unitName: units.name,
      })
      .from(measures)
      .innerJoin(cadres, eq(cadres.id, measures.cadreId))
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(and(newMeasure(reader), ofUnit(cadres.unitId, filter)))
      .orderBy(desc(measures.effectiveOn), asc(cadres.name), asc(measures.id));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      id: r.id,
      title: `${r.name}：${measureLabel(r.code)}`,
      unitId: r.unitId,
      unitName: r.unitName,
      cadreName: r.name,
      date: r.on,
      status: r.body,
      href: `/cadres/${r.cadreId}`,
    }));
  },
  monthly: (db, reader, from) => {
    const month = monthOfDate(measures.effectiveOn);
    return db
      .select({ month, value: count() })
      .from(measures)
      .innerJoin(cadres, eq(cadres.id, measures.cadreId))
      .where(and(isNull(measures.revokedAt), between(measures.effectiveOn, from, reader.today), measureScope(reader)))
      .groupBy(month);
  },
};

/** Each cadre's last day under a promotion bar, over the measures that still count ('infinity' while one never ends). */
function barEnds(db: Executor) {
  return db
    .select({ cadreId: measures.cadreId, barEnd: max(measures.promotionBarEnd).as('bar_end') })
    .from(measures)
    .where(isNull(measures.revokedAt))
    .groupBy(measures.cadreId)
    .as('bar_ends');
}

/** The cadres whose bar ends from tomorrow to the end of the window, within the reader's scope. */
const endingSoon = (reader: KpiReader, ends: ReturnType<typeof barEnds>) =>
  and(between(ends.barEnd, addDays(reader.today, 1), addDays(reader.today, BAR_WINDOW_DAYS)), measureScope(reader));

export const barsEnding: KpiSource = {
  code: 'BARS_ENDING',
  label: '影响期将满',
  group: 'people',
  basis: 'stock',
  unit: '人',
  hint: `提拔影响期在 ${BAR_WINDOW_DAYS} 天内届满的干部`,
  dateLabel: '影响期届满',
  permissions: ['measure.read'],
  tone: { kind: 'soon' },
  heat: true,
  alert: true,
  count(db, reader) {
    const ends = barEnds(db);
    return db
      .select({ unitId: cadres.unitId, unitName: units.name, value: count() })
      .from(ends)
      .innerJoin(cadres, eq(cadres.id, ends.cadreId))
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(endingSoon(reader, ends))
      .groupBy(cadres.unitId, units.name);
  },
  async rows(db, reader, filter) {
    const ends = barEnds(db);
    const query = db
      .select({ id: cadres.id, name: cadres.name, post: cadres.post, barEnd: ends.barEnd, unitId: cadres.unitId, unitName: units.name })
      .from(ends)
      .innerJoin(cadres, eq(cadres.id, ends.cadreId))
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(and(endingSoon(reader, ends), ofUnit(cadres.unitId, filter)))
      .orderBy(asc(ends.barEnd), asc(cadres.name));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      ...cadreHead(r),
      date: r.barEnd,
      status: `${r.post ? `${r.post} · ` : ''}影响期届满后可正常使用`,
      href: `/cadres/${r.id}`,
    }));
  },
};
