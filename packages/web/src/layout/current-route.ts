import { matchPath, useLocation } from 'react-router-dom';
import { APP_ROUTES, type AppRoute } from '../app/routes';

/** Fewer `:params` first: `/complaints/statistics` is that page, not the complaint whose id reads "statistics". */
const bySpecificity = [...APP_ROUTES].sort((a, b) => (a.path.match(/:/g)?.length ?? 0) - (b.path.match(/:/g)?.length ?? 0));

/** The registry entry for a path, chosen as the router chooses: a literal segment wins over a parameter. */
export function findRoute(pathname: string): AppRoute | undefined {
  return bySpecificity.find((route) => matchPath({ path: route.path, end: true }, pathname));
}

/** The registry entry of the page being shown, for titles and breadcrumbs. */
export function useCurrentRoute(): AppRoute | undefined {
  return findRoute(useLocation().pathname);
}
