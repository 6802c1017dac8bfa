import type { CoverageReport } from '@dandang/shared/visits/coverage.schema';
import type { EChartsCoreOption } from 'echarts/core';

const MET = '#389e0d';
const SHORT = '#cf1322';

/**
 * Coverage per unit as bars, each green when the unit reaches the policy's minimum and red when it falls short, with
 * the minimum drawn across as a dashed line (a line series: the bundled chart parts have no mark lines).
 */
export function coverageChartOption(report: CoverageReport): EChartsCoreOption {
  const names = report.units.map((u) => u.unitName);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    // A county has dozens of units: every name is shown, slanted, rather than every other one dropped.
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 8 ? 40 : 0 } },
    // The bars' colours speak for themselves (green reaches the minimum, red falls short); the legend names the line.
    legend: { top: 0, data: [`最低要求 ${report.minCoveragePercent}%`] },
    yAxis: { type: 'value', name: '%', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: '覆盖率',
        data: report.units.map((u) => ({ value: u.percent, itemStyle: { color: u.meetsMinimum ? MET : SHORT } })),
        label: { show: true, position: 'top', formatter: '{c}%' },
      },
      {
        type: 'line',
        name: `最低要求 ${report.minCoveragePercent}%`,
        data: names.map(() => report.minCoveragePercent),
        symbol: 'none',
        color: SHORT,
        lineStyle: { type: 'dashed', width: 1.5 },
        tooltip: { show: false },
      },
    ],
  };
}
