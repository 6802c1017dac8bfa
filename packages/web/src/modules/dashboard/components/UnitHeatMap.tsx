import type { HeatMap } from '@dandang/shared/dashboard/dashboard.schema';
import { Card, Empty, Typography } from 'antd';
import { type EChartsCoreOption, format } from 'echarts/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { EChart } from '../../../platform/charts/EChart';
import { drillPath } from '../hooks/dashboardApi';

/** Height per unit row, so that a long unit list stays readable instead of squeezed. */
const ROW_HEIGHT = 34;

/**
 * 单位热力图: units down, figures across, each cell the unit's count, darker for more. Clicking a cell opens the rows
 * of that figure for that unit.
 */
export function UnitHeatMap({ map }: { map: HeatMap }) {
  const navigate = useNavigate();
  const option = useMemo<EChartsCoreOption>(() => {
    const max = Math.max(1, ...map.cells.map((c) => c[2]));
    return {
      tooltip: {
        // The tooltip is HTML and a unit's name is whatever an administrator typed: escape it.
        formatter: ({ value }: { value: [number, number, number] }) =>
          `${format.encodeHTML(map.units[value[1]]?.unitName ?? '')} · ${format.encodeHTML(map.kpis[value[0]]?.label ?? '')}：${value[2]}<br/>点击查看明细`,
      },
      grid: { left: 8, right: 8, top: 8, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: map.kpis.map((k) => k.label), axisLabel: { interval: 0 } },
      yAxis: { type: 'category', data: map.units.map((u) => u.unitName), inverse: true, axisLabel: { width: 120, overflow: 'truncate' } },
      visualMap: {
        min: 0,
        max,
        calculable: false,
        text: ['多', '少'],
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#fff7e6', '#fa8c16', '#a8071a'] },
      },
      series: [{ type: 'heatmap', data: map.cells, label: { show: true }, emphasis: { itemStyle: { borderColor: '#1677ff', borderWidth: 2 } } }],
    };
  }, [map]);
  return (
    <Card title="单位热力图" size="small" extra={<Typography.Text type="secondary">点击格子查看该单位明细</Typography.Text>}>
      {map.units.length === 0 ? (
        <Empty description="各单位暂无需关注的数字" />
      ) : (
        <EChart
          height={Math.max(220, map.units.length * ROW_HEIGHT + 90)}
          label="单位热力图"
          option={option}
          onItemClick={({ data }) => {
            const [x, y] = data as [number, number, number];
            const kpi = map.kpis[x];
            const unit = map.units[y];
            if (kpi && unit) navigate(drillPath(kpi.code, unit.unitId));
          }}
        />
      )}
    </Card>
  );
}
