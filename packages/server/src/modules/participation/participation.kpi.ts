import type { WorkCalendar } from '@dandang/shared/calendar/work-calendar';
import type { Period } from '@dandang/shared/dashboard/dashboard.rules';
import type { DrillRow } from '@dandang/shared/dashboard/dashboard.schema';
import { DEFAULT_STATE_LABELS } from '@dandang/shared/participation/participation.codes';
import { publicText } from '@dandang/shared/participation/participation.rules';
import { ADOPTED_STATES } from '@dandang/shared/participation/participation.states';
import { workdaysAfter } from '@dandang/shared/platform/statistics';
import { and, asc, between, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { loadWorkCalendar } from '../calendar';
import { type DrillFilter, type KpiReader, type KpiSource, monthOfDate, ofUnit, upTo } from '../dashboard';
import { units } from '../org';
import { submissionScope } from './participation.policy';
import { unansweredDueBefore } from './participation.repository';
import { participationSubmissions as submissions } from './participation.tables';

/*
 * 群众金点子与企业诉求 on 动态监测 (issue 8: "honors, ideas and appeals"): ideas received and adopted in the period, and
 * the appeals past their reply deadline without an answer. Each figure's count, rows and trend are built on one
 * condition, within the reader's participation.read scope and the dashboard's, so a figure equals its drill-down.
 */

/** Which submissions a figure counts in a period (the dashboard's, or the trend's months so far). */
type Condition = (reader: KpiReader, period: Period) => SQL | undefined;

const scoped = (reader: KpiReader, condition: Condition, period: Period, filter: DrillFilter = {}) =>
  and(
    submissionScope(reader.ctx.actor, 'participation.read'),
    reader.within(submissions.unitId),
    condition(reader, period),
    ofUnit(submissions.unitId, filter),
  );

type DateColumn = typeof submissions.submittedOn | typeof submissions.answeredOn | typeof submissions.dueOn;

interface Figure extends Pick<KpiSource, 'code' | 'label' | 'basis' | 'hint' | 'dateLabel' | 'tone' | 'heat' | 'alert'> {
  condition: Condition;
  /** The rows' date; flows list the latest first and count it by month, a stock lists the earliest first. */
  date: DateColumn;
  /** The rows' status, when the state alone does not say it (how late an overdue one is, in working days). */
  status?: (row: ListRow, reader: KpiReader, calendar: WorkCalendar) => string;
}

function listSubmissions(db: Executor, reader: KpiReader, f: Figure, filter: DrillFilter) {
  const query = db
    .select({
      id: submissions.id,
      kind: submissions.kind,
      state: submissions.state,
      title: submissions.title,
      hidden: submissions.hidden,
      redactedTitle: submissions.redactedTitle,
      enterpriseName: submissions.enterpriseName,
      date: f.date,
      unitId: submissions.unitId,
      unitName: units.name,
    })
    .from(submissions)
    .innerJoin(units, eq(units.id, submissions.unitId))
    .where(scoped(reader, f.condition, reader.period, filter))
    .orderBy(f.basis === 'flow' ? desc(f.date) : asc(f.date), asc(submissions.submittedAt));
  return upTo(query, filter);
}
type ListRow = Awaited<ReturnType<typeof listSubmissions>>[number];

const stateLabel = (r: ListRow) => DEFAULT_STATE_LABELS[r.kind][r.state];

function sourceOf(f: Figure): KpiSource {
  const { condition, date, status, ...shown } = f;
  return {
    group: 'participation',
    unit: '件',
    permissions: ['participation.read'],
    ...shown,
    count: (db, reader) =>
      db
        .select({ unitId: submissions.unitId, unitName: units.name, value: count() })
        .from(submissions)
        .innerJoin(units, eq(units.id, submissions.unitId))
        .where(scoped(reader, condition, reader.period))
        .groupBy(submissions.unitId, units.name),
    async rows(db, reader, filter) {
      const [rows, calendar] = await Promise.all([listSubmissions(db, reader, f, filter), status ? loadWorkCalendar(db) : null]);
      return rows.map((r): DrillRow => {
        const { title } = publicText({ ...r, content: '', redactedContent: null });
        return {
          id: r.id,
          title: r.enterpriseName ? `${r.enterpriseName}：${title}` : title,
          unitId: r.unitId,
          unitName: r.unitName,
          cadreName: '',
          date: r.date,
          status: status && calendar ? status(r, reader, calendar) : stateLabel(r),
          href: `/participation/${r.id}`,
        };
      });
    },
    ...(f.basis === 'flow' && {
      monthly: (db: Executor, reader: KpiReader, from: string) => {
        const month = monthOfDate(date);
        return db
          .select({ month, value: count() })
          .from(submissions)
          .where(scoped(reader, condition, { from, to: reader.today }))
          .groupBy(month);
      },
    }),
  };
}

export const ideasReceived = sourceOf({
  code: 'IDEAS_RECEIVED',
  label: '收到金点子',
  basis: 'flow',
  hint: '期间内群众提交的金点子',
  dateLabel: '提交日期',
  date: submissions.submittedOn,
  condition: (_, period) => and(eq(submissions.kind, 'IDEA'), between(submissions.submittedOn, period.from, period.to)),
});

export const ideasAdopted = sourceOf({
  code: 'IDEAS_ADOPTED',
  label: '采纳金点子',
  basis: 'flow',
  hint: '期间内答复采纳的金点子（含已办结的）',
  dateLabel: '答复日期',
  date: submissions.answeredOn,
  condition: (_, period) =>
    and(eq(submissions.kind, 'IDEA'), inArray(submissions.state, [...ADOPTED_STATES]), between(submissions.answeredOn, period.from, period.to)),
});

export const appealsOverdue = sourceOf({
  code: 'APPEALS_OVERDUE',
  label: '逾期未答复企业诉求',
  basis: 'stock',
  hint: '已过答复期限（工作日）仍未答复的企业诉求',
  dateLabel: '答复期限',
  tone: { kind: 'overdue' },
  heat: true,
  alert: true,
  date: submissions.dueOn,
  condition: (reader) => and(eq(submissions.kind, 'APPEAL'), unansweredDueBefore(reader.today)),
  status: (r, reader, calendar) => `${stateLabel(r)} · 逾期 ${workdaysAfter(calendar, r.date as string, reader.today).days} 个工作日`,
});
