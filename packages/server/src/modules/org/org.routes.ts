import {
  createUnitBody,
  createUserBody,
  idParam,
  listUsersQuery,
  moveUnitBody,
  putGrantsBody,
  roleSchema,
  unitSchema,
  updateUnitBody,
  updateUserBody,
  userSchema,
} from '@dandang/shared/org/org.schema';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../platform/db/client';
import { listJurisdictions } from './jurisdictions.repository';
import { listPermissions, listRoles, putGrants } from './roles.service';
import * as unitsService from './units.service';
import type { UserRow } from './users.repository';
import * as usersService from './users.service';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const toUser = (u: UserRow) => ({ ...u, lockedUntil: iso(u.lockedUntil), lastLoginAt: iso(u.lastLoginAt) });
const tags = ['org'];

export function orgRoutes(db: Db) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get('/api/v1/jurisdictions', { schema: { tags, summary: '地区列表' } }, () => listJurisdictions(db));

    r.get(
      '/api/v1/units',
      { schema: { tags, summary: '单位列表（按数据权限）', response: { 200: z.array(unitSchema) } }, config: { permission: 'org.unit.read' } },
      (req) => unitsService.listUnits(db, req.ctx),
    );
    r.get(
      '/api/v1/units/:id',
      { schema: { tags, summary: '单位详情', params: idParam, response: { 200: unitSchema } }, config: { permission: 'org.unit.read' } },
      (req) => unitsService.getUnit(db, req.ctx, req.params.id),
    );
    r.post(
      '/api/v1/units',
      { schema: { tags, summary: '新增单位', body: createUnitBody, response: { 200: unitSchema } }, config: { permission: 'org.unit.write' } },
      (req) => unitsService.createUnit(db, req.ctx, req.body),
    );
    r.patch(
      '/api/v1/units/:id',
      { schema: { tags, summary: '修改单位', params: idParam, body: updateUnitBody, response: { 200: unitSchema } }, config: { permission: 'org.unit.write' } },
      (req) => unitsService.updateUnit(db, req.ctx, req.params.id, req.body),
    );
    r.post(
      '/api/v1/units/:id/move',
      {
        schema: { tags, summary: '移动单位（连同下级）', params: idParam, body: moveUnitBody, response: { 200: unitSchema } },
        config: { permission: 'org.unit.write' },
      },
      (req) => unitsService.moveUnit(db, req.ctx, req.params.id, req.body.newParentId, req.body.version),
    );
    r.delete('/api/v1/units/:id', { schema: { tags, summary: '删除单位', params: idParam }, config: { permission: 'org.unit.write' } }, async (req, reply) => {
      await unitsService.deleteUnit(db, req.ctx, req.params.id);
      return reply.status(204).send();
    });

    r.get(
      '/api/v1/users',
      {
        schema: { tags, summary: '用户列表', querystring: listUsersQuery, response: { 200: z.object({ items: z.array(userSchema), total: z.number() }) } },
        config: { permission: 'org.user.read' },
      },
      async (req) => {
        const page = await usersService.listUsers(db, req.ctx, req.query);
        return { items: page.items.map(toUser), total: page.total };
      },
    );
    r.post(
      '/api/v1/users',
      {
        schema: { tags, summary: '新增用户', body: createUserBody, response: { 200: z.object({ user: userSchema, initialPassword: z.string() }) } },
        config: { permission: 'org.user.write' },
      },
      async (req) => {
        const { user, initialPassword } = await usersService.createUser(db, req.ctx, req.body);
        return { user: toUser(user), initialPassword };
      },
    );
    r.patch(
      '/api/v1/users/:id',
      { schema: { tags, summary: '修改用户', params: idParam, body: updateUserBody, response: { 200: userSchema } }, config: { permission: 'org.user.write' } },
      async (req) => toUser(await usersService.updateUser(db, req.ctx, req.params.id, req.body)),
    );
    r.post(
      '/api/v1/users/:id/reset-password',
      {
        schema: { tags, summary: '重置密码', params: idParam, response: { 200: z.object({ initialPassword: z.string() }) } },
        config: { permission: 'org.user.write' },
      },
      (req) => usersService.resetPassword(db, req.ctx, req.params.id),
    );

    r.get('/api/v1/roles', { schema: { tags, summary: '角色与授权', response: { 200: z.array(roleSchema) } }, config: { permission: 'org.role.read' } }, () =>
      listRoles(db),
    );
    r.put(
      '/api/v1/roles/:code/grants',
      {
        schema: {
          tags,
          summary: '设置角色的权限与数据范围',
          params: z.object({ code: z.string().max(50) }),
          body: putGrantsBody,
          response: { 200: roleSchema },
        },
        config: { permission: 'org.role.write' },
      },
      async (req) => (await putGrants(db, req.ctx, req.params.code, req.body.grants)) as z.infer<typeof roleSchema>,
    );
    r.get('/api/v1/permissions', { schema: { tags, summary: '权限清单' } }, () => listPermissions());
  };
}
