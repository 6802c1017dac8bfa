export { orgRoutes } from './org.routes';
export { holds, scopeCondition } from './org.scope';
export { seedRoles } from './org.seed';
export { jurisdictions, roleGrants, roles, units, userRoles, users } from './org.tables';
export { SHIPPED_ROLES } from './roles.data';
export { unitTreeOrder } from './unit-order.sql';
export { unitsUnder } from './unit-subtree.sql';
export { createUnit } from './units.service';
export { createUser } from './users.service';
