import { PlusOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { RATER_GROUP_LABELS, SCHEME_CATEGORIES, SCHEME_CATEGORY_LABELS, type SchemeCategory, type SchemeView } from '@dandang/shared/assessment/scheme.schema';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { labelledValueEnum } from '../../../platform/forms/options';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { schemeApi } from '../hooks/assessmentApi';

/** 考核方案: one per category of the assessed, each with its weighted indicators, rater groups and formula. */
export function SchemesPage() {
  const canConfigure = Boolean(usePermission('assessment.config'));
  const actionRef = useRef<ActionType>(null);
  const navigate = useNavigate();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();

  const remove = async (scheme: SchemeView) => {
    try {
      await schemeApi.remove(scheme.id, scheme.version);
      message.success(`已删除：${scheme.name}`);
      actionRef.current?.reload();
    } catch (error) {
      handleError(error, { onReload: () => actionRef.current?.reload() });
    }
  };

  const columns: ProColumns<SchemeView>[] = [
    {
      title: '考核类别',
      dataIndex: 'category',
      valueType: 'select',
      width: 120,
      valueEnum: labelledValueEnum(SCHEME_CATEGORIES, SCHEME_CATEGORY_LABELS),
    },
    { title: '方案名称', dataIndex: 'name', search: false, render: (_, s) => <Link to={`/assessment/schemes/${s.id}`}>{s.name}</Link> },
    {
      title: '指标',
      search: false,
      render: (_, s) => (
        <Space size={[4, 4]} wrap>
          {s.items.map((i) => (
            <Tag key={`${i.indicatorId}:${i.revision}`} color={i.outdated ? 'orange' : undefined}>
              {i.name} {i.weight}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '民主测评',
      search: false,
      width: 200,
      render: (_, s) => (s.raterGroups.length === 0 ? '—' : s.raterGroups.map((g) => `${RATER_GROUP_LABELS[g.group]} ${g.weight}%`).join('，')),
    },
    { title: '更新时间', dataIndex: 'updatedAt', search: false, width: 150, render: (_, s) => dayjs(s.updatedAt).format('YYYY-MM-DD HH:mm') },
    {
      title: T.actions,
      valueType: 'option',
      width: 110,
      hideInTable: !canConfigure,
      render: (_, s) => (
        <Space>
          <Link to={`/assessment/schemes/${s.id}`}>{T.edit}</Link>
          <Popconfirm title={`删除“${s.name}”？`} okText="删除" okButtonProps={{ danger: true }} cancelText={T.cancel} onConfirm={() => remove(s)}>
            <Typography.Link type="danger">删除</Typography.Link>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Page content="分类别、多维度、差异化考核：每个方案的指标权重合计 100 分，另设加减分项、民主测评测评组和最终得分公式。">
      <ProTable<SchemeView, { category?: SchemeCategory }>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        cardBordered
        scroll={{ x: 900 }}
        search={{ labelWidth: 'auto' }}
        pagination={false}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          const rows = await schemeApi.list(params.category);
          return { data: rows, total: rows.length, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() =>
          canConfigure
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/assessment/schemes/new')}>
                  新建方案
                </Button>,
              ]
            : []
        }
      />
    </Page>
  );
}
