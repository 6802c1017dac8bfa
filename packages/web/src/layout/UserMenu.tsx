import { KeyOutlined, LogoutOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Dropdown, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { T } from '../i18n/zh-CN';
import { useSignOut } from '../platform/auth/useSignOut';

/** Wraps the header's avatar and name in the user menu: 修改密码, 退出登录, 退出所有设备. */
export function UserMenu({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const signOut = useSignOut();
  const { modal } = App.useApp();

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: T.changePassword },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: T.logout },
    { key: 'logout-all', icon: <SafetyOutlined />, label: T.logoutAll },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') navigate('/change-password');
    else if (key === 'logout') void signOut('this');
    else if (key === 'logout-all') {
      modal.confirm({
        title: T.logoutAll,
        content: T.logoutAllConfirm,
        okText: T.confirm,
        cancelText: T.cancel,
        onOk: () => signOut('all'),
      });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <button type="button" aria-label="用户菜单" style={{ background: 'none', border: 0, padding: 0, cursor: 'pointer', font: 'inherit', color: 'inherit' }}>
        {children}
      </button>
    </Dropdown>
  );
}
