import { HONOR_KINDS } from '@dandang/shared/honors/honor.codes';
import type { CadreHonorView } from '@dandang/shared/honors/honor.schema';
import { groupBy } from '@dandang/shared/platform/group-by';
import type { SQL } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { cadres } from '../cadres';
import { scopeCondition } from '../org';
import * as repo from './honors.repository';

/** 荣誉 on the cadre's profile: honors of published campaigns, within the reader's `honor.read` scope of the cadre. */
export async function cadreHonors(db: Db, ctx: RequestContext, cadreId: string): Promise<CadreHonorView[]> {
  const cadre = await repo.findCadre(db, cadreId, scopeCondition(ctx.actor, 'honor.read', { unitId: cadres.unitId, cadreId: cadres.id }));
  if (!cadre) throw notFound();
  return repo.awardedHonorsOf(db, cadreId);
}

/**
 * The assessment's HONOR bonus item (issue 5: "an honor adds"): the honors published within a cycle's period, one
 * short text each, for the cadres the assessment asks about.
 */
export async function honorSignals(db: Executor, cadreIds: SQL, period: { from: string; to: string }): Promise<Map<string, string[]>> {
  const rows = await repo.honorsPublishedBetween(db, cadreIds, period);
  const byCadre = groupBy(rows, (row) => row.cadreId);
  return new Map([...byCadre].map(([id, list]) => [id, list.map((r) => `${r.publishedOn} 获评${HONOR_KINDS[r.kind]}（${r.title}）`)]));
}
