import type { PermissionCode } from '@dandang/shared/org/permissions';
import { or, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { cadres } from '../cadres';
import { caseScope, cases } from '../cases';
import { scopeCondition, units } from '../org';
import { accountabilityCases, accountabilityMatters } from './accountability.tables';

/*
 * Who may see and touch what. Cases are scoped by the engine (the case's unit, its cadre, its participants). A matter
 * is visible to a reader whose `accountability.read` scope reaches its registering unit, or any of its cases: a unit
 * that registered the facts follows them, and a reader who may see one subject's case may see what it is about. The
 * matter's other cases stay filtered by their own scope.
 */

export function matterScope(ctx: RequestContext): SQL | undefined {
  const own = scopeCondition(ctx.actor, 'accountability.read', { unitId: accountabilityMatters.unitId });
  if (own === undefined) return undefined;
  const viaCase = sql`exists (select 1 from ${accountabilityCases} inner join ${cases} on ${cases.id} = ${accountabilityCases.caseId}
    where ${accountabilityCases.matterId} = ${accountabilityMatters.id} and ${caseScope(ctx, 'accountability.read') ?? sql`true`})`;
  return or(own, viaCase);
}

/** The cadres a permission reaches: by their unit, or themself for `self`. */
export const cadreScope = (ctx: RequestContext, permission: PermissionCode) =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

/** The units a permission reaches, for a party organization held to account. */
export const unitScope = (ctx: RequestContext, permission: PermissionCode) => scopeCondition(ctx.actor, permission, { unitId: units.id });
