import { DownloadOutlined } from '@ant-design/icons';
import { type ProColumns, ProTable } from '@ant-design/pro-components';
import type { RotationAlert } from '@dandang/shared/cadres/cadre-search.schema';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { UnitTreeSelect } from '../../org';
import { CadreDrawer } from '../components/CadreDrawer';
import { searchApi } from './searchApi';

/** A unit's heading row between its cadres, so the list reads unit by unit. */
type Row = (RotationAlert & { kind: 'cadre' }) | { kind: 'unit'; unitId: string; unitName: string; count: number };

/**
 * 轮岗交流提醒: cadres whose current post has reached the policy's period (10 years, 5 for a key post, by default),
 * listed unit by unit as of today, with an Excel export of the same list.
 */
export function RotationAlertsPage() {
  const [unitId, setUnitId] = useState<string | undefined>();
  const [openId, setOpenId] = useState<string | null>(null);
  const handleError = useApiErrorHandler();
  const [exporting, setExporting] = useState(false);
  const exportList = async () => {
    setExporting(true);
    try {
      await searchApi.exportRotationAlerts(unitId);
    } catch (e) {
      handleError(e);
    } finally {
      setExporting(false);
    }
  };
  const { data, isFetching, error } = useQuery({ queryKey: ['rotation-alerts', unitId ?? ''], queryFn: () => searchApi.rotationAlerts(unitId) });

  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const item of data?.items ?? []) {
      const last = out.findLast((r) => r.kind === 'unit');
      if (!last || last.unitId !== item.unitId) out.push({ kind: 'unit', unitId: item.unitId, unitName: item.unitName, count: 0 });
      (out.findLast((r) => r.kind === 'unit') as Extract<Row, { kind: 'unit' }>).count++;
      out.push({ ...item, kind: 'cadre' });
    }
    return out;
  }, [data]);

  const span = (row: Row) => (row.kind === 'unit' ? { colSpan: 0 } : {});
  const columns: ProColumns<Row>[] = [
    {
      title: '姓名',
      dataIndex: 'name',
      width: 110,
      onCell: (row) => (row.kind === 'unit' ? { colSpan: 8 } : {}),
      render: (_, row) =>
        row.kind === 'unit' ? (
          <Typography.Text strong>
            {row.unitName}（{row.count} 人）
          </Typography.Text>
        ) : (
          <Typography.Link onClick={() => setOpenId(row.cadreId)}>{row.name}</Typography.Link>
        ),
    },
    { title: '现任职务', dataIndex: 'post', ellipsis: true, onCell: span },
    { title: '任职单位', dataIndex: 'postUnitName', ellipsis: true, onCell: span },
    {
      title: '岗位类别',
      dataIndex: 'isKey',
      width: 100,
      onCell: span,
      render: (_, row) => (row.kind === 'cadre' ? row.isKey ? <Tag color="orange">关键岗位</Tag> : <Tag>一般岗位</Tag> : null),
    },
    { title: '任职时间', dataIndex: 'startedOn', width: 110, onCell: span },
    { title: '任职年限', dataIndex: 'yearsInPost', width: 100, onCell: span, render: (_, row) => (row.kind === 'cadre' ? `${row.yearsInPost} 年` : null) },
    {
      title: '应交流年限',
      dataIndex: 'thresholdYears',
      width: 110,
      onCell: span,
      render: (_, row) => (row.kind === 'cadre' ? `满 ${row.thresholdYears} 年` : null),
    },
    { title: '到期日期', dataIndex: 'dueOn', width: 110, onCell: span },
  ];

  return (
    <Page
      content={
        data ? (
          <Typography.Text type="secondary">
            截至 {data.asOf}，按现行政策：同一职位任职满 {data.policy.years} 年、关键岗位满 {data.policy.keyPostYears} 年应交流。
          </Typography.Text>
        ) : null
      }
    >
      {error ? <Alert type="error" showIcon message="加载失败" description={(error as Error).message} style={{ marginBottom: 16 }} /> : null}
      <ProTable<Row>
        rowKey={(row) => (row.kind === 'unit' ? `unit-${row.unitId}` : row.postId)}
        columns={columns}
        dataSource={rows}
        loading={isFetching}
        search={false}
        cardBordered
        pagination={false}
        options={{ density: true, setting: true, reload: false }}
        headerTitle={
          <Space>
            <span>所在单位</span>
            <UnitTreeSelect aria-label="所在单位" value={unitId} onChange={(value) => setUnitId(value as string | undefined)} style={{ width: 260 }} />
            <Typography.Text type="secondary">共 {data?.items.length ?? 0} 人</Typography.Text>
          </Space>
        }
        toolBarRender={() => [
          <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            {T.exportExcel}
          </Button>,
        ]}
        locale={{ emptyText: '没有需要轮岗交流的干部' }}
      />
      <CadreDrawer cadreId={openId} onClose={() => setOpenId(null)} onChanged={() => undefined} />
    </Page>
  );
}
