import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { useState } from 'react';
import { StatisticsPageFrame } from '../../../layout/StatisticsPageFrame';
import { barOption } from '../../../platform/charts/bar-option';
import { EChart } from '../../../platform/charts/EChart';
import { ACCOUNTABILITY_KEY, accountabilityApi } from '../hooks/accountabilityApi';

type Counts = Array<{ key: string; label: string; count: number }>;

function CountChart({ title, counts }: { title: string; counts: Counts | undefined }) {
  return (
    <Card title={title} size="small">
      {counts && (
        <EChart
          height={260}
          label={title}
          option={barOption(
            counts.map((c) => c.label),
            counts.map((c) => c.count),
            '件',
          )}
        />
      )}
    </Card>
  );
}

/** 问责统计: a year's decisions by form, proposing body, unit and month; repeat flags; appeals; working days to decide. */
export function AccountabilityStatisticsPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const stats = useQuery({ queryKey: [ACCOUNTABILITY_KEY, 'statistics', year], queryFn: () => accountabilityApi.statistics(year) });
  const s = stats.data;
  const figures: Array<[string, number | string]> = [
    ['问责决定', s?.decisions ?? 0],
    ['已纠正', s?.corrected ?? 0],
    ['12 个月内再次问责', s?.repeatFlags ?? 0],
    ['申诉（成立/维持/未答复）', s ? `${s.appeals.upheld}/${s.appeals.dismissed}/${s.appeals.open}` : '—'],
    ['建议到决定平均用时（工作日）', s?.averageWorkdays ?? '—'],
  ];
  return (
    <StatisticsPageFrame year={year} onYearChange={setYear} onExport={() => accountabilityApi.exportStatistics(year)} provisional={s?.workdaysProvisional}>
      <Row gutter={[16, 16]}>
        {figures.map(([title, value]) => (
          <Col key={title} xs={12} md={8} xl={4}>
            <Card loading={stats.isLoading}>
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
        <Col xs={24} lg={12}>
          <CountChart title="问责方式" counts={s?.byForm} />
        </Col>
        <Col xs={24} lg={12}>
          <CountChart title="提出机关" counts={s?.byBody} />
        </Col>
        <Col xs={24} lg={12}>
          <CountChart title="单位" counts={s?.byUnit} />
        </Col>
        <Col xs={24} lg={12}>
          <CountChart title="决定月份" counts={s?.byMonth} />
        </Col>
      </Row>
    </StatisticsPageFrame>
  );
}
