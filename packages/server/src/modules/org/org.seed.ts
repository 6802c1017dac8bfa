import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { roleGrants, roles } from './org.tables';
import { SHIPPED_ROLES } from './roles.data';

/**
 * Grants of permissions that no role holds anywhere yet, i.e. permissions added by a newer release: existing shipped
 * roles get their default scope for them on start. A permission an administrator has granted or edited is left alone.
 */
export async function grantNewPermissions(db: Db, ctx: RequestContext): Promise<void> {
  const known = new Set((await db.selectDistinct({ permission: roleGrants.permission }).from(roleGrants)).map((g) => g.permission));
  const existing = new Set((await db.select({ code: roles.code }).from(roles)).map((r) => r.code));
  const added = SHIPPED_ROLES.filter((r) => existing.has(r.code)).flatMap((role) =>
    role.grants.filter(([permission]) => !known.has(permission)).map(([permission, scope]) => ({ roleCode: role.code, permission, scope })),
  );
  if (added.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.insert(roleGrants).values(added).onConflictDoNothing();
    await recordAudit(tx, ctx, { action: 'role.grant_new_permissions', entity: 'role', changes: { grants: { before: null, after: added } } });
  });
}

/** Creates the shipped roles that are missing with their default grants; existing roles keep their edited grants. */
export async function seedRoles(db: Db, ctx: RequestContext): Promise<void> {
  const existing = new Set((await db.select({ code: roles.code }).from(roles)).map((r) => r.code));
  const missing = SHIPPED_ROLES.filter((r) => !existing.has(r.code));
  await grantNewPermissions(db, ctx);
  if (missing.length === 0) return;
  await db.transaction(async (tx) => {
    for (const role of missing) {
      await tx.insert(roles).values({ code: role.code, name: role.name, description: role.description });
      await tx.insert(roleGrants).values(role.grants.map(([permission, scope]) => ({ roleCode: role.code, permission, scope })));
    }
    await recordAudit(tx, ctx, { action: 'role.seed', entity: 'role', changes: { roles: { before: null, after: missing.map((r) => r.code) } } });
  });
}
