import { casePagePath } from '@dandang/shared/cases/case-pages';
import { CASE_TYPES } from '@dandang/shared/cases/workflow';
import { WORKFLOWS } from '@dandang/shared/cases/workflows';
import type { DrillRow } from '@dandang/shared/dashboard/dashboard.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { workdaysAfter } from '@dandang/shared/platform/statistics';
import { and, asc, count, desc, eq, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { cadres } from '../../cadres';
import { loadWorkCalendar } from '../../calendar';
import { caseScope, cases } from '../../cases';
import { holds, units } from '../../org';
import type { DrillFilter, KpiReader, KpiSource } from '../kpi-source';
import { chinaMonthOf, instantIn } from '../kpi-sql';
import { caseHead, ofUnit, upTo } from './common';

/*
 * 案件办理: the cases of every type the engine runs (容错, 问责, 能上能下, 检举控告), each type within the scope of its own
 * read permission and the dashboard's. Overdue is what the due list (/cases/due) calls overdue: open, and the current
 * state's limit (in working days, kept on the case as due_on) has passed.
 */

const READ_PERMISSIONS = [...new Set(CASE_TYPES.map((t) => WORKFLOWS[t].readPermission))];
const TYPE_PARTS = CASE_TYPES.map((t) => ({ code: t, label: WORKFLOWS[t].label }));

/** The case types the reader may read, each within its permission's scope; no type at all reaches nothing. */
function readableCases(reader: KpiReader): SQL {
  const arms = CASE_TYPES.filter((t) => holds(reader.ctx.actor, WORKFLOWS[t].readPermission)).map((t) =>
    and(eq(cases.type, t), caseScope(reader.ctx, WORKFLOWS[t].readPermission)),
  );
  return arms.length === 0 ? sql`false` : (or(...arms) as SQL);
}

type CaseCondition = (reader: KpiReader) => SQL | undefined;

const scoped = (reader: KpiReader, condition: CaseCondition, filter: DrillFilter = {}) =>
  and(readableCases(reader), reader.within(cases.unitId), condition(reader), ofUnit(cases.unitId, filter));

function countCases(db: Executor, reader: KpiReader, condition: CaseCondition) {
  return db
    .select({ unitId: cases.unitId, unitName: units.name, part: cases.type, value: count() })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(scoped(reader, condition))
    .groupBy(cases.unitId, units.name, cases.type);
}

function listCases(db: Executor, reader: KpiReader, condition: CaseCondition, filter: DrillFilter, order: 'due' | 'recent') {
  const query = db
    .select({
      id: cases.id,
      type: cases.type,
      number: cases.number,
      title: cases.title,
      state: cases.state,
      unitId: cases.unitId,
      unitName: units.name,
      cadreName: cadres.name,
      dueOn: cases.dueOn,
      openedAt: cases.openedAt,
      closedAt: cases.closedAt,
    })
    .from(cases)
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId))
    .where(scoped(reader, condition, filter))
    .orderBy(...(order === 'due' ? [asc(cases.dueOn), asc(cases.number)] : [desc(cases.openedAt), asc(cases.number)]));
  return upTo(query, filter);
}

type CaseListRow = Awaited<ReturnType<typeof listCases>>[number];

const rowOf = (r: CaseListRow, date: string | null, status: string): DrillRow => ({ ...caseHead(r), date, status, href: casePagePath(r.type, r.id) });

const stateLabel = (r: CaseListRow) => `${WORKFLOWS[r.type].label} · ${WORKFLOWS[r.type].states[r.state]?.label ?? r.state}`;

const open: CaseCondition = () => isNull(cases.closedAt);
const overdue: CaseCondition = (reader) => and(isNull(cases.closedAt), lt(cases.dueOn, reader.today));
const openedIn: CaseCondition = (reader) => instantIn(cases.openedAt, reader.period);
const closedIn: CaseCondition = (reader) => and(isNotNull(cases.closedAt), instantIn(cases.closedAt, reader.period));

const common = { group: 'cases', unit: '件', permissions: READ_PERMISSIONS, parts: TYPE_PARTS } as const;

export const casesOverdue: KpiSource = {
  ...common,
  code: 'CASES_OVERDUE',
  label: '逾期案件',
  basis: 'stock',
  hint: '在办案件中已超过当前环节办理时限（工作日）的',
  dateLabel: '办理期限',
  tone: { kind: 'overdue' },
  heat: true,
  alert: true,
  count: (db, reader) => countCases(db, reader, overdue),
  async rows(db, reader, filter) {
    const [rows, calendar] = await Promise.all([listCases(db, reader, overdue, filter, 'due'), loadWorkCalendar(db)]);
    return rows.map((r) => {
      const late = r.dueOn ? workdaysAfter(calendar, r.dueOn, reader.today).days : 0;
      return rowOf(r, r.dueOn, `${stateLabel(r)} · 逾期 ${late} 个工作日`);
    });
  },
};

export const casesOpen: KpiSource = {
  ...common,
  code: 'CASES_OPEN',
  label: '在办案件',
  basis: 'stock',
  hint: '尚未办结的容错、问责、能上能下和检举控告案件',
  dateLabel: '办理期限',
  heat: true,
  count: (db, reader) => countCases(db, reader, open),
  rows: async (db, reader, filter) => (await listCases(db, reader, open, filter, 'due')).map((r) => rowOf(r, r.dueOn, stateLabel(r))),
};

export const casesOpened: KpiSource = {
  ...common,
  code: 'CASES_OPENED',
  label: '新立案件',
  basis: 'flow',
  hint: '期间内登记或立案的各类案件',
  dateLabel: '立案日期',
  count: (db, reader) => countCases(db, reader, openedIn),
  rows: async (db, reader, filter) => (await listCases(db, reader, openedIn, filter, 'recent')).map((r) => rowOf(r, chinaDateOf(r.openedAt), stateLabel(r))),
  monthly: (db, reader, from) => monthlyCases(db, reader, cases.openedAt, from),
};

export const casesClosed: KpiSource = {
  ...common,
  code: 'CASES_CLOSED',
  label: '办结案件',
  basis: 'flow',
  hint: '期间内办结的各类案件',
  dateLabel: '办结日期',
  count: (db, reader) => countCases(db, reader, closedIn),
  rows: async (db, reader, filter) =>
    (await listCases(db, reader, closedIn, filter, 'recent')).map((r) => rowOf(r, r.closedAt && chinaDateOf(r.closedAt), stateLabel(r))),
  monthly: (db, reader, from) => monthlyCases(db, reader, cases.closedAt, from),
};

function monthlyCases(db: Executor, reader: KpiReader, at: typeof cases.openedAt | typeof cases.closedAt, from: string) {
  const month = chinaMonthOf(at);
  const since: CaseCondition = (r) => and(isNotNull(at), instantIn(at, { from, to: r.today }));
  return db.select({ month, value: count() }).from(cases).where(scoped(reader, since)).groupBy(month);
}
