import { type DataScope, type PermissionCode, type RoleCode, SCOPE_WIDTH } from '@dandang/shared/org/permissions';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import { generatePassword, hashPassword } from '../../platform/crypto/password';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { deleteUserSessions } from '../auth';
import { cadres } from '../cadres/cadres.tables';
import { scopeCondition } from './org.scope';
import { units, users } from './org.tables';
import { findUnit } from './units.repository';
import * as repo from './users.repository';

const AUDITED = ['username', 'displayName', 'unitId', 'roles', 'disabled', 'cadreId'] as const;

const userScope = (ctx: RequestContext, permission: 'org.user.read' | 'org.user.write') =>
  scopeCondition(ctx.actor, permission, { unitId: users.unitId, userId: users.id });

export const listUsers = (db: Db, ctx: RequestContext, filter: repo.UserFilter) => repo.listUsers(db, userScope(ctx, 'org.user.read'), filter);

async function writableUser(db: Db, ctx: RequestContext, id: string) {
  const user = await repo.findUser(db, id, userScope(ctx, 'org.user.write'));
  if (!user) throw notFound();
  return user;
}

/** The unit a user is placed in must itself lie inside the actor's user-write scope. */
async function requireUnitInScope(db: Db, ctx: RequestContext, unitId: string) {
  const unit = await findUnit(db, unitId, scopeCondition(ctx.actor, 'org.user.write', { unitId: units.id }));
  if (!unit)
    throw new DomainError(
      'VALIDATION_FAILED',
      { fields: [{ path: 'unitId', message: '所选单位不存在或不在您的管理范围内' }] },
      '所选单位不存在或不在您的管理范围内',
    );
}

/**
 * A linked cadre record must lie in a unit inside the actor's user-write scope: the account reads its own cadre
 * record (`self`), so linking it to a cadre elsewhere would open that record to whoever holds the account.
 */
async function requireCadreInScope(db: Db, ctx: RequestContext, cadreId: string) {
  if (!(await repo.cadreExists(db, cadreId, scopeCondition(ctx.actor, 'org.user.write', { unitId: cadres.unitId })))) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { fields: [{ path: 'cadreId', message: '所选干部不存在或不在您的管理范围内' }] },
      '所选干部不存在或不在您的管理范围内',
    );
  }
}

/**
 * No one can grant more than they hold. Only a system administrator may hand out the system administrator role; anyone
 * else may hand out only roles whose every grant they hold themselves, at least as widely. The same holds for managing
 * an account that already holds such a role: resetting its password would be taking it over.
 */
async function requireRolesGrantable(db: Db, ctx: RequestContext, roles: readonly string[] | undefined, path = 'roles') {
  if (!roles?.length || ctx.actor?.roles.includes('sys_admin')) return;
  const refuse = (message: string) => new DomainError('FORBIDDEN', { fields: [{ path, message }] }, message);
  if (roles.includes('sys_admin')) throw refuse('只有系统管理员可以授予或管理系统管理员角色');
  const held = ctx.actor?.permissions ?? {};
  const wider = (await repo.grantsOfRoles(db, roles)).filter((g) => {
    const mine = held[g.permission as PermissionCode];
    return !mine || SCOPE_WIDTH[mine] < SCOPE_WIDTH[g.scope as DataScope];
  });
  if (wider.length > 0) {
    throw refuse(`角色“${[...new Set(wider.map((g) => g.roleName))].join('、')}”的权限超出了您本人的权限范围，不能授予或管理`);
  }
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  unitId: string;
  roles: RoleCode[];
  cadreId?: string | null;
}

export async function createUser(db: Db, ctx: RequestContext, input: CreateUserInput) {
  await requireRolesGrantable(db, ctx, input.roles);
  await requireUnitInScope(db, ctx, input.unitId);
  if (input.cadreId) await requireCadreInScope(db, ctx, input.cadreId);
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  const id = crypto.randomUUID();
  const user = await db.transaction(async (tx) => {
    if (await repo.usernameTaken(tx, input.username)) {
      throw new DomainError('DUPLICATE', { fields: [{ path: 'username', message: '用户名已被使用' }] }, '用户名已被使用');
    }
    const { roles, ...values } = input;
    await repo.insertUser(tx, { id, ...values, cadreId: values.cadreId ?? null, passwordHash, mustChangePassword: true });
    await repo.replaceRoles(tx, id, [...new Set(roles)]);
    const created = (await repo.findUser(tx, id, undefined)) as repo.UserRow;
    await recordAudit(tx, ctx, { action: 'user.create', entity: 'user', entityId: id, changes: diffFields(null, created, [...AUDITED]) });
    return created;
  });
  return { user, initialPassword };
}

export interface UpdateUserInput {
  displayName?: string;
  unitId?: string;
  roles?: RoleCode[];
  disabled?: boolean;
  version: number;
}

export async function updateUser(db: Db, ctx: RequestContext, id: string, input: UpdateUserInput) {
  const before = await writableUser(db, ctx, id);
  await requireRolesGrantable(db, ctx, before.roles, 'id');
  await requireRolesGrantable(db, ctx, input.roles);
  if (input.unitId) await requireUnitInScope(db, ctx, input.unitId);
  const { version, roles, ...values } = input;
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateUser(tx, id, version, values, ctx.now));
    if (roles) await repo.replaceRoles(tx, id, [...new Set(roles)]);
    // A disabled account loses its open sessions at once rather than at their next timeout.
    if (values.disabled) await deleteUserSessions(tx, id);
    const after = (await repo.findUser(tx, id, undefined)) as repo.UserRow;
    await recordAudit(tx, ctx, { action: 'user.update', entity: 'user', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    return after;
  });
}

export async function resetPassword(db: Db, ctx: RequestContext, id: string) {
  const before = await writableUser(db, ctx, id);
  await requireRolesGrantable(db, ctx, before.roles, 'id');
  const initialPassword = generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  await db.transaction(async (tx) => {
    requireUpdated(await repo.updateUser(tx, id, before.version, { passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null }, ctx.now));
    await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, { action: 'user.reset_password', entity: 'user', entityId: id, changes: { password: { before: '***', after: '***' } } });
  });
  return { initialPassword };
}
