import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { pageQuery } from '../../../platform/api/types';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { useDictionary } from '../../dictionaries';
import { UnitTreeSelect } from '../../org';
import type { CadreListItem } from '../cadres.types';
import { CadreDrawer } from '../components/CadreDrawer';
import { CreateCadreModal } from '../components/CreateCadreModal';
import { cadreApi } from '../hooks/cadreApi';

interface Filters {
  unitId?: string;
  keyword?: string;
}

export function CadresPage() {
  const actionRef = useRef<ActionType>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canWrite = Boolean(usePermission('cadre.write'));
  const handleError = useApiErrorHandler();
  const gender = useDictionary('gender');
  const education = useDictionary('education');
  const political = useDictionary('political_status');
  const ranks = useDictionary('rank_level');

  const columns: ProColumns<CadreListItem>[] = [
    { title: T.unit, dataIndex: 'unitId', hideInTable: true, renderFormItem: () => <UnitTreeSelect /> },
    { title: T.keyword, dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名、职务' } },
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      fixed: 'left',
      width: 100,
      render: (_, cadre) => <Typography.Link onClick={() => setOpenId(cadre.id)}>{cadre.name}</Typography.Link>,
    },
    { title: '性别', dataIndex: 'gender', search: false, width: 60, render: (_, c) => gender.label(c.gender) },
    { title: '出生日期', dataIndex: 'birthDate', search: false, width: 110 },
    { title: '学历', dataIndex: 'education', search: false, width: 100, render: (_, c) => education.label(c.education) },
    {
      title: '政治面貌',
      dataIndex: 'politicalStatus',
      search: false,
      width: 110,
      render: (_, c) => political.label(c.politicalStatus),
    },
    { title: '所在单位', dataIndex: 'unitName', search: false, ellipsis: true },
    { title: '现任职务', dataIndex: 'post', search: false, ellipsis: true },
    { title: '职务职级', dataIndex: 'rank', search: false, width: 140, render: (_, c) => ranks.label(c.rank) || '—' },
    {
      title: T.actions,
      valueType: 'option',
      width: 80,
      render: (_, cadre) => <Typography.Link onClick={() => setOpenId(cadre.id)}>查看</Typography.Link>,
    },
  ];

  return (
    <Page>
      <ProTable<CadreListItem, Filters>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        cardBordered
        scroll={{ x: 1000 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          const page = await cadreApi.list({ unitId: params.unitId, keyword: params.keyword, ...pageQuery(params) });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() =>
          canWrite
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  新增干部
                </Button>,
                <Link key="import" to="/cadres/import">
                  <Button icon={<UploadOutlined />}>批量导入</Button>
                </Link>,
              ]
            : []
        }
      />
      <CreateCadreModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(cadre) => {
          setCreating(false);
          actionRef.current?.reload();
          setOpenId(cadre.id);
        }}
      />
      <CadreDrawer cadreId={openId} onClose={() => setOpenId(null)} onChanged={() => actionRef.current?.reload()} />
    </Page>
  );
}
