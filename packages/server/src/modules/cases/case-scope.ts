import type { PermissionCode } from '@dandang/shared/org/permissions';
import { type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { scopeCondition } from '../org';
import { caseParticipants, cases } from './cases.tables';

/**
 * The cases the actor may reach with a permission, by that grant's scope: every case, those of their unit (and below),
 * those about themself, or those they take part in. Every read and every write by id goes through here.
 */
export function caseScope(ctx: RequestContext, permission: PermissionCode): SQL | undefined {
  return scopeCondition(ctx.actor, permission, {
    unitId: cases.unitId,
    cadreId: cases.subjectCadreId,
    assigned: (actor) => sql`exists (select 1 from ${caseParticipants} cp where cp.case_id = ${cases.id} and cp.user_id = ${actor.userId})`,
  });
}
