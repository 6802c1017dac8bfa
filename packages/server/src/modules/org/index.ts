export { scopeCondition, holds } from './org.scope';
export { orgRoutes } from './org.routes';
export { jurisdictions, roleGrants, roles, units, userRoles, users } from './org.tables';
export { createUnit } from './units.service';
export { createUser } from './users.service';
export { seedRoles } from './org.seed';
export { SHIPPED_ROLES } from './roles.data';
