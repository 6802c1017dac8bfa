import type { PermissionCode } from '@dandang/shared/org/permissions';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { DomainError } from '../../platform/errors';
import { scopeCondition, units } from '../org';
import { honorCampaigns, honorNominations } from './honors.tables';

export type HonorPermission = Extract<PermissionCode, 'honor.read' | 'honor.nominate' | 'honor.manage'>;

/** A nomination is in scope when its cadre is (the unit it was nominated from, for unit scopes; the cadre, for self). */
export const nominationScope = (ctx: RequestContext, permission: HonorPermission) =>
  scopeCondition(ctx.actor, permission, { unitId: honorNominations.unitId, cadreId: honorNominations.cadreId });

/**
 * A campaign is the jurisdiction's business: a county-wide scope sees every campaign, anyone narrower those of their
 * own unit's jurisdiction (whose nominations they then see only within their scope).
 */
export function campaignScope(ctx: RequestContext, permission: HonorPermission): SQL | undefined {
  const scope = ctx.actor?.permissions[permission];
  if (!ctx.actor || !scope) throw new DomainError('FORBIDDEN');
  if (scope === 'all') return undefined;
  if (!ctx.actor.unitId) return sql`false`;
  return eq(honorCampaigns.jurisdictionId, sql`(select ${units.jurisdictionId} from ${units} where ${units.id} = ${ctx.actor.unitId})`);
}
