import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { App, Popconfirm, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { ROLE_LABELS, T } from '../../../i18n/zh-CN';
import { Page } from '../../../layout/Page';
import { pageQuery } from '../../../platform/api/types';
import { Authorized } from '../../../platform/auth/permission';
import { useApiErrorHandler } from '../../../platform/forms/useApiErrorHandler';
import { CreateUserModal } from '../components/CreateUserModal';
import { EditUserModal } from '../components/EditUserModal';
import { InitialPasswordModal, type IssuedPassword } from '../components/InitialPasswordModal';
import { UnitTreeSelect } from '../components/UnitTreeSelect';
import { userApi } from '../hooks/userApi';
import type { User } from '../org.types';

interface Filters {
  unitId?: string;
  keyword?: string;
}

export function UsersPage() {
  const actionRef = useRef<ActionType>(null);
  const [issued, setIssued] = useState<IssuedPassword | null>(null);
  const handleError = useApiErrorHandler();
  const { message } = App.useApp();
  const reload = () => actionRef.current?.reload();

  const resetPassword = async (user: User) => {
    try {
      const { initialPassword } = await userApi.resetPassword(user.id);
      setIssued({ username: user.username, displayName: user.displayName, password: initialPassword, reason: 'reset' });
      reload();
    } catch (error) {
      handleError(error);
    }
  };

  const columns: ProColumns<User>[] = [
    { title: T.unit, dataIndex: 'unitId', hideInTable: true, renderFormItem: () => <UnitTreeSelect /> },
    { title: T.keyword, dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '用户名或姓名' } },
    { title: '用户名', dataIndex: 'username', search: false, copyable: true },
    { title: '姓名', dataIndex: 'displayName', search: false },
    { title: '所在单位', dataIndex: 'unitName', search: false, ellipsis: true },
    {
      title: '角色',
      dataIndex: 'roles',
      search: false,
      render: (_, user) => (
        <Space size={[4, 4]} wrap>
          {user.roles.map((role) => (
            <Tag key={role}>{ROLE_LABELS[role] ?? role}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'disabled',
      search: false,
      width: 80,
      render: (_, user) => (user.disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">正常</Tag>),
    },
    {
      title: '锁定至',
      dataIndex: 'lockedUntil',
      search: false,
      width: 160,
      // A past lockedUntil is history, not a lock; only a running lock is worth a red tag.
      render: (_, user) =>
        user.lockedUntil && dayjs(user.lockedUntil).isAfter(dayjs()) ? <Tag color="red">{dayjs(user.lockedUntil).format('YYYY-MM-DD HH:mm')}</Tag> : '—',
    },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      search: false,
      width: 160,
      render: (_, user) => (user.lastLoginAt ? dayjs(user.lastLoginAt).format('YYYY-MM-DD HH:mm') : '从未登录'),
    },
    {
      title: T.actions,
      valueType: 'option',
      width: 140,
      render: (_, user) => (
        <Authorized permission="org.user.write">
          <Space>
            <EditUserModal user={user} onSaved={reload} />
            <Popconfirm
              title={`重置 ${user.displayName} 的密码？`}
              description="将生成新的初始密码，该用户下次登录时须修改。"
              okText="重置"
              cancelText={T.cancel}
              onConfirm={() => resetPassword(user)}
            >
              <Typography.Link>重置密码</Typography.Link>
            </Popconfirm>
          </Space>
        </Authorized>
      ),
    },
  ];

  return (
    <Page>
      <ProTable<User, Filters>
        rowKey="id"
        actionRef={actionRef}
        columns={columns}
        cardBordered
        scroll={{ x: 1100 }}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: true }}
        request={async (params) => {
          const page = await userApi.list({ unitId: params.unitId, keyword: params.keyword, ...pageQuery(params) });
          return { data: page.items, total: page.total, success: true };
        }}
        onRequestError={(error) => handleError(error)}
        toolBarRender={() => [
          <Authorized key="create" permission="org.user.write">
            <CreateUserModal
              onCreated={(user, password) => {
                setIssued({ username: user.username, displayName: user.displayName, password, reason: 'created' });
                message.success(`已创建用户：${user.displayName}`);
                reload();
              }}
            />
          </Authorized>,
        ]}
      />
      <InitialPasswordModal issued={issued} onClose={() => setIssued(null)} />
    </Page>
  );
}
