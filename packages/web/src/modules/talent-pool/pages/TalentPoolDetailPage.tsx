import type { MemberStatus } from '@dandang/shared/cadres/talent-pool.schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Popconfirm, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { Page } from '../../../layout/Page';
import { usePermission } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CandidatesTable } from '../components/CandidatesTable';
import { MembersTable } from '../components/MembersTable';
import { PoolFormModal } from '../components/PoolFormModal';
import { PoolTags } from '../components/PoolTags';
import { ReviewPanel } from '../components/ReviewPanel';
import { POOL_KEY, talentPoolApi } from '../hooks/talentPoolApi';

const STATUS_TABS: Array<{ status: MemberStatus; label: string }> = [
  { status: 'ACTIVE', label: '在库' },
  { status: 'NOMINATED', label: '待审批' },
  { status: 'EXITED', label: '已出库' },
  { status: 'REJECTED', label: '未同意入库' },
];

/** One pool: members by status, suggested candidates to nominate, and the yearly review. */
export function TalentPoolDetailPage() {
  const { id = '' } = useParams();
  const canWrite = Boolean(usePermission('talent_pool.write'));
  const canNominate = Boolean(usePermission('talent_pool.nominate'));
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  // Bumped after every change, so that every tab (and the counts in the tab titles) reload.
  const [version, setVersion] = useState(0);
  const { data: pool, error, refetch } = useQuery({ queryKey: [POOL_KEY, id], queryFn: () => talentPoolApi.get(id) });
  const changed = () => {
    setVersion((v) => v + 1);
    void queryClient.invalidateQueries({ queryKey: [POOL_KEY] });
  };
  const toggleActive = async () => {
    if (!pool) return;
    try {
      await talentPoolApi.update(pool.id, { active: !pool.active, version: pool.version });
      message.success(pool.active ? '已停用' : '已启用');
      changed();
    } catch (e) {
      handleError(e, { onReload: refetch });
    }
  };

  if (error) {
    return (
      <Page>
        <Alert type="error" showIcon message={(error as Error).message} />
      </Page>
    );
  }
  if (!pool) {
    return (
      <Page>
        <Skeleton active />
      </Page>
    );
  }

  const tabs = [
    ...STATUS_TABS.map(({ status, label }) => ({
      key: status,
      label: `${label}（${pool.counts[status]}）`,
      children: <MembersTable poolId={pool.id} status={status} version={version} onChanged={changed} />,
    })),
    ...(canNominate && pool.active
      ? [{ key: 'candidates', label: '推荐人选', children: <CandidatesTable poolId={pool.id} version={version} onChanged={changed} /> }]
      : []),
    ...(canWrite ? [{ key: 'review', label: '年度复核', children: <ReviewPanel poolId={pool.id} version={version} onChanged={changed} /> }] : []),
  ];

  return (
    <Page
      title={pool.name}
      content={
        <Space direction="vertical" size={4}>
          <PoolTags pool={pool} />
          {pool.description && <Typography.Text type="secondary">{pool.description}</Typography.Text>}
        </Space>
      }
      extra={
        canWrite && (
          <Space>
            <Button onClick={() => setEditing(true)}>修改</Button>
            <Popconfirm
              title={pool.active ? '停用后不能再推荐入库，确定停用？' : '重新启用该人才库？'}
              onConfirm={toggleActive}
              okText="确定"
              cancelText="取消"
            >
              <Button>{pool.active ? '停用' : '启用'}</Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      <Card size="small">
        <Tabs items={tabs} destroyOnHidden />
      </Card>
      {editing && (
        <PoolFormModal
          pool={pool}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            changed();
          }}
        />
      )}
    </Page>
  );
}
