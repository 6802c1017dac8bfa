import type { ComplaintStatistics } from '@dandang/shared/complaints/complaint-statistics.schema';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Space, Statistic, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { StatisticsPageFrame } from '../../../layout/StatisticsPageFrame';
import { barOption } from '../../../platform/charts/bar-option';
import { EChart } from '../../../platform/charts/EChart';
import { COMPLAINTS_KEY, complaintsApi } from '../hooks/complaintsApi';

type UnitRow = ComplaintStatistics['byUnit'][number];
type ReferralRow = ComplaintStatistics['falseAccusations']['byReferral'][number];

const unitColumns: TableColumnsType<UnitRow> = [
  { title: '被反映人所在单位', dataIndex: 'unitName' },
  { title: '件数', dataIndex: 'count', width: 80 },
];
const referralColumns: TableColumnsType<ReferralRow> = [
  { title: '对诬告陷害者的处理', dataIndex: 'label' },
  { title: '件数', dataIndex: 'count', width: 80 },
];

function CountChart({ title, labels, values }: { title: string; labels: string[] | undefined; values: number[] | undefined }) {
  return (
    <Card title={title} size="small">
      {labels && values && <EChart height={260} label={title} option={barOption(labels, values, '件')} />}
    </Card>
  );
}

const orDash = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v);

/** An axis has room for the name only: 查无实据（不能排除） reads 查无实据 under its bar; the table keeps the full text. */
const axisLabel = (label: string) => label.replace(/（.*）$/, '');

/** 检举控告统计: a year's complaints by channel, conclusion, unit and month, 澄清正名率, and the false accusers dealt with. */
export function ComplaintStatisticsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const stats = useQuery({ queryKey: [COMPLAINTS_KEY, 'statistics', year], queryFn: () => complaintsApi.statistics(year) });
  const s = stats.data;
  const concluded = s ? s.total - (s.byConclusion.find((c) => c.code === 'UNCONCLUDED')?.count ?? 0) : 0;
  const figures: Array<[string, number | string, string?]> = [
    ['受理检举控告', s?.total ?? 0],
    ['已作出核查结论', concluded],
    ['澄清正名率', orDash(s?.clarification.percent), s?.clarification.percent === null ? '' : '%'],
    ['诬告陷害（已处理/认定）', s ? `${s.falseAccusations.handled}/${s.falseAccusations.concluded}` : '—'],
  ];
  return (
    <StatisticsPageFrame year={year} onYearChange={setYear} onExport={() => complaintsApi.exportStatistics(year)} provisional={s?.provisional}>
      <Row gutter={[16, 16]}>
        {figures.map(([title, value, suffix]) => (
          <Col xs={12} md={6} key={title}>
            <Card loading={stats.isLoading}>
              <Statistic title={title} value={value} suffix={suffix} />
            </Card>
          </Col>
        ))}
        <Col xs={24}>
          <Card size="small">
            <Space size="large" wrap>
              <span>受理至作出结论平均用时：{orDash(s?.averageWorkdaysToConclusion)} 个工作日</span>
              <span>
                失实类结论 {s?.clarification.falseReports ?? 0} 件，其中已澄清正名 {s?.clarification.clarified ?? 0} 件
              </span>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <CountChart title="来源渠道" labels={s?.byChannel.map((c) => c.label)} values={s?.byChannel.map((c) => c.count)} />
        </Col>
        <Col xs={24} lg={12}>
          <CountChart title="核查结论" labels={s?.byConclusion.map((c) => axisLabel(c.label))} values={s?.byConclusion.map((c) => c.count)} />
        </Col>
        <Col xs={24} lg={12}>
          <CountChart title="受理月份" labels={s?.byMonth.map((m) => `${m.month}月`)} values={s?.byMonth.map((m) => m.received)} />
        </Col>
        <Col xs={24} lg={12}>
          <Card title="分单位" size="small">
            <Table<UnitRow> rowKey="unitId" size="small" columns={unitColumns} dataSource={s?.byUnit} pagination={{ pageSize: 10, hideOnSinglePage: true }} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="诬告陷害的处理" size="small">
            <Table<ReferralRow> rowKey="code" size="small" columns={referralColumns} dataSource={s?.falseAccusations.byReferral} pagination={false} />
          </Card>
        </Col>
      </Row>
    </StatisticsPageFrame>
  );
}
