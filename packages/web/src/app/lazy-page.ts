import { type ComponentType, lazy } from 'react';

/**
 * React.lazy wants a default export; our files use named exports. Each call is a separate chunk, so a page's code
 * (and the pro-components or ECharts it pulls in) downloads only when the route is visited.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
