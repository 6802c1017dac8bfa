import type { Timeline } from '@dandang/shared/cadres/timeline.schema';
import type { RequestContext } from '../../../platform/context';
import type { Db } from '../../../platform/db/client';
import { notFound } from '../../../platform/errors';
import { holds, scopeCondition } from '../../org';
import { cadreScope } from '../cadres.service';
import { cadres } from '../cadres.tables';
import { findScopedCadre } from '../measures.repository';
import { timelineSources } from './timeline.registry';

/**
 * Everything about one cadre, newest first, from every source the viewer may read. The cadre itself must be in the
 * viewer's cadre.read scope (404 otherwise); each source is then read within the viewer's scope for its own
 * permission, so a narrower grant shows less, never more.
 */
export async function cadreTimeline(db: Db, ctx: RequestContext, cadreId: string): Promise<Timeline> {
  if (!(await findScopedCadre(db, cadreId, cadreScope(ctx, 'cadre.read')))) throw notFound();
  const readable = timelineSources().filter((s) => holds(ctx.actor, s.permission));
  const lists = await Promise.all(
    readable.map((s) => s.entries(db, cadreId, scopeCondition(ctx.actor, s.permission, { unitId: cadres.unitId, cadreId: cadres.id }))),
  );
  // Newest first; on the same day the later event first (a source lists a measure before its revocation).
  const entries = lists
    .flat()
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.order - a.order)
    .map(({ entry }) => entry);
  return { cadreId, sources: readable.map(({ source, label }) => ({ source, label })), entries };
}
