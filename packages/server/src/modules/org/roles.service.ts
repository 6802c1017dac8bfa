import { type DataScope, PERMISSIONS, type PermissionCode, type RoleCode } from '@dandang/shared/org/permissions';
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { roleGrants, roles } from './org.tables';

export async function listRoles(db: Executor) {
  const all = await db.select().from(roles).orderBy(asc(roles.code));
  const grants = await db.select().from(roleGrants).orderBy(asc(roleGrants.permission));
  return all.map((r) => ({
    ...r,
    code: r.code as RoleCode,
    grants: grants.filter((g) => g.roleCode === r.code).map((g) => ({ permission: g.permission as PermissionCode, scope: g.scope as DataScope })),
  }));
}

export const listPermissions = () =>
  (Object.entries(PERMISSIONS) as Array<[PermissionCode, { group: string; label: string }]>).map(([code, p]) => ({ code, ...p }));

export async function putGrants(db: Db, ctx: RequestContext, code: string, grants: Array<{ permission: string; scope: string }>) {
  const before = (await listRoles(db)).find((r) => r.code === code);
  if (!before) throw notFound();
  const unique = [...new Map(grants.map((g) => [g.permission, g])).values()];
  await db.transaction(async (tx) => {
    await tx.delete(roleGrants).where(eq(roleGrants.roleCode, code));
    if (unique.length > 0) await tx.insert(roleGrants).values(unique.map((g) => ({ roleCode: code, ...g })));
    await recordAudit(tx, ctx, { action: 'role.grants', entity: 'role', entityId: code, changes: { grants: { before: before.grants, after: unique } } });
  });
  return (await listRoles(db)).find((r) => r.code === code);
}
