import type { EChartsCoreOption } from 'echarts/core';

/** A plain bar chart of counts by category, each bar labelled with its count, as the statistics pages draw them. */
export function barOption(labels: readonly string[], values: readonly number[], unit: string): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1, name: unit },
    series: [{ type: 'bar', data: values, label: { show: true, position: 'top' }, color: '#1677ff' }],
  };
}
