import type { HeatMapView } from '@dandang/shared/assessment/target.schema';
import { Card, Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { EChart } from '../../../platform/charts/EChart';

export interface HeatCellPick {
  unitId: string;
  unitName: string;
  indicatorId: string;
  indicatorName: string;
}

/**
 * A cell's item: [indicator index, unit index, completion] plus what its tooltip and drill-down need. A cell without
 * confirmed progress gets -1, below the colour scale, so it is drawn grey instead of being left out.
 */
interface CellItem {
  value: [number, number, number];
  pick: HeatCellPick;
  targets: number;
  confirmed: number;
  overdue: number;
}

/**
 * 目标完成情况热力图: units down, indicators across, each cell coloured by the mean completion of the unit's confirmed
 * targets on that indicator (grey while nothing is confirmed). Clicking a cell lists its targets.
 */
export function HeatMapCard({ map, onPick }: { map: HeatMapView; onPick: (pick: HeatCellPick) => void }) {
  const option = useMemo(() => {
    const unitIndex = new Map(map.units.map((u, i) => [u.id, i]));
    const indicatorIndex = new Map(map.indicators.map((x, i) => [x.id, i]));
    const data: CellItem[] = map.cells.map((c) => {
      const unit = unitIndex.get(c.unitId) ?? 0;
      const indicator = indicatorIndex.get(c.indicatorId) ?? 0;
      return {
        value: [indicator, unit, c.completion ?? -1],
        pick: {
          unitId: c.unitId,
          unitName: map.units[unit]?.name ?? '',
          indicatorId: c.indicatorId,
          indicatorName: map.indicators[indicator]?.name ?? '',
        },
        targets: c.targets,
        confirmed: c.confirmed,
        overdue: c.overdue,
      };
    });
    return {
      tooltip: {
        formatter: ({ data: d }: { data: CellItem }) =>
          `${d.pick.unitName} · ${d.pick.indicatorName}<br/>完成率 ${d.value[2] < 0 ? '暂无已确认进度' : `${d.value[2]}%`}<br/>目标 ${d.targets} 项，已确认 ${d.confirmed} 项${d.overdue ? `，逾期 ${d.overdue} 项` : ''}`,
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: map.indicators.map((x) => x.name), axisLabel: { interval: 0, width: 96, overflow: 'truncate' } },
      yAxis: { type: 'category', data: map.units.map((u) => u.name), inverse: true },
      // Bands an official reads at a glance; a cell without confirmed progress (-1) falls in the grey band.
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        pieces: [
          { lt: 0, label: '未确认', color: '#e8e8e8' },
          { gte: 0, lt: 60, label: '60%以下', color: '#f5222d' },
          { gte: 60, lt: 80, label: '60%–80%', color: '#fa8c16' },
          { gte: 80, lt: 100, label: '80%–100%', color: '#fadb14' },
          { gte: 100, label: '完成', color: '#52c41a' },
        ],
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: {
            show: true,
            color: '#262626',
            formatter: ({ data: d }: { data: CellItem }) => (d.value[2] < 0 ? `未确认 0/${d.targets}` : `${d.value[2]}%`),
          },
          emphasis: { itemStyle: { borderColor: '#1677ff', borderWidth: 2 } },
        },
      ],
    };
  }, [map]);

  if (map.cells.length === 0) {
    return (
      <Card size="small" title="完成情况热力图" style={{ marginBottom: 16 }}>
        <Empty description="还没有使用考核指标的单位或个人目标" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      </Card>
    );
  }
  return (
    <Card
      size="small"
      title="完成情况热力图"
      extra={<Typography.Text type="secondary">点击格子查看该单位该指标的目标</Typography.Text>}
      style={{ marginBottom: 16 }}
    >
      <EChart
        label="各单位各指标目标完成率热力图"
        option={option}
        height={Math.max(180, 48 + map.units.length * 36)}
        onItemClick={({ data }) => onPick((data as CellItem).pick)}
      />
    </Card>
  );
}
