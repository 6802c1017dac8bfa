import type { DashboardView } from '@dandang/shared/dashboard/dashboard.schema';
import { Card, Empty } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { EChart } from '../../../platform/charts/EChart';

/** 近 12 个月趋势: one line per flow figure, months as 11月 (with the year on January and the first month). */
export function TrendCard({ trends }: { trends: DashboardView['trends'] }) {
  const option = useMemo<EChartsCoreOption>(() => {
    const labels = trends.months.map((m, i) => (i === 0 || m.endsWith('-01') ? `${m.slice(0, 4)}年${Number(m.slice(5))}月` : `${Number(m.slice(5))}月`));
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels, boundaryGap: false },
      yAxis: { type: 'value', minInterval: 1 },
      series: trends.series.map((s) => ({ type: 'line', name: s.label, data: s.values, smooth: false, symbolSize: 6 })),
    };
  }, [trends]);
  return (
    <Card title="近 12 个月趋势" size="small">
      {trends.series.length === 0 ? <Empty description="没有可显示的趋势" /> : <EChart height={280} label="近 12 个月趋势" option={option} />}
    </Card>
  );
}
