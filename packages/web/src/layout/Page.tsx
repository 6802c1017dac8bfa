import { PageContainer } from '@ant-design/pro-components';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { MENU_GROUPS } from '../app/routes';
import { findRoute, useCurrentRoute } from './current-route';

interface PageProps {
  /** Defaults to the registry title of the current route. */
  title?: ReactNode;
  /** Buttons at the right of the title. */
  extra?: ReactNode;
  /** One line under the title. */
  content?: ReactNode;
  children: ReactNode;
}

/** Every page's frame: title and breadcrumbs from the route registry (工作台 / group / page). */
export function Page({ title, extra, content, children }: PageProps) {
  const route = useCurrentRoute();
  const items: { title: ReactNode }[] = [{ title: route?.path === '/' ? '工作台' : <Link to="/">工作台</Link> }];
  if (route?.group) items.push({ title: MENU_GROUPS[route.group].title });
  const parent = route?.parentPath ? findRoute(route.parentPath) : undefined;
  if (parent) items.push({ title: <Link to={parent.path}>{parent.title}</Link> });
  if (route && route.path !== '/') items.push({ title: route.title });
  return (
    <PageContainer title={title ?? route?.title} extra={extra} content={content} breadcrumb={{ items }}>
      {children}
    </PageContainer>
  );
}
