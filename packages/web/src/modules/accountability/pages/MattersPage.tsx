import { PlusOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import type { MatterPage } from '@dandang/shared/accountability/matter.schema';
import { Badge, Button } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { MatterFormModal } from '../components/MatterFormModal';
import { matterApi } from '../hooks/accountabilityApi';

type Row = MatterPage['items'][number];

const columns: ProColumns<Row>[] = [
  { title: '关键词', dataIndex: 'q', hideInTable: true },
  { title: '年度', dataIndex: 'year', valueType: 'digit', hideInTable: true },
  { title: '问责事项', search: false, render: (_, m) => <Link to={`/accountability/matters/${m.id}`}>{m.title}</Link> },
  { title: '发生日期', dataIndex: 'occurredOn', width: 110, search: false },
  { title: '登记单位', dataIndex: 'unitName', width: 160, search: false, ellipsis: true },
  {
    title: '问责案件',
    width: 140,
    search: false,
    render: (_, m) => (
      <span>
        {m.caseCount} 件{m.openCount > 0 && <Badge status="processing" text={`${m.openCount} 件在办`} style={{ marginLeft: 8 }} />}
      </span>
    ),
  },
  { title: '登记时间', dataIndex: 'registeredAt', valueType: 'dateTime', width: 170, search: false },
];

/** 问责事项: the facts several bodies propose accountability for, each with its cases (问责统筹). */
export function MattersPage() {
  const canPropose = usePermission('accountability.propose');
  const navigate = useNavigate();
  const table = useRef<ActionType>(null);
  const [creating, setCreating] = useState(false);
  return (
    <Page
      extra={
        canPropose && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            登记问责事项
          </Button>
        )
      }
    >
      <ProTable<Row>
        actionRef={table}
        rowKey="id"
        columns={columns}
        cardBordered
        scroll={{ x: 900 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          const page = await matterApi.list({
            q: params.q?.trim() || undefined,
            year: params.year ? Number(params.year) : undefined,
            page: params.current ?? 1,
            pageSize: params.pageSize ?? 20,
          });
          return { data: page.items, total: page.total, success: true };
        }}
      />
      <MatterFormModal open={creating} onClose={() => setCreating(false)} onCreated={(m) => navigate(`/accountability/matters/${m.id}`)} />
    </Page>
  );
}
