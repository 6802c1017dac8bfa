import type { DataScope, PermissionCode, RoleCode } from '@dandang/shared/org/permissions';
import { mergeGrants } from '@dandang/shared/org/permissions';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { roleGrants, units, userRoles, users } from '../org/org.tables';
import { loginLog, sessions } from './auth.tables';

export async function findUserByUsername(db: Executor, username: string) {
  const [user] = await db.select().from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
  return user ?? null;
}

export async function findUserById(db: Executor, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

/** The user with their unit position, roles and merged per-permission scopes. */
export async function loadActor(db: Executor, userId: string): Promise<Actor | null> {
  const [row] = await db
    .select({ user: users, unitPath: units.path, unitName: units.name })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.user.disabled) return null;
  const grants = await db
    .select({ roleCode: userRoles.roleCode, permission: roleGrants.permission, scope: roleGrants.scope })
    .from(userRoles)
    .leftJoin(roleGrants, eq(roleGrants.roleCode, userRoles.roleCode))
    .where(eq(userRoles.userId, userId));
  const roles = [...new Set(grants.map((g) => g.roleCode))] as RoleCode[];
  const held = grants.filter((g) => g.permission && g.scope) as Array<{ permission: PermissionCode; scope: DataScope }>;
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    unitId: row.user.unitId,
    unitPath: row.unitPath,
    unitName: row.unitName,
    cadreId: row.user.cadreId,
    roles,
    permissions: mergeGrants(held),
    mustChangePassword: row.user.mustChangePassword,
  };
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

export async function findSession(db: Executor, tokenHash: string) {
  const [s] = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).limit(1);
  return s ?? null;
}

export async function touchSession(db: Executor, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function recordLogin(db: Executor, values: Omit<typeof loginLog.$inferInsert, 'id'>): Promise<void> {
  await db.insert(loginLog).values(values);
}

export async function setLoginFailure(db: Executor, userId: string, failedAttempts: number, lockedUntil: Date | null) {
  await db.update(users).set({ failedAttempts, lockedUntil }).where(eq(users.id, userId));
}

export async function setLoginSuccess(db: Executor, userId: string, at: Date) {
  await db.update(users).set({ failedAttempts: 0, lockedUntil: null, lastLoginAt: at }).where(eq(users.id, userId));
}

export async function setPasswordHash(db: Executor, userId: string, passwordHash: string, mustChange: boolean, at: Date) {
  await db
    .update(users)
    .set({ passwordHash, mustChangePassword: mustChange, passwordChangedAt: at, updatedAt: at, version: sql`${users.version} + 1` })
    .where(and(eq(users.id, userId)));
}
