import type { RotationAlerts } from '@dandang/shared/cadres/cadre-search.schema';
import { rotationDue } from '@dandang/shared/cadres/rotation.rules';
import { latestStartFor } from '@dandang/shared/cadres/years.rules';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { and } from 'drizzle-orm';
import type { RequestContext } from '../../../platform/context';
import type { Db } from '../../../platform/db/client';
import { effectiveDocument } from '../../policy';
import { cadreScope } from '../cadres.service';
import * as repo from './rotation.repository';

/**
 * 轮岗交流提醒: cadres whose current post has lasted the policy's period on today's date (China time), inside the
 * actor's cadre.read scope. The policy is the one in force today for the jurisdiction of the unit asked about (or
 * of the actor's unit); a unit outside the scope simply lists no one.
 */
export async function rotationAlerts(db: Db, ctx: RequestContext, query: { unitId?: string; includeSubunits: boolean }): Promise<RotationAlerts> {
  const asOf = chinaDateOf(ctx.now);
  const scope = cadreScope(ctx, 'cadre.read');
  const jurisdictionId = await repo.jurisdictionFor(db, query.unitId ?? ctx.actor?.unitId ?? null);
  const policy = (await effectiveDocument(db, asOf, jurisdictionId)).rotation;
  const rows = await repo.findLongPosts(db, and(scope, query.unitId ? repo.unitSubtree(query.unitId, query.includeSubunits) : undefined), {
    ordinaryBy: latestStartFor(asOf, policy.years),
    keyBy: latestStartFor(asOf, policy.keyPostYears),
  });
  const items = rows.flatMap((row) => {
    const result = rotationDue(row, asOf, policy);
    return result.due ? [{ ...row, yearsInPost: result.yearsInPost, thresholdYears: result.thresholdYears, dueOn: result.dueOn }] : [];
  });
  return { asOf, policy: { years: policy.years, keyPostYears: policy.keyPostYears }, items };
}
