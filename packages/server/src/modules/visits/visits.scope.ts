import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { cadres } from '../cadres/cadres.tables';
import { scopeCondition } from '../org';
import { effectiveDocument } from '../policy';
import { findScopedCadre } from './visits.repository';

export type VisitPermission = 'visit.read' | 'visit.write' | 'visit.flag';

/** Visits, care flags and care records are in scope when their cadre is (the cadre's unit for unit scopes). */
export const visitScope = (ctx: RequestContext, permission: VisitPermission) =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

/** The cadre when within the actor's scope for the permission; otherwise 404, so the cadre's existence is not revealed. */
export async function requireCadre(db: Executor, ctx: RequestContext, cadreId: string, permission: VisitPermission) {
  const cadre = await findScopedCadre(db, cadreId, visitScope(ctx, permission));
  if (!cadre) throw notFound();
  return cadre;
}

/** The visits policy in force on a date for a jurisdiction, read once per jurisdiction within one request. */
export function visitPolicyReader(db: Executor, date: string) {
  const cache = new Map<string, ReturnType<typeof effectiveDocument>>();
  return async (jurisdictionId: string | null) => {
    const key = jurisdictionId ?? '';
    if (!cache.has(key)) cache.set(key, effectiveDocument(db, date, jurisdictionId));
    return (await (cache.get(key) as ReturnType<typeof effectiveDocument>)).visits;
  };
}
