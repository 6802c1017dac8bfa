import { Table, Typography } from 'antd';
import type { FieldChange } from '../audit.types';

interface Row {
  field: string;
  before: unknown;
  after: unknown;
}

function show(value: unknown) {
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">（空）</Typography.Text>;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return <Typography.Text style={{ wordBreak: 'break-all' }}>{text}</Typography.Text>;
}

/** The before/after of each changed field of one operation, shown when its row is expanded. */
export function ChangesTable({ changes }: { changes: Record<string, FieldChange> | null }) {
  const rows: Row[] = Object.entries(changes ?? {}).map(([field, change]) => ({ field, ...change }));
  return (
    <Table<Row>
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '此操作没有记录字段变化' }}
      columns={[
        { title: '字段', dataIndex: 'field', width: 180, render: (field: string) => <Typography.Text code>{field}</Typography.Text> },
        { title: '修改前', dataIndex: 'before', render: show },
        { title: '修改后', dataIndex: 'after', render: show },
      ]}
    />
  );
}
