import { CIRCUMSTANCE_LABELS, CIRCUMSTANCES, TOLERANCE_DECISION_LABELS, TOLERANCE_DECISIONS } from '@dandang/shared/accountability/forms';
import { casePagePath } from '@dandang/shared/cases/case-pages';
import type { Period } from '@dandang/shared/dashboard/dashboard.rules';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { and, asc, between, count, desc, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { accountabilityCases } from '../../accountability/accountability.tables';
import { cadres } from '../../cadres';
import { caseScope, cases } from '../../cases';
import { units } from '../../org';
import { toleranceCases } from '../../tolerance/tolerance.tables';
import type { KpiReader, KpiSource } from '../kpi-source';
import { chinaMonthOf, instantIn, monthOfDate } from '../kpi-sql';
import { caseHead, ofUnit, upTo } from './common';

/*
 * 容错与问责 outcomes: the collective decisions of fault tolerance (免责, 从轻, 减轻, 不予容错; DOMAIN.md §6) and the
 * accountability decisions by circumstance (问责条例 第十七至十九条; §7) taken in the period.
 */

/** The columns caseHead reads, beside each source's own; the cadre is joined on the side that names them. */
const caseColumns = { id: cases.id, number: cases.number, title: cases.title, unitId: cases.unitId, unitName: units.name, cadreName: cadres.name };

/** A decision's own facts: the tolerance or the accountability row of the case. */
type Decision = typeof toleranceCases | typeof accountabilityCases;

/** The decided cases per unit and per part (the decision or the circumstance) that meet the condition. */
const decidedByUnit = (
  db: Executor,
  decision: Decision,
  part: typeof toleranceCases.decision | typeof accountabilityCases.circumstance,
  where: SQL | undefined,
) =>
  db
    .select({ unitId: cases.unitId, unitName: units.name, part, value: count() })
    .from(cases)
    .innerJoin(decision, eq(decision.caseId, cases.id))
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(where)
    .groupBy(cases.unitId, units.name, part);

/** The decided cases per month (YYYY-MM of the decision) that meet the condition. */
const decidedByMonth = (db: Executor, decision: Decision, month: SQL<string>, where: SQL | undefined) =>
  db.select({ month, value: count() }).from(cases).innerJoin(decision, eq(decision.caseId, cases.id)).where(where).groupBy(month);

const toleranceDecided = (reader: KpiReader, period: Period): SQL | undefined =>
  and(isNotNull(toleranceCases.decision), instantIn(toleranceCases.decidedAt, period), caseScope(reader.ctx, 'tolerance.read'), reader.within(cases.unitId));

export const toleranceDecisions: KpiSource = {
  code: 'TOLERANCE_DECIDED',
  label: '容错认定',
  group: 'outcomes',
  basis: 'flow',
  unit: '件',
  hint: '期间内集体研究作出认定的容错案件',
  dateLabel: '认定日期',
  permissions: ['tolerance.read'],
  parts: TOLERANCE_DECISIONS.map((d) => ({ code: d, label: TOLERANCE_DECISION_LABELS[d] })),
  count: (db, reader) => decidedByUnit(db, toleranceCases, toleranceCases.decision, toleranceDecided(reader, reader.period)),
  async rows(db, reader, filter) {
    const query = db
      .select({ ...caseColumns, decision: toleranceCases.decision, decidedAt: toleranceCases.decidedAt })
      .from(cases)
      .innerJoin(toleranceCases, eq(toleranceCases.caseId, cases.id))
      .innerJoin(units, eq(units.id, cases.unitId))
      .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId))
      .where(and(toleranceDecided(reader, reader.period), ofUnit(cases.unitId, filter)))
      .orderBy(desc(toleranceCases.decidedAt), asc(cases.number));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      ...caseHead(r),
      date: r.decidedAt && chinaDateOf(r.decidedAt),
      status: r.decision ? TOLERANCE_DECISION_LABELS[r.decision] : '',
      href: casePagePath('TOLERANCE', r.id),
    }));
  },
  monthly: (db, reader, from) =>
    decidedByMonth(db, toleranceCases, chinaMonthOf(toleranceCases.decidedAt), toleranceDecided(reader, { from, to: reader.today })),
};

const accountabilityDecided = (reader: KpiReader, period: Period): SQL | undefined =>
  and(between(accountabilityCases.decidedOn, period.from, period.to), caseScope(reader.ctx, 'accountability.read'), reader.within(cases.unitId));

export const accountabilityDecisions: KpiSource = {
  code: 'ACCOUNTABILITY_DECIDED',
  label: '问责决定',
  group: 'outcomes',
  basis: 'flow',
  unit: '件',
  hint: '期间内作出的问责决定，按从轻、减轻、从重、加重情节分列',
  dateLabel: '决定日期',
  permissions: ['accountability.read'],
  parts: CIRCUMSTANCES.map((c) => ({ code: c, label: c === 'NONE' ? '一般' : CIRCUMSTANCE_LABELS[c] })),
  count: (db, reader) => decidedByUnit(db, accountabilityCases, accountabilityCases.circumstance, accountabilityDecided(reader, reader.period)),
  async rows(db, reader, filter) {
    const query = db
      .select({
        ...caseColumns,
        decidedOn: accountabilityCases.decidedOn,
        circumstance: accountabilityCases.circumstance,
        correctedOn: accountabilityCases.correctedOn,
      })
      .from(cases)
      .innerJoin(accountabilityCases, eq(accountabilityCases.caseId, cases.id))
      .innerJoin(units, eq(units.id, cases.unitId))
      .leftJoin(cadres, eq(cadres.id, accountabilityCases.cadreId))
      .where(and(accountabilityDecided(reader, reader.period), ofUnit(cases.unitId, filter)))
      .orderBy(desc(accountabilityCases.decidedOn), asc(cases.number));
    const rows = await upTo(query, filter);
    return rows.map((r) => ({
      ...caseHead(r),
      date: r.decidedOn,
      status: [r.circumstance ? CIRCUMSTANCE_LABELS[r.circumstance] : '', r.correctedOn ? `已于 ${r.correctedOn} 纠正` : ''].filter(Boolean).join('，'),
      href: casePagePath('ACCOUNTABILITY', r.id),
    }));
  },
  monthly: (db, reader, from) =>
    decidedByMonth(db, accountabilityCases, monthOfDate(accountabilityCases.decidedOn), accountabilityDecided(reader, { from, to: reader.today })),
};
