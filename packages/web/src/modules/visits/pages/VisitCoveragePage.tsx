import type { CoverageReport } from '@dandang/shared/visits/coverage.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Statistic, Table, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { StatisticsPageFrame } from '../../../layout/StatisticsPageFrame';
import { EChart } from '../../../platform/charts/EChart';
import { coverageChartOption } from '../components/coverage-chart';
import { visitKeys, visitsApi } from '../hooks/visitsApi';

type UnitRow = CoverageReport['units'][number];

function unitColumns(report: CoverageReport | undefined): TableColumnsType<UnitRow> {
  const min = report?.minCoveragePercent ?? 0;
  return [
    { title: '单位', dataIndex: 'unitName' },
    { title: report ? `${report.measuresFrom}—${report.measuresTo}年受处理处分人数` : '受处理处分人数', dataIndex: 'underMeasures', width: 200 },
    { title: report ? `${report.year}年已回访` : '已回访', dataIndex: 'visited', width: 110 },
    { title: '覆盖率', dataIndex: 'percent', width: 90, render: (v: number) => `${v}%` },
    {
      title: '是否达标',
      dataIndex: 'meetsMinimum',
      width: 120,
      render: (met: boolean) => (met ? <Tag color="success">达到 {min}%</Tag> : <Tag color="error">低于 {min}%</Tag>),
    },
  ];
}

/**
 * 回访覆盖面: the share of the people under measures in the previous years who were visited in the chosen year, for
 * the reader's scope and per unit, against the policy's minimum (30% by default); exported to Excel as one sheet.
 */
export function VisitCoveragePage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const coverage = useQuery({ queryKey: visitKeys.coverage(year), queryFn: () => visitsApi.coverage(year) });
  const r = coverage.data;
  const option = useMemo(() => (r ? coverageChartOption(r) : null), [r]);
  return (
    <StatisticsPageFrame
      year={year}
      onYearChange={setYear}
      onExport={() => visitsApi.exportCoverage(year)}
      content={r && `统计 ${r.measuresFrom}—${r.measuresTo} 年受处理处分人员在 ${r.year} 年的回访情况，按政策每年覆盖面不低于 ${r.minCoveragePercent}%。`}
    >
      {coverage.error && <Alert type="error" showIcon message={(coverage.error as Error).message} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card loading={coverage.isLoading}>
            <Statistic title="受处理处分人数" value={r?.total.underMeasures ?? 0} suffix="人" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={coverage.isLoading}>
            <Statistic title="已回访人数" value={r?.total.visited ?? 0} suffix="人" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={coverage.isLoading}>
            <Statistic title="总体覆盖率" value={r?.total.percent ?? 0} suffix="%" valueStyle={{ color: r && !r.total.meetsMinimum ? '#cf1322' : '#389e0d' }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card loading={coverage.isLoading}>
            <Statistic title="未达标单位" value={r?.units.filter((u) => !u.meetsMinimum).length ?? 0} suffix={`/ ${r?.units.length ?? 0}`} />
          </Card>
        </Col>
        <Col span={24}>
          <Card title="分单位覆盖率" size="small">
            {option && r && r.units.length > 0 ? (
              <EChart height={380} label="分单位回访覆盖率" option={option} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该年度没有需要回访的人员" />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card title="分单位明细" size="small">
            <Table<UnitRow>
              rowKey="unitId"
              size="small"
              loading={coverage.isLoading}
              columns={unitColumns(r)}
              dataSource={r?.units}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
            />
          </Card>
        </Col>
      </Row>
    </StatisticsPageFrame>
  );
}
