import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, type ProFormInstance, ProTable } from '@ant-design/pro-components';
import type { CadreFilterInput } from '@dandang/shared/cadres/cadre-search.schema';
import { Button, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { pageQuery } from '../../../platform/api/types';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { useDictionary } from '../../dictionaries';
import { RecommendedTag, useRecommendedCadres } from '../../visits';
import type { CadreListItem } from '../cadres.types';
import { CadreDrawer } from '../components/CadreDrawer';
import { CreateCadreModal } from '../components/CreateCadreModal';
import { ExportRosterButton } from '../search/ExportRosterButton';
import { filterColumns } from '../search/filterColumns';
import { type RosterFormValues, toFilter, toFormValues, toSort } from '../search/roster-filter';
import { SavedFilterBar } from '../search/SavedFilterBar';
import { searchApi } from '../search/searchApi';
import { usePoolOptions } from '../search/useRosterOptions';
import { useRosterTotal } from '../search/useRosterTotal';

/** 干部名册: the roster with its search form, saved filters, sortable and configurable columns, and export. */
export function CadresPage() {
  const actionRef = useRef<ActionType>(null);
  const formRef = useRef<ProFormInstance<RosterFormValues>>(undefined);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const canWrite = Boolean(usePermission('cadre.write'));
  const handleError = useApiErrorHandler();
  const gender = useDictionary('gender');
  const education = useDictionary('education');
  const political = useDictionary('political_status');
  const ranks = useDictionary('rank_level');
  const pools = usePoolOptions();
  // 推荐使用 beside the name: a return visit's recommendation whose bar has ended, for promotion screening.
  const recommended = useRecommendedCadres();
  // What the last search asked and answered: the export and "save query" act on exactly that.
  const roster = useRosterTotal(() => actionRef.current?.reload());

  const columns: ProColumns<CadreListItem>[] = [
    ...filterColumns({ ranks, education, pools }),
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      sorter: true,
      fixed: 'left',
      width: recommended.size > 0 ? 180 : 100,
      render: (_, cadre) => (
        <>
          <Typography.Link onClick={() => setOpenId(cadre.id)}>{cadre.name}</Typography.Link>
          <RecommendedTag recommendations={recommended.get(cadre.id)} />
        </>
      ),
    },
    { title: '性别', dataIndex: 'gender', search: false, width: 60, render: (_, c) => gender.label(c.gender) },
    { title: '出生日期', dataIndex: 'birthDate', search: false, sorter: true, width: 110 },
    { title: '学历', dataIndex: 'education', search: false, sorter: true, width: 100, render: (_, c) => education.label(c.education) },
    {
      title: '政治面貌',
      dataIndex: 'politicalStatus',
      search: false,
      width: 110,
      render: (_, c) => political.label(c.politicalStatus),
    },
    { title: '入党时间', dataIndex: 'partyJoinedOn', search: false, sorter: true, width: 110, hideInTable: true },
    { title: '参加工作时间', dataIndex: 'workStartedOn', search: false, sorter: true, width: 120, hideInTable: true },
    { title: '所在单位', dataIndex: 'unitName', search: false, sorter: true, ellipsis: true },
    { title: '现任职务', dataIndex: 'post', search: false, sorter: true, ellipsis: true },
    { title: '职务职级', dataIndex: 'rank', search: false, sorter: true, width: 140, render: (_, c) => ranks.label(c.rank) || '—' },
    { title: '任现职级时间', dataIndex: 'rankSince', search: false, sorter: true, width: 120, hideInTable: true },
    {
      title: T.actions,
      valueType: 'option',
      width: 80,
      render: (_, cadre) => <Typography.Link onClick={() => setOpenId(cadre.id)}>查看</Typography.Link>,
    },
  ];

  /** A saved filter back on screen: the form shows it and the list reloads with it. */
  const applyFilter = (filter: CadreFilterInput) => {
    formRef.current?.resetFields();
    formRef.current?.setFieldsValue(toFormValues(filter));
    formRef.current?.submit();
  };

  return (
    <Page>
      <ProTable<CadreListItem, RosterFormValues>
        rowKey="id"
        actionRef={actionRef}
        formRef={formRef}
        columns={columns}
        cardBordered
        scroll={{ x: 1000 }}
        search={{ labelWidth: 96, defaultCollapsed: true, span: { xs: 24, sm: 12, md: 12, lg: 6, xl: 6, xxl: 6 } }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: roster.render }}
        options={{ density: true, setting: { draggable: true }, reload: true }}
        columnsState={{ persistenceKey: 'dandang.cadres.columns', persistenceType: 'localStorage' }}
        request={async (params, sort) => {
          const { current, pageSize, ...values } = params as RosterFormValues & { current?: number; pageSize?: number };
          const filter = toFilter(values);
          const page = await searchApi.search(filter, { ...pageQuery({ current, pageSize }), ...toSort(sort) });
          return { data: page.items, total: roster.answered(filter, page), success: true };
        }}
        onRequestError={(error) => handleError(error)}
        headerTitle={<SavedFilterBar current={() => roster.last().filter} onApply={applyFilter} />}
        toolBarRender={() => [
          <ExportRosterButton key="export" current={roster.last} />,
          ...(canWrite
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  新增干部
                </Button>,
                <Link key="import" to="/cadres/import">
                  <Button icon={<UploadOutlined />}>批量导入</Button>
                </Link>,
              ]
            : []),
        ]}
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
