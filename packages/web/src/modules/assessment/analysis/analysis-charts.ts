import type { AnalysisView } from '@dandang/shared/assessment/analysis.schema';
import { SCHEME_CATEGORY_LABELS } from '@dandang/shared/assessment/scheme.schema';
import type { EChartsCoreOption } from 'echarts/core';
import { isCadreCategory, subjectWords } from '../results/subject-words';

/** One bar's payload, read back when it is clicked. */
export interface BarItem {
  value: number;
  drill: { unitId?: string; grade?: string; scoreFrom?: number; scoreTo?: number; title: string };
}

const GRADE_COLORS = ['#389e0d', '#1677ff', '#faad14', '#f5222d'];
const NONE = { code: 'NONE', label: '未定等次' };

/** A row of the grade chart: whose grades it counts, and the unit a click keeps the list to (none: the whole category). */
interface GradeRow {
  label: string;
  /** What the list opened from the row is titled: the unit, or the category (its count belongs to the bar only). */
  title: string;
  unitId?: string;
  counts: Record<string, number>;
}

/**
 * The grade chart's rows. Cadres are counted per unit. Units and teams are one each, and their category is graded as
 * one pool: a bar per unit would only say "1" for each, so they are counted together in one row.
 */
function gradeRows(view: AnalysisView): GradeRow[] {
  if (isCadreCategory(view.category)) return view.byUnit.map((u) => ({ label: u.unitName, title: u.unitName, unitId: u.unitId, counts: u.counts }));
  const counts: Record<string, number> = {};
  for (const u of view.byUnit) for (const [grade, n] of Object.entries(u.counts)) counts[grade] = (counts[grade] ?? 0) + n;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const name = SCHEME_CATEGORY_LABELS[view.category];
  return [{ label: `${name}（${total} ${subjectWords(view.category).measure}）`, title: name, counts }];
}

/** How many rows the grade chart draws, to size it. */
export const gradeRowCount = (view: AnalysisView) => gradeRows(view).length;

/** 等次分布: a stacked bar per unit (or one for a category of units or teams), one series per grade. */
export function gradesByUnitOption(view: AnalysisView): EChartsCoreOption {
  const grades = [...view.grades, NONE];
  const rows = gradeRows(view);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.label), inverse: true },
    series: grades.map((g, i) => ({
      type: 'bar',
      name: g.label,
      stack: 'grades',
      // One row alone (a category of units) would otherwise fill the whole chart's height.
      barMaxWidth: 40,
      color: GRADE_COLORS[i] ?? '#bfbfbf',
      label: { show: true, formatter: ({ value }: { value: number }) => (value ? String(value) : '') },
      data: rows.map(
        (r): BarItem => ({
          value: r.counts[g.code] ?? 0,
          drill: { ...(r.unitId ? { unitId: r.unitId } : {}), grade: g.code, title: `${r.title} · ${g.label}` },
        }),
      ),
    })),
  };
}

/** 得分分布: the histogram; the bar ending at full marks includes them. */
export function histogramOption(view: AnalysisView): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: view.histogram.map((b) => `${b.from}–${b.to}`) },
    yAxis: { type: 'value', minInterval: 1, name: subjectWords(view.category).counted },
    series: [
      {
        type: 'bar',
        color: '#1677ff',
        label: { show: true, position: 'top' },
        data: view.histogram.map(
          (b, i): BarItem => ({
            value: b.n,
            // The last bar holds every score from its lower edge up, full marks included (scoreHistogram), so its
            // list has no upper bound; every other bar is [from, to).
            drill: { scoreFrom: b.from, ...(i < view.histogram.length - 1 ? { scoreTo: b.to } : {}), title: `得分 ${b.from}–${b.to}` },
          }),
        ),
      },
    ],
  };
}

/** 历年趋势: the mean score year by year, with the share of the top grade. */
export function trendOption(view: AnalysisView): EChartsCoreOption {
  const top = view.grades[0];
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: view.trend.map((t) => `${t.year}`) },
    yAxis: [
      { type: 'value', name: '平均分', scale: true },
      { type: 'value', name: '占比%', max: 100 },
    ],
    series: [
      { type: 'line', name: '平均分', data: view.trend.map((t) => t.mean), label: { show: true } },
      {
        type: 'bar',
        name: `${top?.label ?? '最高等次'}占比`,
        yAxisIndex: 1,
        color: '#95de64',
        data: view.trend.map((t) => (t.participants ? Math.round(((t.counts[top?.code ?? ''] ?? 0) / t.participants) * 1000) / 10 : 0)),
      },
    ],
  };
}
