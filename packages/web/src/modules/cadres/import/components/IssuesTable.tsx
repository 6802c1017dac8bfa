import type { ProColumns } from '@ant-design/pro-components';
import type { ReactNode } from 'react';
import { importApi } from '../hooks/importApi';
import type { ImportIssue } from '../import.types';
import { JobPagedTable } from './JobPagedTable';

const columns: ProColumns<ImportIssue>[] = [
  { title: '行号', dataIndex: 'row', width: 80 },
  { title: '列', dataIndex: 'column', width: 140 },
  { title: '填写内容', dataIndex: 'value', width: 220, ellipsis: true, render: (_, issue) => issue.value || '（空）' },
  { title: '问题', dataIndex: 'message' },
];

/** Every problem of a checked workbook, by Excel row and column header, paged on the server. */
export function IssuesTable({ jobId, total, toolbar }: { jobId: string; total: number; toolbar: ReactNode[] }) {
  return (
    <JobPagedTable<ImportIssue>
      jobId={jobId}
      headerTitle={`错误明细（共 ${total} 处）`}
      rowKey={(issue) => `${issue.row}:${issue.column}:${issue.message}`}
      columns={columns}
      load={importApi.issues}
      toolbar={toolbar}
    />
  );
}
