import { type ProColumns, ProTable } from '@ant-design/pro-components';
import { Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { Page } from '../../../layout/Page';
import type { Query } from '../../../platform/api/client';
import { pageQuery } from '../../../platform/api/types';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { ExportButton } from '../../../platform/ui/ExportButton';
import type { OperationLog } from '../audit.types';
import { ACTION_ENUM, ACTION_LABELS, ENTITY_ENUM, ENTITY_LABELS } from '../audit-labels';
import { ChangesTable } from '../components/ChangesTable';
import { auditApi, rangeQuery } from '../hooks/auditApi';

interface Filters {
  timeRange?: [string, string];
  actor?: string;
  action?: string;
  entity?: string;
}

const columns: ProColumns<OperationLog>[] = [
  { title: '时间范围', dataIndex: 'timeRange', valueType: 'dateTimeRange', hideInTable: true },
  {
    title: '时间',
    dataIndex: 'at',
    search: false,
    width: 170,
    render: (_, log) => dayjs(log.at).format('YYYY-MM-DD HH:mm:ss'),
  },
  { title: '操作人', dataIndex: 'actor', hideInTable: true, fieldProps: { placeholder: '用户名或姓名' } },
  { title: '操作人', dataIndex: 'actorName', search: false, width: 120, render: (_, log) => log.actorName ?? '系统' },
  {
    title: '动作',
    dataIndex: 'action',
    width: 160,
    valueEnum: ACTION_ENUM,
    fieldProps: { showSearch: true },
    render: (_, log) => <Tag title={log.action}>{ACTION_LABELS[log.action] ?? log.action}</Tag>,
  },
  {
    title: '对象类型',
    dataIndex: 'entity',
    width: 120,
    valueEnum: ENTITY_ENUM,
    fieldProps: { showSearch: true },
    render: (_, log) => ENTITY_LABELS[log.entity] ?? log.entity,
  },
  {
    title: '对象编号',
    dataIndex: 'entityId',
    search: false,
    ellipsis: true,
    render: (_, log) => (log.entityId ? <Typography.Text copyable>{log.entityId}</Typography.Text> : '—'),
  },
  { title: '变更字段数', search: false, width: 100, render: (_, log) => Object.keys(log.changes ?? {}).length },
  { title: 'IP', dataIndex: 'ip', search: false, width: 130 },
  { title: '请求号', dataIndex: 'requestId', search: false, ellipsis: true, width: 160 },
];

export function OperationsPage() {
  // The export must carry the filters the list is showing, so the last request's filters are kept here.
  const filters = useRef<Query>({});
  const handleError = useApiErrorHandler();
  return (
    <Page>
      <ProTable<OperationLog, Filters>
        rowKey="id"
        columns={columns}
        cardBordered
        scroll={{ x: 1200 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        dateFormatter={(value) => value.toISOString()}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        expandable={{ expandedRowRender: (log) => <ChangesTable changes={log.changes} /> }}
        request={async (params) => {
          filters.current = {
            actor: params.actor,
            action: params.action,
            entity: params.entity,
            ...rangeQuery(params.timeRange),
          };
          const page = await auditApi.operations({ ...filters.current, ...pageQuery(params) });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() => [<ExportButton key="export" run={() => auditApi.exportOperations(filters.current)} />]}
      />
    </Page>
  );
}
