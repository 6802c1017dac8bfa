import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { resolveSession, SESSION_ABSOLUTE_MS } from './auth.service';

export const SESSION_COOKIE = 'dd_sid';
export const CSRF_COOKIE = 'dd_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookies(reply: FastifyReply, token: string, csrfToken: string, secure: boolean): void {
  const common = { path: '/', sameSite: 'strict' as const, secure, maxAge: SESSION_ABSOLUTE_MS / 1000 };
  reply.setCookie(SESSION_COOKIE, token, { ...common, httpOnly: true });
  // Readable by the page so it can echo it in a header: a cross-site form can send the cookie but never the header.
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/**
 * Resolves the session of every API request, refuses anonymous calls to routes that are not public, enforces
 * the forced password change and the CSRF header on cookie-authenticated writes, and checks a route's permission.
 */
export function registerAuthHook(app: FastifyInstance, db: Db): void {
  app.addHook('preValidation', async (request) => {
    // The API docs and static files are public; everything under /api/v1 goes through here.
    if (!request.url.startsWith('/api/v1/')) return;
    const config = request.routeOptions.config;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(db, token, request.ctx.now);
      if (session) {
        request.ctx.actor = session.actor;
        request.sessionTokenHash = session.tokenHash;
        if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
          throw new DomainError('CSRF_INVALID');
        }
      }
    }
    if (config.public) return;
    const actor = request.ctx.actor;
    if (!actor) throw new DomainError('AUTH_REQUIRED');
    if (actor.mustChangePassword && !request.url.startsWith('/api/v1/auth/')) {
      throw new DomainError('AUTH_PASSWORD_CHANGE_REQUIRED');
    }
    if (config.permission && !actor.permissions[config.permission]) throw new DomainError('FORBIDDEN');
  });
}
