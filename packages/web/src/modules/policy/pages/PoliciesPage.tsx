import { type ProColumns, ProTable } from '@ant-design/pro-components';
import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { Authorized } from '../../../platform/auth/permission';
import { CloneButton } from '../components/CloneButton';
import { useEffectivePolicy, usePolicies } from '../hooks/usePolicies';
import type { PolicySummary } from '../policy.types';
import { STATUS_LABELS } from '../policy-labels';

export function PoliciesPage() {
  const { data, isPending, error, refetch } = usePolicies();
  const effective = useEffectivePolicy(dayjs().format('YYYY-MM-DD'));
  const byId = useMemo(() => new Map((data ?? []).map((policy) => [policy.id, policy])), [data]);
  const rows = useMemo(() => [...(data ?? [])].sort((a, b) => a.code.localeCompare(b.code) || b.versionNo - a.versionNo), [data]);

  const columns: ProColumns<PolicySummary>[] = [
    {
      title: '名称',
      dataIndex: 'name',
      width: 320,
      render: (_, policy) => (
        <Space size={4} wrap>
          <Link to={`/system/policies/${policy.id}`}>{policy.name}</Link>
          {effective.data?.id === policy.id && <Tag color="red">当前适用</Tag>}
        </Space>
      ),
    },
    { title: '编码', dataIndex: 'code', width: 140 },
    { title: '版本', dataIndex: 'versionNo', width: 80, render: (_, policy) => `第 ${policy.versionNo} 版` },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (_, policy) => <Tag color={STATUS_LABELS[policy.status]?.color}>{STATUS_LABELS[policy.status]?.text ?? policy.status}</Tag>,
    },
    { title: '生效日期', dataIndex: 'effectiveFrom', width: 120, render: (_, policy) => policy.effectiveFrom ?? '—' },
    {
      title: '复制自',
      dataIndex: 'basedOnId',
      width: 160,
      render: (_, policy) => {
        const base = policy.basedOnId ? byId.get(policy.basedOnId) : undefined;
        return base ? `${base.name}（第 ${base.versionNo} 版）` : '—';
      },
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      width: 160,
      render: (_, policy) => dayjs(policy.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: T.actions,
      valueType: 'option',
      width: 170,
      // The table is wider than a laptop's content area: keep 查看/编辑 and 复制 in sight without scrolling sideways.
      fixed: 'right',
      render: (_, policy) => (
        <Space>
          <Link to={`/system/policies/${policy.id}`}>{policy.status === 'draft' ? T.edit : '查看'}</Link>
          <Authorized permission="policy.write">
            <CloneButton policy={policy} type="link" />
          </Authorized>
        </Space>
      ),
    },
  ];

  return (
    <Page content="政策参数按版本管理：生效中和已停用的版本不可修改，需要调整时复制为新草稿，修改并校验后启用。">
      <ProTable<PolicySummary>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={isPending}
        search={false}
        cardBordered
        scroll={{ x: 1300 }}
        pagination={false}
        options={{ density: false, setting: false, reload: () => Promise.all([refetch(), effective.refetch()]) }}
        headerTitle="政策版本"
      />
      {error && <Typography.Text type="danger">{(error as Error).message}</Typography.Text>}
    </Page>
  );
}
