import { type ProColumns, ProTable } from '@ant-design/pro-components';
import type { ReactNode } from 'react';
import { useApiErrorHandler } from '../../../../platform/forms/useApiErrorHandler';
import { importApi } from '../hooks/importApi';
import type { ImportIssue } from '../import.types';

const columns: ProColumns<ImportIssue>[] = [
  { title: '行号', dataIndex: 'row', width: 80 },
  { title: '列', dataIndex: 'column', width: 140 },
  { title: '填写内容', dataIndex: 'value', width: 220, ellipsis: true, render: (_, issue) => issue.value || '（空）' },
  { title: '问题', dataIndex: 'message' },
];

/** Every problem of a checked workbook, by Excel row and column header, paged on the server. */
export function IssuesTable({ jobId, total, toolbar }: { jobId: string; total: number; toolbar: ReactNode[] }) {
  const handleError = useApiErrorHandler();
  return (
    <ProTable<ImportIssue>
      rowKey={(issue) => `${issue.row}:${issue.column}:${issue.message}`}
      headerTitle={`错误明细（共 ${total} 处）`}
      columns={columns}
      search={false}
      options={false}
      cardBordered
      size="small"
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 500] }}
      params={{ jobId }}
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await importApi.issues(jobId, current, pageSize);
        return { data: page.items, total: page.total, success: true };
      }}
      onRequestError={(error) => handleError(error)}
      toolBarRender={() => toolbar}
    />
  );
}
