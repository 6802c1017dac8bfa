import type { RoleCode } from '@dandang/shared/org/permissions';
import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/like';
import { cadres } from '../cadres/cadres.tables';
import { roleGrants, roles, units, userRoles, users } from './org.tables';

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  unitId: users.unitId,
  unitName: units.name,
  cadreId: users.cadreId,
  disabled: users.disabled,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
};

export interface UserFilter {
  unitId?: string;
  keyword?: string;
  page: number;
  pageSize: number;
}

async function withRoles<T extends { id: string }>(db: Executor, rows: T[]) {
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(userRoles)
    .where(
      inArray(
        userRoles.userId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    ...r,
    roles: links
      .filter((l) => l.userId === r.id)
      .map((l) => l.roleCode as RoleCode)
      .sort(),
  }));
}

export async function listUsers(db: Executor, scope: SQL | undefined, filter: UserFilter) {
  const like = filter.keyword ? containsPattern(filter.keyword) : undefined;
  const where = and(
    scope,
    filter.unitId ? eq(users.unitId, filter.unitId) : undefined,
    like ? or(ilike(users.username, like), ilike(users.displayName, like)) : undefined,
  );
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(where)
    .orderBy(desc(users.createdAt), users.username)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  return { items: await withRoles(db, rows), total: total?.n ?? 0 };
}

export async function findUser(db: Executor, id: string, scope: SQL | undefined) {
  const rows = await db
    .select(userColumns)
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(and(eq(users.id, id), scope))
    .limit(1);
  const [user] = await withRoles(db, rows);
  return user ?? null;
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export async function usernameTaken(db: Executor, username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
  return Boolean(row);
}

export async function cadreExists(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: cadres.id })
    .from(cadres)
    .where(and(eq(cadres.id, id), scope))
    .limit(1);
  return Boolean(row);
}

/** Every grant of the given roles, with the role's name for messages. */
export const grantsOfRoles = (db: Executor, roleCodes: readonly string[]) =>
  db
    .select({ roleCode: roleGrants.roleCode, roleName: roles.name, permission: roleGrants.permission, scope: roleGrants.scope })
    .from(roleGrants)
    .innerJoin(roles, eq(roles.code, roleGrants.roleCode))
    .where(inArray(roleGrants.roleCode, [...roleCodes]));

export async function insertUser(db: Executor, values: typeof users.$inferInsert) {
  await db.insert(users).values(values);
}

export async function updateUser(db: Executor, id: string, version: number, values: Partial<typeof users.$inferInsert>, at: Date) {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: at, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return row;
}

export async function replaceRoles(db: Executor, userId: string, roleCodes: string[]) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roleCodes.length > 0) await db.insert(userRoles).values(roleCodes.map((roleCode) => ({ userId, roleCode })));
}
