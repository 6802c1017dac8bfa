import { z } from 'zod';

/*
 * 动态监测 (the jurisdiction dashboard): figures from every module that registered a KPI source, each with the list
 * behind it. A figure is either a stock (what stands today: open cases, cadres on the roll) or a flow (what happened
 * in the period: decisions taken, clarifications completed), so the page and the monthly report can say which.
 */

export const KPI_GROUPS = ['people', 'assessment', 'cases', 'outcomes', 'protection', 'participation'] as const;
export type KpiGroup = (typeof KPI_GROUPS)[number];
export const KPI_GROUP_LABELS: Record<KpiGroup, string> = {
  people: '干部队伍',
  assessment: '考核评价',
  cases: '案件办理',
  outcomes: '容错与问责',
  protection: '澄清正名与回访',
  participation: '评先评优与群众参与',
};

export const KPI_BASES = ['stock', 'flow', 'share'] as const;
/** stock: counted as of today; flow: counted within the period; share: `value` of `total` (a completion or coverage rate). */
export type KpiBasis = (typeof KPI_BASES)[number];

/** A figure's tone on the page: a warning asks for attention, a danger for action. */
export const KPI_TONES = ['normal', 'warning', 'danger'] as const;
export type KpiTone = (typeof KPI_TONES)[number];

const count = z.number().int();
const kpiCode = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, '指标代码格式不正确');

export const kpiFigure = z.object({
  code: z.string(),
  label: z.string(),
  group: z.enum(KPI_GROUPS),
  basis: z.enum(KPI_BASES),
  /** 件, 人, 项 … */
  unit: z.string(),
  value: count,
  /** For a share: what `value` is counted out of; the drill-down lists these. */
  total: count.nullable(),
  /** For a share: value / total in percent, one decimal; null when the total is zero. */
  percent: z.number().nullable(),
  /** Breakdown of the value, e.g. overdue cases by case type; empty when the figure has none. */
  parts: z.array(z.object({ label: z.string(), value: count })),
  tone: z.enum(KPI_TONES),
  /** One sentence under the figure: what it counts. */
  hint: z.string(),
});
export type KpiFigure = z.infer<typeof kpiFigure>;

export const trendSeries = z.object({ code: z.string(), label: z.string(), values: z.array(count) });

export const heatMap = z.object({
  kpis: z.array(z.object({ code: z.string(), label: z.string() })),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string() })),
  /** [kpi index, unit index, value]: the cells that are not zero. */
  cells: z.array(z.tuple([count, count, count])),
});
export type HeatMap = z.infer<typeof heatMap>;

/** One row behind a figure: the record it stands for, with the page that opens it. */
export const drillRow = z.object({
  id: z.string(),
  title: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  cadreName: z.string(),
  /** The day that matters for the row (due, effective, decided…), named by the source's `dateLabel`. */
  date: z.string().nullable(),
  /** A short status: 逾期 3 个工作日, 已确认, 未回访 … */
  status: z.string(),
  /** Path of the record's page in the web app. */
  href: z.string(),
});
export type DrillRow = z.infer<typeof drillRow>;

export const alertItem = z.object({ kpi: z.string(), kpiLabel: z.string(), tone: z.enum(KPI_TONES), row: drillRow });

export const dashboardView = z.object({
  asOf: z.string(),
  /** The period flows are counted in: the year so far. */
  period: z.object({ from: z.string(), to: z.string() }),
  kpis: z.array(kpiFigure),
  trends: z.object({ months: z.array(z.string()), series: z.array(trendSeries) }),
  heatMap,
  alerts: z.array(alertItem),
});
export type DashboardView = z.infer<typeof dashboardView>;

export const drillParams = z.object({ kpi: kpiCode });
export const drillQuery = z.object({ unitId: z.uuid('单位编号格式不正确').optional() });

export const drillView = z.object({
  kpi: z.string(),
  label: z.string(),
  basis: z.enum(KPI_BASES),
  dateLabel: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  unitName: z.string().nullable(),
  rows: z.array(drillRow),
});
export type DrillView = z.infer<typeof drillView>;

/** `?month=2026-10`: the monthly report of a month that has begun; without it, the current month. */
export const monthlyReportQuery = z.object({
  month: z
    .string({ error: '月份应为 YYYY-MM 格式' })
    .regex(/^(20\d\d|2[1-2]\d\d)-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM 格式，如 2026-10')
    .optional(),
});
