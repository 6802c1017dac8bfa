import { type ProColumns, ProTable } from '@ant-design/pro-components';
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { Page } from '../../../layout/Page';
import type { Query } from '../../../platform/api/client';
import { pageQuery } from '../../../platform/api/types';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ExportButton } from '../../../platform/ui/ExportButton';
import type { LoginLog, LoginResult } from '../audit.types';
import { LOGIN_EVENT_LABELS, LOGIN_RESULT_ENUM, LOGIN_RESULT_LABELS } from '../audit-labels';
import { auditApi, rangeQuery } from '../hooks/auditApi';

interface Filters {
  timeRange?: [string, string];
  username?: string;
  result?: LoginResult;
}

const columns: ProColumns<LoginLog>[] = [
  { title: '时间范围', dataIndex: 'timeRange', valueType: 'dateTimeRange', hideInTable: true },
  {
    title: '时间',
    dataIndex: 'at',
    search: false,
    width: 170,
    render: (_, log) => dayjs(log.at).format('YYYY-MM-DD HH:mm:ss'),
  },
  { title: '用户名', dataIndex: 'username', width: 140 },
  { title: '事件', dataIndex: 'event', search: false, width: 80, render: (_, log) => LOGIN_EVENT_LABELS[log.event] ?? log.event },
  {
    title: '结果',
    dataIndex: 'result',
    width: 110,
    valueType: 'select',
    valueEnum: LOGIN_RESULT_ENUM,
    render: (_, log) => {
      const label = LOGIN_RESULT_LABELS[log.result];
      return <Tag color={label?.color}>{label?.text ?? log.result}</Tag>;
    },
  },
  { title: 'IP', dataIndex: 'ip', search: false, width: 140 },
  { title: '浏览器', dataIndex: 'userAgent', search: false, ellipsis: true },
];

export function LoginsPage() {
  const filters = useRef<Query>({});
  const handleError = useApiErrorHandler();
  return (
    <Page>
      <ProTable<LoginLog, Filters>
        rowKey="id"
        columns={columns}
        cardBordered
        scroll={{ x: 900 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        dateFormatter={(value) => value.toISOString()}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          filters.current = { username: params.username, result: params.result, ...rangeQuery(params.timeRange) };
          const page = await auditApi.logins({ ...filters.current, ...pageQuery(params) });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() => [<ExportButton key="export" run={() => auditApi.exportLogins(filters.current)} />]}
      />
    </Page>
  );
}
