import {
  byUrgency,
  heatMapOf,
  lastMonths,
  monthlyValues,
  type ToneRule,
  toneOf,
  totalsOf,
  type UnitCount,
  yearToDate,
} from '@dandang/shared/dashboard/dashboard.rules';
import { type DashboardView, KPI_GROUPS, type KpiFigure } from '@dandang/shared/dashboard/dashboard.schema';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { canSee, readerOf } from './kpi-reader';
import { type KpiReader, type KpiSource, kpiSources } from './kpi-source';

/** Months in the trend chart. */
const TREND_MONTHS = 12;
/** Rows each alerting figure adds to the alert list (most urgent first); the drill-down has the rest. */
const ALERTS_PER_FIGURE = 8;

/** The figures the reader may see, grouped in the order of the groups, registration order within a group. */
export function visibleSources(reader: KpiReader): KpiSource[] {
  return KPI_GROUPS.flatMap((group) => kpiSources().filter((s) => s.group === group && canSee(reader, s)));
}

async function toneRuleOf(db: Executor, reader: KpiReader, source: KpiSource): Promise<ToneRule> {
  if (!source.tone) return { kind: 'none' };
  return typeof source.tone === 'function' ? source.tone(db, reader) : source.tone;
}

/** One figure from its source's single aggregate query, with the per-unit counts the heat map lays out. */
async function figureOf(db: Executor, reader: KpiReader, source: KpiSource): Promise<{ source: KpiSource; figure: KpiFigure; counts: UnitCount[] }> {
  const [counts, rule] = await Promise.all([source.count(db, reader), toneRuleOf(db, reader, source)]);
  const totals = totalsOf(source.basis, counts, source.parts);
  const figure: KpiFigure = {
    code: source.code,
    label: source.label,
    group: source.group,
    basis: source.basis,
    unit: source.unit,
    hint: source.hint,
    ...totals,
    tone: toneOf(rule, totals.value, totals.percent),
  };
  return { source, figure, counts };
}

/** The figures of the sources the reader may see, in their order. */
export function visibleFigures(db: Executor, reader: KpiReader) {
  return Promise.all(visibleSources(reader).map((s) => figureOf(db, reader, s)));
}

/** The first rows of every alerting figure that has any, most urgent first: the dashboard's alert list and the report's. */
export async function alertsOf(db: Executor, reader: KpiReader, figured: ReadonlyArray<{ source: KpiSource; figure: KpiFigure }>, perFigure: number) {
  const lists = await Promise.all(
    figured
      .filter(({ source, figure }) => source.alert && figure.value > 0)
      .map(async ({ source, figure }) =>
        (await source.rows(db, reader, { limit: perFigure })).map((row) => ({ kpi: source.code, kpiLabel: source.label, tone: figure.tone, row })),
      ),
  );
  return byUrgency(lists.flat());
}

/** 动态监测: every figure the reader may see with its trend, the unit heat map and the alert list, all within their scope. */
export async function dashboardOverview(db: Db, ctx: RequestContext): Promise<DashboardView> {
  const reader = readerOf(ctx, yearToDate);
  const figured = await visibleFigures(db, reader);

  const months = lastMonths(reader.today, TREND_MONTHS);
  const trended = figured.map((f) => f.source).filter((s) => s.monthly);
  const series = await Promise.all(
    trended.map(async (s) => ({ code: s.code, label: s.label, values: monthlyValues(months, (await s.monthly?.(db, reader, `${months[0]}-01`)) ?? []) })),
  );

  const heat = figured.flatMap(({ source, counts }) => (source.heat ? [{ code: source.code, label: source.label, counts }] : []));

  return {
    asOf: reader.today,
    period: reader.period,
    kpis: figured.map((f) => f.figure),
    trends: { months, series },
    heatMap: heatMapOf(heat),
    alerts: await alertsOf(db, reader, figured, ALERTS_PER_FIGURE),
  };
}
