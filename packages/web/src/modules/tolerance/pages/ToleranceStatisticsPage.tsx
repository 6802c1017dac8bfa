import type { ToleranceStatistics } from '@dandang/shared/tolerance/tolerance-statistics.schema';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { StatisticsPageFrame } from '../../../layout/StatisticsPageFrame';
import { barOption } from '../../../platform/charts/bar-option';
import { EChart } from '../../../platform/charts/EChart';
import { TOLERANCE_KEY, toleranceApi } from '../hooks/toleranceApi';

type UnitRow = ToleranceStatistics['byUnit'][number];
type StageRow = ToleranceStatistics['stages'][number];

const unitColumns: TableColumnsType<UnitRow> = [
  { title: '单位', dataIndex: 'unitName' },
  { title: '案件数', dataIndex: 'total', width: 80 },
  { title: '免责', dataIndex: 'exempt', width: 70 },
  { title: '从轻', dataIndex: 'lighter', width: 70 },
  { title: '减轻', dataIndex: 'reduced', width: 70 },
  { title: '不予容错', dataIndex: 'rejected', width: 90 },
];
const stageColumns: TableColumnsType<StageRow> = [
  { title: '办理阶段', dataIndex: 'label' },
  { title: '已办结该阶段的案件', dataIndex: 'cases', width: 160 },
  { title: '平均用时（工作日）', dataIndex: 'averageWorkdays', width: 160, render: (v: number | null) => (v === null ? '—' : v) },
];

/** 容错纠错统计: a year's cases by result, unit and month, how long each stage took, and how many kept the limits. */
export function ToleranceStatisticsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const stats = useQuery({ queryKey: [TOLERANCE_KEY, 'statistics', year], queryFn: () => toleranceApi.statistics(year) });
  const s = stats.data;
  return (
    <StatisticsPageFrame year={year} onYearChange={setYear} onExport={() => toleranceApi.exportStatistics(year)} provisional={s?.provisional}>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card loading={stats.isLoading}>
            <Statistic title="案件总数" value={s?.total ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={stats.isLoading}>
            <Statistic title="已作出认定" value={s?.withinLimits.decided ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={stats.isLoading}>
            <Statistic title="按期办结率" value={s?.withinLimits.percent ?? '—'} suffix={s?.withinLimits.percent === null ? '' : '%'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={stats.isLoading}>
            <Statistic title="免责" value={s?.byDecision.find((d) => d.decision === 'EXEMPT')?.count ?? 0} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="认定结果" size="small">
            {s && (
              <EChart
                height={260}
                label="认定结果"
                option={barOption(
                  s.byDecision.map((d) => d.label),
                  s.byDecision.map((d) => d.count),
                  '件',
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="受理月份" size="small">
            {s && (
              <EChart
                height={260}
                label="受理月份"
                option={barOption(
                  s.byMonth.map((m) => `${m.month}月`),
                  s.byMonth.map((m) => m.opened),
                  '件',
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="各阶段平均用时" size="small">
            <Table<StageRow> rowKey="state" size="small" columns={stageColumns} dataSource={s?.stages} pagination={false} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="分单位" size="small">
            <Table<UnitRow> rowKey="unitId" size="small" columns={unitColumns} dataSource={s?.byUnit} pagination={{ pageSize: 10, hideOnSinglePage: true }} />
          </Card>
        </Col>
      </Row>
    </StatisticsPageFrame>
  );
}
