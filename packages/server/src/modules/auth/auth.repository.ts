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

/** The columns an actor is made of: the user, their unit's position and name, and every grant of every role. */
const actorColumns = {
  userId: users.id,
  username: users.username,
  displayName: users.displayName,
  unitId: users.unitId,
  cadreId: users.cadreId,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  unitPath: units.path,
  unitName: units.name,
  // One row per user: the grants travel as a JSON array (a role without grants still names the role).
  grants: sql<Array<{ roleCode: string; permission: string | null; scope: string | null }>>`coalesce((
    select json_agg(json_build_object('roleCode', ${userRoles.roleCode}, 'permission', ${roleGrants.permission}, 'scope', ${roleGrants.scope}))
    from ${userRoles} left join ${roleGrants} on ${roleGrants.roleCode} = ${userRoles.roleCode}
    where ${userRoles.userId} = ${users.id}), '[]'::json)`,
};

const selectActors = (db: Executor) => db.select(actorColumns).from(users).leftJoin(units, eq(units.id, users.unitId));
type ActorRow = Awaited<ReturnType<typeof selectActors>>[number];

function actorOf(row: ActorRow): Actor | null {
  if (row.disabled) return null;
  const roles = [...new Set(row.grants.map((g) => g.roleCode))] as RoleCode[];
  const held = row.grants.filter((g) => g.permission && g.scope) as Array<{ permission: PermissionCode; scope: DataScope }>;
  return {
    userId: row.userId,
    username: row.username,
    displayName: row.displayName,
    unitId: row.unitId,
    unitPath: row.unitPath,
    unitName: row.unitName,
    cadreId: row.cadreId,
    roles,
    permissions: mergeGrants(held),
    mustChangePassword: row.mustChangePassword,
  };
}

/** The user with their unit position, roles and merged per-permission scopes; null when unknown or disabled. */
export async function loadActor(db: Executor, userId: string): Promise<Actor | null> {
  const [row] = await selectActors(db).where(eq(users.id, userId)).limit(1);
  return row ? actorOf(row) : null;
}

const sessionWithActor = (db: Executor) =>
  db
    .select({ session: sessions, actor: actorColumns })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('session_with_actor');

/** Built once per database: every signed-in request runs it, and a named statement is parsed and planned once per connection. */
const preparedSessions = new WeakMap<Executor, ReturnType<typeof sessionWithActor>>();

/** The session behind a token hash with its user's actor, in one statement; the actor is null when the user is disabled. */
export async function findSessionWithActor(db: Executor, tokenHash: string) {
  let query = preparedSessions.get(db);
  if (!query) {
    query = sessionWithActor(db);
    preparedSessions.set(db, query);
  }
  const [row] = await query.execute({ tokenHash });
  return row ? { session: row.session, actor: actorOf(row.actor) } : null;
}

export async function insertSession(db: Executor, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
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
