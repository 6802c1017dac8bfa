import type { MenuDataItem } from '@ant-design/pro-components';
import { APP_ROUTES, type AppRoute, canOpen, MENU_GROUPS, type MenuGroupKey } from '../app/routes';
import type { Me } from '../platform/auth/auth.types';

/** Group entries need a unique key path of their own; it is never navigated to. */
export const groupPath = (key: MenuGroupKey) => `/~${key}`;

/**
 * The side menu for this user: registry order, each group placed where its first entry is, items the user may not
 * open left out, and a group with nothing left hidden entirely.
 */
export function buildMenu(me: Me | null | undefined, routes: AppRoute[] = APP_ROUTES): MenuDataItem[] {
  const menu: MenuDataItem[] = [];
  const groups = new Map<MenuGroupKey, MenuDataItem>();
  for (const route of routes) {
    if (route.hideInMenu || !canOpen(route, me)) continue;
    const item: MenuDataItem = { path: route.path, name: route.title, icon: route.icon };
    if (!route.group) {
      menu.push(item);
      continue;
    }
    let group = groups.get(route.group);
    if (!group) {
      const def = MENU_GROUPS[route.group];
      group = { path: groupPath(def.key), name: def.title, icon: def.icon, children: [] };
      groups.set(route.group, group);
      menu.push(group);
    }
    group.children?.push(item);
  }
  return menu;
}
