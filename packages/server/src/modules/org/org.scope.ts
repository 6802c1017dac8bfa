import type { PermissionCode } from '@dandang/shared/org/permissions';
import { type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import { DomainError } from '../../platform/errors';
import { units } from './org.tables';

export interface ScopeColumns {
  /** The record's unit: `unit` and `unit_subtree` scopes match on it. */
  unitId?: AnyColumn;
  /** The cadre the record is about: `self` matches the actor's own cadre record. */
  cadreId?: AnyColumn;
  /** The user the record is about: `self` also matches the actor's own user record. */
  userId?: AnyColumn;
  /** A condition that holds when the actor takes part in the record's case, for `assigned`. */
  assigned?: (actor: Actor) => SQL;
}

/**
 * Turns the actor's scope for one permission into a SQL condition on a record's columns. Every list and every read
 * or write by id goes through here, so a guessed id outside the scope finds nothing (and answers 404).
 * Returns `undefined` for `all` (no condition) and throws FORBIDDEN when the permission is not held at all.
 */
export function scopeCondition(actor: Actor | null, permission: PermissionCode, columns: ScopeColumns): SQL | undefined {
  const scope = actor?.permissions[permission];
  if (!actor || !scope) throw new DomainError('FORBIDDEN');
  switch (scope) {
    case 'all':
      return undefined;
    case 'unit_subtree':
      if (!columns.unitId || !actor.unitPath) return sql`false`;
      return sql`${columns.unitId} in (select ${units.id} from ${units} where ${units.path} like ${`${actor.unitPath}%`})`;
    case 'unit':
      if (!columns.unitId || !actor.unitId) return sql`false`;
      return eq(columns.unitId, actor.unitId);
    case 'self': {
      if (columns.cadreId && actor.cadreId) return eq(columns.cadreId, actor.cadreId);
      if (columns.userId) return eq(columns.userId, actor.userId);
      return sql`false`;
    }
    case 'assigned':
      return columns.assigned ? columns.assigned(actor) : sql`false`;
  }
}

/** True when the actor holds the permission at any scope. */
export function holds(actor: Actor | null, permission: PermissionCode): boolean {
  return Boolean(actor?.permissions[permission]);
}
