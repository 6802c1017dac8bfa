import { checkPassword } from '@dandang/shared/org/password.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { Actor, RequestContext } from '../../platform/context';
import { hashPassword, verifyPassword } from '../../platform/crypto/password';
import { randomToken, sm3 } from '../../platform/crypto/sm';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import * as repo from './auth.repository';

export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 3_600_000;
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** Sessions are touched at most this often, so that reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

// A hash to verify against when the user does not exist, so that response time does not reveal valid user names.
let decoyHash: Promise<string> | undefined;

export interface LoginResult extends SessionTokens {
  actor: Actor;
}

const lockedError = (until: Date) => {
  const hhmm = until.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
  return new DomainError('AUTH_LOCKED', { lockedUntil: until.toISOString() }, `登录失败次数过多，账号已锁定，请于 ${hhmm} 后再试`);
};

export async function login(db: Db, ctx: RequestContext, username: string, password: string): Promise<LoginResult> {
  const now = ctx.now;
  const log = (result: string, userId: string | null) =>
    repo.recordLogin(db, { at: now, username, userId, ip: ctx.ip, userAgent: ctx.userAgent, event: 'login', result });
  const user = await repo.findUserByUsername(db, username);
  if (!user) {
    decoyHash ??= hashPassword('decoy-password-never-used');
    await verifyPassword(await decoyHash, password);
    await log('unknown_user', null);
    throw new DomainError('AUTH_INVALID_CREDENTIALS');
  }
  if (user.disabled) {
    await log('disabled', user.id);
    throw new DomainError('AUTH_INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await log('locked', user.id);
    throw lockedError(user.lockedUntil);
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    const attempts = user.failedAttempts + 1;
    const lockNow = attempts >= MAX_FAILED_LOGINS;
    const until = lockNow ? new Date(now.getTime() + LOCKOUT_MS) : null;
    await repo.setLoginFailure(db, user.id, lockNow ? 0 : attempts, until);
    await log(lockNow ? 'locked' : 'bad_password', user.id);
    if (until) throw lockedError(until);
    const remaining = MAX_FAILED_LOGINS - attempts;
    throw new DomainError('AUTH_INVALID_CREDENTIALS', { remainingAttempts: remaining }, `用户名或密码错误，再错 ${remaining} 次账号将锁定 15 分钟`);
  }
  await repo.setLoginSuccess(db, user.id, now);
  // A fresh token on every login: a session id planted before login can never become an authenticated one.
  const { token, csrfToken } = await openSession(db, ctx, user.id);
  await log('success', user.id);
  const actor = await repo.loadActor(db, user.id);
  if (!actor) throw new DomainError('AUTH_INVALID_CREDENTIALS');
  return { token, csrfToken, actor };
}

export interface SessionTokens {
  token: string;
  csrfToken: string;
}

async function openSession(db: Executor, ctx: RequestContext, userId: string): Promise<SessionTokens> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  await repo.insertSession(db, {
    tokenHash: sm3(token),
    userId,
    csrfToken,
    createdAt: ctx.now,
    lastSeenAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + SESSION_ABSOLUTE_MS),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return { token, csrfToken };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  tokenHash: string;
}

/** The session behind a cookie token, or null when unknown, idle for 30 minutes, or past its 12 hours. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<ResolvedSession | null> {
  const tokenHash = sm3(token);
  const found = await repo.findSessionWithActor(db, tokenHash);
  if (!found) return null;
  const { session, actor } = found;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (idle > SESSION_IDLE_MS || now >= session.expiresAt) {
    await repo.deleteSession(db, tokenHash);
    return null;
  }
  if (!actor) return null;
  if (idle > TOUCH_INTERVAL_MS) await repo.touchSession(db, tokenHash, now);
  return { actor, csrfToken: session.csrfToken, tokenHash };
}

export async function logout(db: Db, ctx: RequestContext, tokenHash: string, everywhere: boolean): Promise<void> {
  const actor = ctx.actor;
  if (!actor) return;
  if (everywhere) await repo.deleteUserSessions(db, actor.userId);
  else await repo.deleteSession(db, tokenHash);
  await repo.recordLogin(db, {
    at: ctx.now,
    username: actor.username,
    userId: actor.userId,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    event: everywhere ? 'logout_all' : 'logout',
    result: 'success',
  });
}

/**
 * Changes the actor's own password and answers the tokens of a new session. Every session of the user ends, this
 * one included: whoever held a stolen session id loses it with the old password.
 */
export async function changePassword(db: Db, ctx: RequestContext, currentPassword: string, newPassword: string): Promise<SessionTokens> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError('AUTH_REQUIRED');
  const user = await repo.findUserById(db, actor.userId);
  if (!user) throw new DomainError('AUTH_REQUIRED');
  const fields: Array<{ path: string; message: string }> = [];
  if (!(await verifyPassword(user.passwordHash, currentPassword))) fields.push({ path: 'currentPassword', message: '当前密码不正确' });
  for (const p of checkPassword(newPassword, user.username)) fields.push({ path: 'newPassword', message: p.text });
  if (currentPassword === newPassword) fields.push({ path: 'newPassword', message: '新密码不能与当前密码相同' });
  if (fields.length > 0) {
    throw new DomainError('PASSWORD_POLICY', { fields }, `修改密码失败：${fields.map((f) => f.message).join('；')}`);
  }
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await repo.setPasswordHash(tx, user.id, passwordHash, false, ctx.now);
    await recordAudit(tx, ctx, { action: 'user.change_password', entity: 'user', entityId: user.id, changes: { password: { before: '***', after: '***' } } });
    await repo.deleteUserSessions(tx, user.id);
    return openSession(tx, ctx, user.id);
  });
}
