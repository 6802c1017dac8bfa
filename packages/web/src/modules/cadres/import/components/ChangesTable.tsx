import { ArrowRightOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { importApi } from '../hooks/importApi';
import type { ImportChange, ImportFieldChange } from '../import.types';
import { JobPagedTable } from './JobPagedTable';

const EMPTY = '（空）';

/** One field as `label：before → after`; a new cadre's fields have no before. */
function FieldChange({ change, isInsert }: { change: ImportFieldChange; isInsert: boolean }) {
  return (
    <span>
      <Typography.Text type="secondary">{change.label}：</Typography.Text>
      {!isInsert && (
        <>
          <Typography.Text delete type="secondary">
            {change.before || EMPTY}
          </Typography.Text>
          <ArrowRightOutlined style={{ margin: '0 4px', fontSize: 11, color: '#8c8c8c' }} />
        </>
      )}
      <Typography.Text>{change.after || EMPTY}</Typography.Text>
    </span>
  );
}

const columns: ProColumns<ImportChange>[] = [
  { title: '行号', dataIndex: 'row', width: 72 },
  { title: '姓名', dataIndex: 'name', width: 100 },
  { title: '身份证号', dataIndex: 'idNumberMasked', width: 190 },
  {
    title: '操作',
    dataIndex: 'action',
    width: 80,
    render: (_, change) => (change.action === 'insert' ? <Tag color="green">新增</Tag> : <Tag color="blue">更新</Tag>),
  },
  {
    title: '变更内容',
    dataIndex: 'fields',
    render: (_, change) => (
      <Flex wrap gap="2px 16px">
        {change.fields
          // A new cadre's name is already in its own column; a changed name is worth showing.
          .filter((field) => !(change.action === 'insert' && field.field === 'name'))
          .map((field) => (
            <FieldChange key={field.field} change={field} isInsert={change.action === 'insert'} />
          ))}
      </Flex>
    ),
  },
];

/** What a clean workbook would write: each new cadre with its values, each update with the fields it changes. */
export function ChangesTable({ jobId, total, toolbar }: { jobId: string; total: number; toolbar: ReactNode[] }) {
  return (
    <JobPagedTable<ImportChange>
      jobId={jobId}
      headerTitle={`变更预览（共 ${total} 人）`}
      rowKey="row"
      columns={columns}
      load={importApi.changes}
      toolbar={toolbar}
    />
  );
}
