import { KPI_GROUP_LABELS, KPI_GROUPS } from '@dandang/shared/dashboard/dashboard.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Skeleton, Typography } from 'antd';
import { Page } from '../../../layout/Page';
import { AlertList } from '../components/AlertList';
import { KpiTile } from '../components/KpiTile';
import { MonthlyReportButton } from '../components/MonthlyReportButton';
import { TrendCard } from '../components/TrendCard';
import { UnitHeatMap } from '../components/UnitHeatMap';
import { DASHBOARD_KEY, dashboardApi } from '../hooks/dashboardApi';

/** 动态监测: the jurisdiction's figures by group, their trends, the unit heat map and the alerts; every number opens its list. */
export function DashboardPage() {
  const overview = useQuery({ queryKey: [DASHBOARD_KEY, 'overview'], queryFn: dashboardApi.overview });
  const v = overview.data;
  return (
    <Page
      extra={<MonthlyReportButton />}
      content={
        <Typography.Text type="secondary">
          {v ? `数据截至 ${v.asOf}；“本年”指 ${v.period.from} 至 ${v.period.to}，“当前”指截至今日。` : '按您的数据范围统计。'}点击任一数字查看明细。
        </Typography.Text>
      }
    >
      {overview.isError && <Alert type="error" showIcon message="动态监测数据加载失败，请稍后刷新重试" />}
      {overview.isLoading && <Skeleton active paragraph={{ rows: 8 }} />}
      {v && v.kpis.length === 0 && <Empty description="您的账号没有可查看的指标" />}
      {v && v.kpis.length > 0 && (
        <Row gutter={[16, 16]}>
          {KPI_GROUPS.map((group) => {
            const figures = v.kpis.filter((k) => k.group === group);
            if (figures.length === 0) return null;
            // A group is as wide as its tiles (a quarter of the page each), so small groups share a row.
            const tiles = Math.min(figures.length, 4);
            return (
              <Col key={group} xs={24} xl={tiles * 6}>
                <Card title={KPI_GROUP_LABELS[group]} size="small" style={{ height: '100%' }}>
                  <Row gutter={[12, 12]}>
                    {figures.map((f) => (
                      <Col key={f.code} xs={12} md={8} xl={24 / tiles}>
                        <KpiTile figure={f} />
                      </Col>
                    ))}
                  </Row>
                </Card>
              </Col>
            );
          })}
          <Col xs={24} xl={14}>
            <TrendCard trends={v.trends} />
          </Col>
          <Col xs={24} xl={10}>
            <AlertList alerts={v.alerts} />
          </Col>
          <Col xs={24}>
            <UnitHeatMap map={v.heatMap} />
          </Col>
        </Row>
      )}
    </Page>
  );
}
