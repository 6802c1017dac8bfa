import { addMonthsClamped, daysInMonth, type IsoDate } from '../dates/date';
import { percentOf } from '../platform/statistics';
import type { HeatMap, KpiBasis, KpiFigure, KpiTone } from './dashboard.schema';

/*
 * How the dashboard turns the counts its sources return into what a reader sees: the period a flow is counted in,
 * the twelve months of a trend, a figure's total, breakdown and tone, and the unit heat map. Pure: the sources count,
 * these only arrange.
 */

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** Flows on the dashboard are counted over the year so far: 1 January to today. */
export function yearToDate(asOf: IsoDate): Period {
  return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
}

/**
 * The period of the monthly report of `month` (YYYY-MM): the whole month, or up to today while it runs. A month that
 * has not begun has nothing to report: null.
 */
export function monthPeriod(month: string, today: IsoDate): Period | null {
  const from = `${month}-01`;
  if (from > today) return null;
  const end = `${month}-${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
  return { from, to: end < today ? end : today };
}

/** The `n` months up to and including the month of `asOf`, oldest first, as YYYY-MM. */
export function lastMonths(asOf: IsoDate, n: number): string[] {
  const first = `${asOf.slice(0, 7)}-01`;
  return Array.from({ length: n }, (_, i) => addMonthsClamped(first, i - n + 1).slice(0, 7));
}

/** Counts by month laid on the months of a trend; a month with no row counts 0, a row outside the months is ignored. */
export function monthlyValues(months: readonly string[], counts: ReadonlyArray<{ month: string; value: number }>): number[] {
  const byMonth = new Map<string, number>();
  for (const c of counts) byMonth.set(c.month, (byMonth.get(c.month) ?? 0) + c.value);
  return months.map((m) => byMonth.get(m) ?? 0);
}

/**
 * When a figure needs attention. `overdue`: any at all is a danger (a time limit in working days has passed, DOMAIN.md
 * §3); `soon`: any is a warning (something ends shortly); `minPercent`: a share below the minimum is a warning (e.g.
 * 回访覆盖面 at least 30%, DOMAIN.md §9); `none`: a plain count.
 */
export type ToneRule = { kind: 'none' } | { kind: 'overdue' } | { kind: 'soon' } | { kind: 'minPercent'; min: number };

export function toneOf(rule: ToneRule, value: number, percent: number | null): KpiTone {
  switch (rule.kind) {
    case 'none':
      return 'normal';
    case 'overdue':
      return value > 0 ? 'danger' : 'normal';
    case 'soon':
      return value > 0 ? 'warning' : 'normal';
    case 'minPercent':
      return percent !== null && percent < rule.min ? 'warning' : 'normal';
  }
}

/** What a source's one aggregate query returns: counts per unit, optionally per part (a case type), with a total for shares. */
export interface UnitCount {
  unitId: string | null;
  unitName: string;
  part?: string | null;
  value: number;
  total?: number;
}

export interface FigureTotals {
  value: number;
  total: number | null;
  percent: number | null;
  parts: Array<{ label: string; value: number }>;
}

/** A figure's totals from its per-unit counts: parts listed in `partOrder` (those with a count) after any unknown ones are dropped. */
export function totalsOf(basis: KpiBasis, counts: readonly UnitCount[], partOrder: ReadonlyArray<{ code: string; label: string }> = []): FigureTotals {
  const value = counts.reduce((sum, c) => sum + c.value, 0);
  const total = basis === 'share' ? counts.reduce((sum, c) => sum + (c.total ?? 0), 0) : null;
  const byPart = new Map<string, number>();
  for (const c of counts) if (c.part) byPart.set(c.part, (byPart.get(c.part) ?? 0) + c.value);
  const parts = partOrder.filter((p) => (byPart.get(p.code) ?? 0) > 0).map((p) => ({ label: p.label, value: byPart.get(p.code) ?? 0 }));
  return { value, total, percent: total === null ? null : percentOf(value, total), parts };
}

/** A figure in words, as the tile's accessible name and the monthly report print it: a share as 已完成/总数（百分比）, a count with its unit. */
export function figureText(f: Pick<KpiFigure, 'basis' | 'value' | 'total' | 'percent' | 'unit'>): string {
  if (f.basis === 'share') return `${f.value}/${f.total ?? 0}${f.percent === null ? '' : `（${f.percent}%）`}`;
  return `${f.value} ${f.unit}`;
}

/**
 * The unit heat map: one column per KPI, one row per unit that has a count in any of them (a unit with nothing to
 * show would only push the others off the screen), units in name order; only non-zero cells are listed.
 */
export function heatMapOf(kpis: ReadonlyArray<{ code: string; label: string; counts: readonly UnitCount[] }>): HeatMap {
  const unitNames = new Map<string, string>();
  const values = new Map<string, number>();
  kpis.forEach((k, x) => {
    for (const c of k.counts) {
      if (!c.unitId || c.value === 0) continue;
      unitNames.set(c.unitId, c.unitName);
      values.set(`${x}|${c.unitId}`, (values.get(`${x}|${c.unitId}`) ?? 0) + c.value);
    }
  });
  const units = [...unitNames].map(([unitId, unitName]) => ({ unitId, unitName })).sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN'));
  const cells: HeatMap['cells'] = [];
  kpis.forEach((_, x) => {
    units.forEach((u, y) => {
      const v = values.get(`${x}|${u.unitId}`);
      if (v) cells.push([x, y, v]);
    });
  });
  return { kpis: kpis.map(({ code, label }) => ({ code, label })), units, cells };
}

const TONE_RANK: Record<KpiTone, number> = { danger: 0, warning: 1, normal: 2 };

/** The alert list most urgent first: dangers (a limit passed) before warnings (something ends soon); stable within a tone. */
export function byUrgency<T extends { tone: KpiTone }>(alerts: readonly T[]): T[] {
  return alerts
    .map((a, i) => ({ a, i }))
    .sort((x, y) => TONE_RANK[x.a.tone] - TONE_RANK[y.a.tone] || x.i - y.i)
    .map(({ a }) => a);
}
