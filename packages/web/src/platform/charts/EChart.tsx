import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { type ECharts, type EChartsCoreOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the product's charts use are bundled; a chart that needs another series type registers it here.
use([BarChart, HeatmapChart, LineChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export interface ChartClick {
  /** The clicked item's data, as given in the series. */
  data: unknown;
  /** Its place in the series (a category axis's index). */
  dataIndex: number;
}

/**
 * One ECharts chart: created on mount, given each new option, resized with its box and disposed on unmount. A click
 * on an item calls `onItemClick`, which is how every number on a dashboard drills into its list.
 */
export function EChart({
  option,
  height,
  onItemClick,
  label,
}: {
  option: EChartsCoreOption;
  height: number;
  onItemClick?: (click: ChartClick) => void;
  /** Read by screen readers and tests: what the chart shows. */
  label: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clicked = useRef(onItemClick);
  clicked.current = onItemClick;

  useEffect(() => {
    if (!box.current) return;
    const instance = init(box.current);
    chart.current = instance;
    instance.on('click', (params) => clicked.current?.({ data: params.data, dataIndex: params.dataIndex }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
