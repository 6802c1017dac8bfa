import { type ProColumns, ProTable } from '@ant-design/pro-components';
import type { ReactNode } from 'react';
import { useApiErrorHandler } from '../../../../platform/forms/useApiErrorHandler';

interface Props<T> {
  jobId: string;
  headerTitle: string;
  rowKey: keyof T | ((row: T) => string);
  columns: ProColumns<T>[];
  /** One page of the job's list from the server. */
  load: (jobId: string, page: number, pageSize: number) => Promise<{ items: T[]; total: number }>;
  toolbar: ReactNode[];
}

/** One list of an import job (its issues, its changes), paged on the server: a workbook may hold thousands of rows. */
export function JobPagedTable<T extends Record<string, unknown>>({ jobId, headerTitle, rowKey, columns, load, toolbar }: Props<T>) {
  const handleError = useApiErrorHandler();
  return (
    <ProTable<T>
      rowKey={rowKey as string | ((row: T) => string)}
      headerTitle={headerTitle}
      columns={columns}
      search={false}
      options={false}
      cardBordered
      size="small"
      pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 500] }}
      params={{ jobId }}
      request={async ({ current = 1, pageSize = 20 }) => {
        const page = await load(jobId, current, pageSize);
        return { data: page.items, total: page.total, success: true };
      }}
      onRequestError={(error) => handleError(error)}
      toolBarRender={() => toolbar}
    />
  );
}
