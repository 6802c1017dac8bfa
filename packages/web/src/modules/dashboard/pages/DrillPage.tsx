import type { DrillRow } from '@dandang/shared/dashboard/dashboard.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, type TableColumnsType, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { ExportButton } from '../../../platform/ui/ExportButton';
import { DASHBOARD_KEY, dashboardApi, drillPath } from '../hooks/dashboardApi';

const BASIS_TEXT = { stock: '截至今日', flow: '本年', share: '截至今日，所列为全部统计对象' } as const;

/** 指标明细: the rows behind one dashboard figure (one unit's, from the heat map), each a link to its record; exportable. */
export function DrillPage() {
  const { kpi = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const unitId = search.get('unitId') ?? undefined;
  const drill = useQuery({ queryKey: [DASHBOARD_KEY, 'drill', kpi, unitId], queryFn: () => dashboardApi.drill(kpi, unitId) });
  const d = drill.data;
  const columns: TableColumnsType<DrillRow> = [
    { title: '事项', dataIndex: 'title', render: (title: string, r) => <Link to={r.href}>{title}</Link> },
    { title: '单位', dataIndex: 'unitName', width: 180, ellipsis: true },
    { title: '干部', dataIndex: 'cadreName', width: 100 },
    { title: d?.dateLabel ?? '日期', dataIndex: 'date', width: 120, render: (v: string | null) => v ?? '—' },
    { title: '状态', dataIndex: 'status', width: 280, ellipsis: true },
  ];
  const title = d ? `${d.label}明细${d.unitName ? ` · ${d.unitName}` : ''}` : '指标明细';
  return (
    <Page
      title={title}
      extra={
        <Space>
          {unitId && <Button onClick={() => navigate(drillPath(kpi))}>查看全部单位</Button>}
          {d && <ExportButton run={() => dashboardApi.exportDrill(kpi, unitId, title)} />}
        </Space>
      }
      content={
        d && (
          <Typography.Text type="secondary">
            {BASIS_TEXT[d.basis]}
            {d.basis === 'flow' ? `（${d.period.from} 至 ${d.period.to}）` : ''}，共 {d.rows.length} 条。
          </Typography.Text>
        )
      }
    >
      {drill.isError && <Alert type="error" showIcon message="该指标不存在或您无权查看" style={{ marginBottom: 16 }} />}
      <Card size="small">
        <Table<DrillRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={d?.rows}
          loading={drill.isLoading}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条` }}
          scroll={{ x: 900 }}
        />
      </Card>
    </Page>
  );
}
