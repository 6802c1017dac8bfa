import { UserOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Typography } from 'antd';
import { useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { canOpen } from '../app/routes';
import { APP_NAME, T } from '../i18n/zh-CN';
import { InboxBell } from '../modules/notifications';
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
      // ProLayout owns document.title (its effect runs after the pages'); give it the same names the pages show,
      // including 无权访问 and 页面不存在.
      pageTitleRender={() => {
        const route = findRoute(location.pathname);
        return `${route ? (canOpen(route, me) ? route.title : T.forbidden) : T.notFound} · ${APP_NAME}`;
      }}
      // On a phone the menu is a drawer: `item.onClick` closes it once an entry is tapped (on a desk it would fold the
      // side bar, so it is left out there).
      menuItemRender={(item, dom) =>
        item.path ? (
          <Link to={item.path} onClick={item.isMobile ? item.onClick : undefined}>
            {dom}
          </Link>
        ) : (
          dom
        )
      }
      token={{
        header: { colorBgHeader: '#ffffff', heightLayoutHeader: 56 },
        sider: { colorMenuBackground: '#ffffff' },
        pageContainer: { paddingBlockPageContainerContent: 16, paddingInlinePageContainerContent: 24 },
      }}
      actionsRender={(props) => [
        <InboxBell key="inbox" />,
        ...(props.isMobile || !me.unitName
          ? []
          : [
              <Typography.Text key="unit" type="secondary" style={{ fontSize: 13 }}>
                {me.unitName}
              </Typography.Text>,
            ]),
      ]}
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
