import { changePasswordBody, loginBody, meSchema } from '@dandang/shared/org/auth.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { actorOf } from '../../platform/http/request-context';
import { clearSessionCookies, setSessionCookies } from './auth.hook';
import { changePassword, login, logout } from './auth.service';

const toMe = (a: Actor) => ({
  id: a.userId,
  username: a.username,
  displayName: a.displayName,
  unitId: a.unitId,
  unitName: a.unitName,
  cadreId: a.cadreId,
  roles: a.roles,
  permissions: a.permissions as Record<string, (typeof a.permissions)[keyof typeof a.permissions] & string>,
  mustChangePassword: a.mustChangePassword,
});

export function authRoutes(db: Db, options: { secureCookies: boolean; loginRateLimit: number }) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      '/api/v1/auth/login',
      {
        schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: z.object({ user: meSchema }) } },
        config: { public: true, rateLimit: { max: options.loginRateLimit, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const result = await login(db, request.ctx, request.body.username, request.body.password);
        setSessionCookies(reply, result.token, result.csrfToken, options.secureCookies);
        return { user: toMe(result.actor) };
      },
    );
    r.get('/api/v1/auth/me', { schema: { tags: ['auth'], summary: '当前用户', response: { 200: meSchema } } }, async (request) => toMe(actorOf(request)));
    for (const [path, everywhere, summary] of [
      ['/api/v1/auth/logout', false, '退出登录'],
      ['/api/v1/auth/logout-all', true, '退出所有设备'],
    ] as const) {
      r.post(path, { schema: { tags: ['auth'], summary } }, async (request, reply) => {
        await logout(db, request.ctx, request.sessionTokenHash ?? '', everywhere);
        clearSessionCookies(reply);
        return reply.status(204).send();
      });
    }
    r.post('/api/v1/auth/change-password', { schema: { tags: ['auth'], summary: '修改密码', body: changePasswordBody } }, async (request, reply) => {
      const session = await changePassword(db, request.ctx, request.body.currentPassword, request.body.newPassword);
      setSessionCookies(reply, session.token, session.csrfToken, options.secureCookies);
      return reply.status(204).send();
    });
  };
}
