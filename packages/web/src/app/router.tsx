import { type ComponentType, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { lazyPage } from './lazy-page';
import { PageLoading } from './PageLoading';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';
import { RouteGate } from './RouteGate';
import { APP_ROUTES } from './routes';

// Only these three chunks are reachable before login; the layout (ProLayout) loads after it.
const LoginPage = lazyPage(() => import('../modules/auth/pages/LoginPage'), 'LoginPage');
const ChangePasswordPage = lazyPage(() => import('../modules/auth/pages/ChangePasswordPage'), 'ChangePasswordPage');
const AppLayout = lazyPage(() => import('../layout/AppLayout'), 'AppLayout');
// The public ballot (民主测评) needs no account: its own chunk, outside the workspace.
const BallotPage = lazyPage(() => import('../modules/assessment/ballot/BallotPage'), 'BallotPage');
// 评先评优公示 and the objection query: public like the ballot, each its own chunk.
const HonorNoticePage = lazyPage(() => import('../modules/honors/public/HonorNoticePage'), 'HonorNoticePage');
const ObjectionQueryPage = lazyPage(() => import('../modules/honors/public/ObjectionQueryPage'), 'ObjectionQueryPage');
// 群众金点子与企业诉求: submitting and following by query code need no account either.
const PublicSubmitPage = lazyPage(() => import('../modules/participation/pages/PublicSubmitPage'), 'PublicSubmitPage');
const PublicTrackPage = lazyPage(() => import('../modules/participation/pages/PublicTrackPage'), 'PublicTrackPage');
const NotFoundPage = lazyPage(() => import('../modules/errors/pages/NotFoundPage'), 'NotFoundPage');

/** The pages that need no account, each with the addresses it answers: the ballot, the honors notice, 金点子. */
const PUBLIC_PAGES: ReadonlyArray<[paths: string[], page: ComponentType]> = [
  [['/ballot', '/ballot/:code'], BallotPage],
  [['/honor-notice/:id'], HonorNoticePage],
  [['/honor-objection', '/honor-objection/:code'], ObjectionQueryPage],
  [['/participate'], PublicSubmitPage],
  [['/participate/track', '/participate/track/:code'], PublicTrackPage],
];

/** A lazy page shows the loading screen while its chunk arrives. */
const suspended = (page: ReactNode) => <Suspense fallback={<PageLoading />}>{page}</Suspense>;

const pageRoutes: RouteObject[] = APP_ROUTES.map((route) =>
  route.path === '/' ? { index: true, element: <RouteGate route={route} /> } : { path: route.path.slice(1), element: <RouteGate route={route} /> },
);

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: suspended(<LoginPage />) },
      ...PUBLIC_PAGES.flatMap(([paths, Public]) => paths.map((path) => ({ path, element: suspended(<Public />) }))),
      {
        path: '/change-password',
        element: <RequireAuth allowPasswordChange>{suspended(<ChangePasswordPage />)}</RequireAuth>,
      },
      {
        path: '/',
        element: <RequireAuth>{suspended(<AppLayout />)}</RequireAuth>,
        children: [...pageRoutes, { path: '*', element: suspended(<NotFoundPage />) }],
      },
    ],
  },
]);
