import { poolKindOf } from '@dandang/shared/assessment/grade-cycle.rules';
import { gradeLabel } from '@dandang/shared/assessment/grade-scale';
import type { PoolView } from '@dandang/shared/assessment/result.schema';
import { SCHEME_CATEGORIES, type SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { cycleContext, sheetOf } from './cycle-context';
import { participantScope } from './participant-scope';
import * as repo from './pools.repository';

/*
 * 定等名额 (issue 5 "Grading"): the quota pools of a graded cycle, so whoever changes a grade sees at once how many
 * top grades each pool may give and how many it gives now. A pool is shown when anyone in it is within the reader's
 * scope for grading. Its figures are the whole pool's, as its quota is; of its units, only those within the scope are
 * named, and the rest counted.
 */

export async function cyclePools(db: Db, ctx: RequestContext, cycleId: string): Promise<PoolView[]> {
  const context = await cycleContext(db, cycleId, ctx.now);
  const scope = participantScope(ctx, 'assessment.grade');
  const keys = scope ? await repo.poolKeysWithin(db, cycleId, scope) : undefined;
  if (keys?.length === 0) return [];
  const [pools, counts] = await Promise.all([repo.poolsOf(db, cycleId, keys), repo.poolGradeCounts(db, cycleId, keys, scope)]);
  const poolOf = new Map(pools.map((p) => [p.poolKey, p]));
  const views = new Map<string, PoolView>();
  // Each pool's units, whether within the scope: named in the view if so, only counted if not.
  const unitsOf = new Map<string, Map<string, { unitId: string; unitName: string; within: boolean }>>();
  // The counts come in the unit tree's order, so each pool takes the place of its first unit.
  for (const c of counts) {
    const pool = poolOf.get(c.poolKey);
    if (!pool) continue;
    let view = views.get(c.poolKey);
    if (!view) {
      const { scale } = sheetOf(context, c.category);
      view = {
        ...pool,
        kind: poolKindOf(pool.poolKey),
        category: c.category as SchemeCategory,
        units: [],
        otherUnits: 0,
        topGrade: scale.top,
        topLabel: gradeLabel(scale, scale.top),
        top: 0,
        proposedTop: 0,
      };
      views.set(c.poolKey, view);
      unitsOf.set(c.poolKey, new Map());
    }
    const units = unitsOf.get(c.poolKey) as Map<string, { unitId: string; unitName: string; within: boolean }>;
    const unit = units.get(c.unitId) ?? { unitId: c.unitId, unitName: c.unitName, within: false };
    units.set(c.unitId, { ...unit, within: unit.within || c.withinScope });
    if (c.grade === view.topGrade) view.top += c.n;
    if (c.proposedGrade === view.topGrade) view.proposedTop += c.n;
  }
  for (const [key, view] of views) {
    const all = [...(unitsOf.get(key)?.values() ?? [])];
    view.units = all.filter((u) => u.within).map(({ unitId, unitName }) => ({ unitId, unitName }));
    view.otherUnits = all.length - view.units.length;
  }
  // By category as the schemes list them (a stable sort keeps the tree order within each).
  return [...views.values()].sort((a, b) => SCHEME_CATEGORIES.indexOf(a.category) - SCHEME_CATEGORIES.indexOf(b.category));
}
