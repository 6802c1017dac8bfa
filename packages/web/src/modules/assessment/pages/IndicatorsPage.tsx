import { PlusOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { INDICATOR_KIND_LABELS, INDICATOR_KINDS, type IndicatorView } from '@dandang/shared/assessment/indicator.schema';
import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { labelledValueEnum } from '../../../platform/forms/options';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { IndicatorFormModal } from '../components/IndicatorFormModal';
import { IndicatorRevisionsModal } from '../components/IndicatorRevisionsModal';
import { describeScoring } from '../components/indicator-text';
import { indicatorApi } from '../hooks/assessmentApi';

interface Filters {
  keyword?: string;
  kind?: string;
  includeRetired?: boolean;
}

/** 指标库: the indicators schemes are built from, each with how it scores and its revisions. */
export function IndicatorsPage() {
  const canConfigure = Boolean(usePermission('assessment.config'));
  const actionRef = useRef<ActionType>(null);
  const [editing, setEditing] = useState<IndicatorView | 'new' | null>(null);
  const [history, setHistory] = useState<IndicatorView | null>(null);
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const reload = () => actionRef.current?.reload();

  const setRetired = async (indicator: IndicatorView, retired: boolean) => {
    try {
      await indicatorApi.setRetired(indicator.id, { version: indicator.version, retired });
      message.success(retired ? `已停用：${indicator.name}` : `已恢复：${indicator.name}`);
      reload();
    } catch (error) {
      handleError(error, { onReload: reload });
    }
  };

  const columns: ProColumns<IndicatorView>[] = [
    { title: T.keyword, dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '编码或名称' } },
    {
      title: '指标类型',
      dataIndex: 'kind',
      hideInTable: true,
      valueType: 'select',
      valueEnum: labelledValueEnum(INDICATOR_KINDS, INDICATOR_KIND_LABELS),
    },
    { title: '含已停用', dataIndex: 'includeRetired', hideInTable: true, valueType: 'switch' },
    { title: '编码', dataIndex: 'code', search: false, width: 140, copyable: true },
    {
      title: '名称',
      dataIndex: 'name',
      search: false,
      width: 220,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.name}</span>
          {r.description && <Typography.Text type="secondary">{r.description}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '类型',
      search: false,
      width: 80,
      render: (_, r) => <Tag color={r.definition.kind === 'QUANTITATIVE' ? 'blue' : 'purple'}>{INDICATOR_KIND_LABELS[r.definition.kind]}</Tag>,
    },
    { title: '计分方式', search: false, render: (_, r) => describeScoring(r.definition) },
    { title: '佐证', dataIndex: 'evidenceRequired', search: false, width: 70, render: (_, r) => (r.evidenceRequired ? '需要' : '—') },
    {
      title: '版本',
      dataIndex: 'revision',
      search: false,
      width: 80,
      render: (_, r) => <Typography.Link onClick={() => setHistory(r)}>第 {r.revision} 版</Typography.Link>,
    },
    { title: '状态', dataIndex: 'retired', search: false, width: 80, render: (_, r) => (r.retired ? <Tag>已停用</Tag> : <Tag color="green">在用</Tag>) },
    {
      title: T.actions,
      valueType: 'option',
      width: 120,
      hideInTable: !canConfigure,
      render: (_, r) => (
        <Space>
          <Typography.Link onClick={() => setEditing(r)}>{T.edit}</Typography.Link>
          {r.retired ? (
            <Typography.Link onClick={() => setRetired(r, false)}>恢复</Typography.Link>
          ) : (
            <Popconfirm
              title={`停用“${r.name}”？`}
              description="已采用该指标的方案照常计分，但不能再加入新方案。"
              okText="停用"
              cancelText={T.cancel}
              onConfirm={() => setRetired(r, true)}
            >
              <Typography.Link>停用</Typography.Link>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Page content="定量指标按目标值和计分方法算分，定性指标按评分等级评定；修改计分方式会生成新版本，已有方案仍按原版本计分。">
      <ProTable<IndicatorView, Filters>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        cardBordered
        scroll={{ x: 1000 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          const rows = await indicatorApi.list({ keyword: params.keyword, kind: params.kind, includeRetired: params.includeRetired });
          return { data: rows, total: rows.length, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() =>
          canConfigure
            ? [
                <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                  新增指标
                </Button>,
              ]
            : []
        }
      />
      {editing && (
        <IndicatorFormModal
          indicator={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      {history && <IndicatorRevisionsModal indicator={history} onClose={() => setHistory(null)} />}
    </Page>
  );
}
