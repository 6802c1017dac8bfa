import { type ProColumns, ProTable } from '@ant-design/pro-components';
import { Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { measureLabel } from './measure-labels';
import { type MeasureAlert, measureApi } from './measureApi';

const DEFAULT_DAYS = 30;

/** The closer the bar's end, the warmer the tag: it is the day the cadre may be considered for promotion again. */
const daysColor = (days: number) => (days <= 7 ? 'red' : days <= 15 ? 'orange' : 'gold');

/**
 * 影响期提醒: cadres (within the viewer's measure.read scope) whose promotion bar ends within N days, so the
 * organization department can plan return visits and the use of people whose bar is about to end.
 */
export function MeasureAlertsPage() {
  const handleError = useApiErrorHandler();
  const columns: ProColumns<MeasureAlert>[] = [
    {
      title: '天数',
      dataIndex: 'withinDays',
      hideInTable: true,
      valueType: 'digit',
      initialValue: DEFAULT_DAYS,
      fieldProps: { min: 1, max: 366, precision: 0, addonAfter: '天内届满', style: { width: 200 } },
    },
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      width: 100,
      render: (_, a) => <Link to={`/cadres/${a.cadreId}`}>{a.name}</Link>,
    },
    { title: '单位', dataIndex: 'unitName', search: false, ellipsis: true },
    { title: '措施', search: false, width: 200, render: (_, a) => measureLabel(a.measure.code) },
    { title: '生效日期', search: false, width: 110, render: (_, a) => a.measure.effectiveOn },
    { title: '决定文号', search: false, width: 180, ellipsis: true, render: (_, a) => a.measure.documentNo || '—' },
    { title: '影响期届满', dataIndex: 'eligibleFrom', search: false, width: 120 },
    {
      title: '剩余天数',
      dataIndex: 'daysLeft',
      search: false,
      width: 100,
      render: (_, a) => <Tag color={daysColor(a.daysLeft)}>{a.daysLeft} 天</Tag>,
    },
  ];
  return (
    <Page content={<Typography.Text type="secondary">提拔影响期即将届满的干部（以最长的影响期为准），届满之日起可按程序提拔或者进一步使用。</Typography.Text>}>
      <ProTable<MeasureAlert, { withinDays?: number }>
        rowKey="cadreId"
        columns={columns}
        cardBordered
        scroll={{ x: 900 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          const result = await measureApi.alerts(Number(params.withinDays) || DEFAULT_DAYS);
          return { data: result.items, total: result.items.length, success: true };
        }}
        onRequestError={(error) => handleError(error)}
      />
    </Page>
  );
}
