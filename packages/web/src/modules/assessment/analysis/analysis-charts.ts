import type { AnalysisView } from '@dandang/shared/assessment/analysis.schema';
import type { EChartsCoreOption } from 'echarts/core';

/** One bar's payload, read back when it is clicked. */
export interface BarItem {
  value: number;
  drill: { unitId?: string; grade?: string; scoreFrom?: number; scoreTo?: number; title: string };
}

const GRADE_COLORS = ['#389e0d', '#1677ff', '#faad14', '#f5222d'];
const NONE = { code: 'NONE', label: '未定等次' };

/** 等次分布（按单位）: a stacked bar per unit, one series per grade. */
export function gradesByUnitOption(view: AnalysisView): EChartsCoreOption {
  const grades = [...view.grades, NONE];
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: view.byUnit.map((u) => u.unitName), inverse: true },
    series: grades.map((g, i) => ({
      type: 'bar',
      name: g.label,
      stack: 'grades',
      color: GRADE_COLORS[i] ?? '#bfbfbf',
      label: { show: true, formatter: ({ value }: { value: number }) => (value ? String(value) : '') },
      data: view.byUnit.map(
        (u): BarItem => ({
          value: u.counts[g.code] ?? 0,
          drill: { unitId: u.unitId, grade: g.code, title: `${u.unitName} · ${g.label}` },
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
    yAxis: { type: 'value', minInterval: 1, name: '人数' },
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
