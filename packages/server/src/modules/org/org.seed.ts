import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { roleGrants, roles } from './org.tables';
import { SHIPPED_ROLES } from './roles.data';

/** Creates the shipped roles that are missing with their default grants; existing roles keep their edited grants. */
export async function seedRoles(db: Db, ctx: RequestContext): Promise<void> {
  const existing = new Set((await db.select({ code: roles.code }).from(roles)).map((r) => r.code));
  const missing = SHIPPED_ROLES.filter((r) => !existing.has(r.code));
  if (missing.length === 0) return;
  await db.transaction(async (tx) => {
    for (const role of missing) {
      await tx.insert(roles).values({ code: role.code, name: role.name, description: role.description });
      await tx.insert(roleGrants).values(role.grants.map(([permission, scope]) => ({ roleCode: role.code, permission, scope })));
    }
    await recordAudit(tx, ctx, { action: 'role.seed', entity: 'role', changes: { roles: { before: null, after: missing.map((r) => r.code) } } });
  });
}
