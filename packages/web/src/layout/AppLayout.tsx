import { UserOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { APP_NAME } from '../i18n/zh-CN';
import { useMe } from '../platform/auth/AuthContext';
import { findRoute } from './current-route';
import { Logo } from './Logo';
import { buildMenu } from './menu';
import { UserMenu } from './UserMenu';

/**
 * The workspace frame. ProLayout turns the side menu into a drawer behind a hamburger button below the md breakpoint,
 * which is what keeps the app usable on a 390 px phone.
 */
export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const menu = useMemo(() => buildMenu(me), [me]);

  return (
    <ProLayout
      title={APP_NAME}
      logo={<Logo />}
      layout="mix"
      fixSiderbar
      fixedHeader
      siderWidth={216}
      route={{ path: '/', children: menu }}
      // A detail page lights up the menu item of the list it belongs to.
      location={{ pathname: findRoute(location.pathname)?.parentPath ?? location.pathname }}
      onMenuHeaderClick={() => navigate('/')}
      menuItemRender={(item, dom) => (item.path ? <Link to={item.path}>{dom}</Link> : dom)}
      token={{
        header: { colorBgHeader: '#ffffff', heightLayoutHeader: 56 },
        sider: { colorMenuBackground: '#ffffff' },
        pageContainer: { paddingBlockPageContainerContent: 16, paddingInlinePageContainerContent: 24 },
      }}
      actionsRender={(props) =>
        props.isMobile || !me.unitName
          ? []
          : [
              <Typography.Text key="unit" type="secondary" style={{ fontSize: 13 }}>
                {me.unitName}
              </Typography.Text>,
            ]
      }
      avatarProps={{
        size: 'small',
        title: me.displayName,
        icon: <UserOutlined />,
        render: (_props, dom) => <UserMenu>{dom}</UserMenu>,
      }}
      menuFooterRender={false}
    >
      <Outlet />
    </ProLayout>
  );
}
