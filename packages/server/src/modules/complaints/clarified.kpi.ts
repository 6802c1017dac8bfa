import { casePagePath } from '@dandang/shared/cases/case-pages';
import { and, asc, between, count, desc, eq, type SQL } from 'drizzle-orm';
import { cadres } from '../cadres';
import { caseScope, cases } from '../cases';
import { type KpiReader, type KpiSource, monthOfDate, ofUnit, upTo } from '../dashboard';
import { units } from '../org';
import { complaintClarifications } from './complaints.tables';

/* 澄清正名 on 动态监测 (DOMAIN.md §8): the clarifications carried out in the period, per cleared cadre's unit. */

const clarifiedIn = (reader: KpiReader, from: string, to: string): SQL | undefined =>
  and(
    eq(complaintClarifications.status, 'COMPLETED'),
    between(complaintClarifications.completedOn, from, to),
    caseScope(reader.ctx, 'complaint.read'),
    reader.within(cadres.unitId),
  );

export const clarificationsCompleted: KpiSource = {
  code: 'CLARIFIED',
  label: '澄清正名',
  group: 'protection',
  basis: 'flow',
  unit: '人',
  hint: '期间内完成澄清正名的干部（人次）',
  dateLabel: '澄清日期',
  permissions: ['complaint.read'],
  count: (db, reader) =>
    db
      .select({ unitId: cadres.unitId, unitName: units.name, value: count() })
      .from(complaintClarifications)
      .innerJoin(cases, eq(cases.id, complaintClarifications.caseId))
      .innerJoin(cadres, eq(cadres.id, complaintClarifications.cadreId))
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(clarifiedIn(reader, reader.period.from, reader.period.to))
      .groupBy(cadres.unitId, units.name),
  async rows(db, reader, filter) {
    const query = db
      .select({
        caseId: cases.id,
        number: cases.number,
        cadreId: cadres.id,
        name: cadres.name,
        on: complaintClarifications.completedOn,
        unitId: cadres.unitId,
        unitName: units.name,
      })
      .from(complaintClarifications)
      .innerJoin(cases, eq(cases.id, complaintClarifications.caseId))
      .innerJoin(cadres, eq(cadres.id, complaintClarifications.cadreId))
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(and(clarifiedIn(reader, reader.period.from, reader.period.to), ofUnit(cadres.unitId, filter)))
      .orderBy(desc(complaintClarifications.completedOn), asc(cadres.name));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      id: `${r.caseId}:${r.cadreId}`,
      title: `${r.name} 澄清正名（${r.number}）`,
      unitId: r.unitId,
      unitName: r.unitName,
      cadreName: r.name,
      date: r.on,
      status: '已完成',
      href: casePagePath('COMPLAINT', r.caseId),
    }));
  },
  monthly(db, reader, from) {
    const month = monthOfDate(complaintClarifications.completedOn);
    return db
      .select({ month, value: count() })
      .from(complaintClarifications)
      .innerJoin(cases, eq(cases.id, complaintClarifications.caseId))
      .innerJoin(cadres, eq(cadres.id, complaintClarifications.cadreId))
      .where(clarifiedIn(reader, from, reader.today))
      .groupBy(month);
  },
};
