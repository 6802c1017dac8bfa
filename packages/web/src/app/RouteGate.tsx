import { Suspense, useEffect } from 'react';
import { APP_NAME } from '../i18n/zh-CN';
import { useAuth } from '../platform/auth/AuthContext';
import { lazyPage } from './lazy-page';
import { PageLoading } from './PageLoading';
import { type AppRoute, canOpen } from './routes';

const ForbiddenPage = lazyPage(() => import('../modules/errors/pages/ForbiddenPage'), 'ForbiddenPage');

/** Renders a registry page: the 403 page when the user lacks its permission, the lazy chunk otherwise. */
export function RouteGate({ route }: { route: AppRoute }) {
  const { me } = useAuth();
  const allowed = canOpen(route, me);
  useEffect(() => {
    document.title = `${allowed ? route.title : '无权访问'} · ${APP_NAME}`;
  }, [route.title, allowed]);
  const Element = allowed ? route.element : ForbiddenPage;
  return (
    <Suspense fallback={<PageLoading />}>
      <Element />
    </Suspense>
  );
}
