import { casePagePath } from '@dandang/shared/cases/case-pages';
import { coverageYears } from '@dandang/shared/visits/coverage.rules';
import { and, asc, between, count, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { cadres, measures } from '../../cadres';
import { caseScope, cases } from '../../cases';
import { complaintClarifications } from '../../complaints/complaints.tables';
import { scopeCondition, units } from '../../org';
import { effectiveDocument } from '../../policy';
import { visitRecords } from '../../visits/visits.tables';
import type { KpiReader, KpiSource } from '../kpi-source';
import { monthOfDate } from '../kpi-sql';
import { cadreHead, ofUnit, upTo } from './common';

/*
 * 澄清正名与回访: clarifications carried out in the period (DOMAIN.md §8), and this year's 回访覆盖面 — the people under
 * measures in the previous years who were visited this year, against the policy's minimum (§9, default 30%).
 */

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

/** The visits policy in force today (the county's national-level one, as the coverage report reads it). */
const visitPolicy = async (db: Executor, reader: KpiReader) => (await effectiveDocument(db, reader.today, null)).visits;

/** The people the coverage counts: a counting measure with a bar, effective in the look-back years, in scope. */
async function coverageCondition(db: Executor, reader: KpiReader): Promise<SQL | undefined> {
  const years = coverageYears(Number(reader.today.slice(0, 4)), await visitPolicy(db, reader));
  return and(
    isNull(measures.revokedAt),
    isNotNull(measures.promotionBarEnd),
    between(measures.effectiveOn, `${years.from}-01-01`, `${years.to}-12-31`),
    scopeCondition(reader.ctx.actor, 'visit.read', { unitId: cadres.unitId, cadreId: cadres.id }),
    reader.within(cadres.unitId),
  );
}

/** The cadre's last visit this year, if any. */
const lastVisit = (reader: KpiReader) =>
  sql<string | null>`(select max(${visitRecords.visitedOn}) from ${visitRecords} where ${visitRecords.cadreId} = ${cadres.id}
    and ${visitRecords.visitedOn} between ${`${reader.today.slice(0, 4)}-01-01`} and ${reader.today})`;

export const visitCoverage: KpiSource = {
  code: 'VISIT_COVERAGE',
  label: '回访覆盖面',
  group: 'protection',
  basis: 'share',
  unit: '人',
  hint: '前两年受处理处分人员中本年已回访的占比',
  dateLabel: '本年最近回访',
  permissions: ['visit.read'],
  tone: async (db, reader) => ({ kind: 'minPercent', min: (await visitPolicy(db, reader)).minCoveragePercent }),
  async count(db, reader) {
    const people = db
      .selectDistinct({ cadreId: cadres.id, unitId: cadres.unitId, visitedOn: lastVisit(reader).as('visited_on') })
      .from(measures)
      .innerJoin(cadres, eq(cadres.id, measures.cadreId))
      .where(await coverageCondition(db, reader))
      .as('people');
    return db
      .select({
        unitId: people.unitId,
        unitName: units.name,
        value: sql<number>`count(*) filter (where ${people.visitedOn} is not null)`.mapWith(Number),
        total: count(),
      })
      .from(people)
      .innerJoin(units, eq(units.id, people.unitId))
      .groupBy(people.unitId, units.name);
  },
  async rows(db, reader, filter) {
    const query = db
      .selectDistinct({ id: cadres.id, name: cadres.name, visitedOn: lastVisit(reader), unitId: cadres.unitId, unitName: units.name })
      .from(measures)
      .innerJoin(cadres, eq(cadres.id, measures.cadreId))
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(and(await coverageCondition(db, reader), ofUnit(cadres.unitId, filter)))
      .orderBy(asc(units.name), asc(cadres.name), asc(cadres.id));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      ...cadreHead(r),
      date: r.visitedOn,
      status: r.visitedOn ? '本年已回访' : '本年未回访',
      href: `/cadres/${r.id}`,
    }));
  },
};
