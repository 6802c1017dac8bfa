import { matchPath, useLocation } from 'react-router-dom';
import { APP_ROUTES, type AppRoute } from '../app/routes';

export function findRoute(pathname: string): AppRoute | undefined {
  return APP_ROUTES.find((route) => matchPath({ path: route.path, end: true }, pathname));
}

/** The registry entry of the page being shown, for titles and breadcrumbs. */
export function useCurrentRoute(): AppRoute | undefined {
  return findRoute(useLocation().pathname);
}
