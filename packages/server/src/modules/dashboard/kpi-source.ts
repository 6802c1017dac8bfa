import type { Period, ToneRule, UnitCount } from '@dandang/shared/dashboard/dashboard.rules';
import type { DrillRow, KpiBasis, KpiGroup } from '@dandang/shared/dashboard/dashboard.schema';
import type { IsoDate } from '@dandang/shared/dates/date';
import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { AnyColumn, SQL } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';

/** Who reads the dashboard, as every source sees it. */
export interface KpiReader {
  ctx: RequestContext;
  today: IsoDate;
  /** The period flows are counted in (the year so far on the dashboard, the month in the monthly report). */
  period: Period;
  /** The dashboard's own scope (dashboard.read) as a condition on a record's unit; a source also applies its module's. */
  within(unitId: AnyColumn): SQL | undefined;
}

export interface DrillFilter {
  /** Only the records of this unit (a heat map cell). */
  unitId?: string | undefined;
  /** At most this many, most urgent first (the alert list); the drill-down lists them all. */
  limit?: number | undefined;
}

/**
 * One figure of 动态监测 and the list behind it. `count` is one aggregate query grouped by unit (and part) and `rows`
 * lists the same records: both are built on one condition, so a figure always equals the rows of its drill-down.
 * Modules add their own figures with registerKpiSource from their index, so the dashboard never imports them.
 */
export interface KpiSource {
  /** Upper-case code, used in the drill-down's address: CASES_OVERDUE. */
  code: string;
  label: string;
  group: KpiGroup;
  basis: KpiBasis;
  /** 件, 人, 项 … */
  unit: string;
  hint: string;
  /** What the rows' date is: 办理期限, 生效日期 … */
  dateLabel: string;
  /** The figure shows to a reader who holds any of these (the module's own read permissions). */
  permissions: readonly PermissionCode[];
  /** When the figure asks for attention; a function when the rule is policy (回访覆盖面's minimum). */
  tone?: ToneRule | ((db: Executor, reader: KpiReader) => Promise<ToneRule>);
  /** The breakdown's parts in order (codes as `count` returns them in `part`). */
  parts?: ReadonlyArray<{ code: string; label: string }>;
  /** A column of the unit heat map. */
  heat?: boolean;
  /** Its first rows join the alert list. */
  alert?: boolean;
  count(db: Executor, reader: KpiReader): Promise<UnitCount[]>;
  rows(db: Executor, reader: KpiReader, filter: DrillFilter): Promise<DrillRow[]>;
  /** Monthly counts from `from` (a month's first day) to today, for the trend chart: flows only. */
  monthly?(db: Executor, reader: KpiReader, from: IsoDate): Promise<Array<{ month: string; value: number }>>;
}

const SOURCES: KpiSource[] = [];

export function registerKpiSource(source: KpiSource): void {
  if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(source.code)) throw new Error(`KPI source code ${source.code} is not an upper-case code`);
  if (SOURCES.some((s) => s.code === source.code)) throw new Error(`KPI source ${source.code} registered twice`);
  SOURCES.push(source);
}

export function kpiSources(): readonly KpiSource[] {
  return SOURCES;
}
