import { chinaDateOf } from '@dandang/shared/dates/date';
import type { MeasureRecord } from '@dandang/shared/rules/measures';
import type { RecommendationView, VisitPlanView } from '@dandang/shared/visits/visit.schema';
import { planState, recommendationStart, recommendationState, visitPlan } from '@dandang/shared/visits/visit-plan.rules';
import { and, type SQL, sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { unitsUnder } from '../org';
import * as repo from './visits.repository';
import { requireCadre, visitPolicyReader, visitScope } from './visits.scope';
import { asMeasureRecord, presentVisit } from './visits.view';

/** The plans of the measures, each derived by the shared rule from the register and the visits on record. */
async function plansOf(db: Executor, measureRows: repo.PlanMeasureRow[], asOf: string): Promise<VisitPlanView[]> {
  const cadreIds = [...new Set(measureRows.map((m) => m.cadreId))];
  const visits = new Map<string, repo.VisitRow[]>();
  for (const v of await repo.listVisitsOf(db, cadreIds)) visits.set(v.measureId, [...(visits.get(v.measureId) ?? []), v]);
  const policyOf = visitPolicyReader(db, asOf);
  const plans: VisitPlanView[] = [];
  for (const m of measureRows) {
    const policy = await policyOf(m.jurisdictionId);
    const plan = visitPlan(asMeasureRecord(m), visits.get(m.id) ?? [], policy, asOf);
    if (!plan) continue;
    plans.push({
      measureId: m.id,
      measureCode: m.code,
      effectiveOn: m.effectiveOn,
      cadreId: m.cadreId,
      cadreName: m.cadreName,
      unitId: m.unitId,
      unitName: m.unitName,
      assignedTo: m.decidingBody,
      ...plan,
      state: planState(plan),
    });
  }
  return plans;
}

/**
 * The plans in the reader's scope (optionally one unit and its sub-units), filtered by state: the overdue ones are the
 * alerts. `within` narrows the measures further in SQL (动态监测 adds its own scope on the cadre's unit).
 */
export async function listVisitPlans(
  db: Executor,
  ctx: RequestContext,
  query: { state: 'due' | 'overdue' | 'all'; unitId?: string | undefined; within?: SQL | undefined },
) {
  const asOf = chinaDateOf(ctx.now);
  const scope = and(visitScope(ctx, 'visit.read'), query.within);
  const rows = await repo.listPlanMeasures(db, scope, query.unitId ? { unitIds: unitsUnder(sql`${query.unitId}`) } : {});
  const plans = await plansOf(db, rows, asOf);
  const items = query.state === 'all' ? plans : plans.filter((p) => p.state === query.state);
  return { asOf, items };
}

/** One cadre's plans and visits. */
export async function cadreVisitPlan(db: Db, ctx: RequestContext, cadreId: string) {
  await requireCadre(db, ctx, cadreId, 'visit.read');
  const asOf = chinaDateOf(ctx.now);
  const plans = await plansOf(db, await repo.listPlanMeasures(db, undefined, { cadreIds: [cadreId] }), asOf);
  return { asOf, plans, visits: (await repo.listVisitsOf(db, [cadreId])).map(presentVisit) };
}

/**
 * The recommendations for use (推荐使用建议) of cadres' good visits, each counting once the cadre's promotion bar has
 * ended (DOMAIN.md §9: once the bar ends; §4: the longest of their measures' bars), pending before that day or while
 * the bar has no end. Exported for promotion screening and the profile.
 */
export async function recommendationsOf(db: Executor, cadreIds: string[], asOf: string): Promise<Map<string, RecommendationView[]>> {
  const out = new Map<string, RecommendationView[]>();
  const visits = (await repo.listVisitsOf(db, cadreIds)).filter((v) => v.result === 'GOOD' && v.recommendation !== '');
  if (visits.length === 0) return out;
  // Every counting measure of these cadres (revoked ones are left out: they bar nothing).
  const measuresOf = new Map<string, MeasureRecord[]>();
  for (const m of await repo.listPlanMeasures(db, undefined, { cadreIds: [...new Set(visits.map((v) => v.cadreId))] })) {
    measuresOf.set(m.cadreId, [...(measuresOf.get(m.cadreId) ?? []), asMeasureRecord(m)]);
  }
  for (const v of visits) {
    const effectiveFrom = recommendationStart(v.visitedOn, measuresOf.get(v.cadreId) ?? []);
    const view = {
      visitId: v.id,
      measureId: v.measureId,
      visitedOn: v.visitedOn,
      text: v.recommendation,
      effectiveFrom,
      state: effectiveFrom === null ? ('pending' as const) : recommendationState(effectiveFrom, asOf),
    };
    out.set(v.cadreId, [...(out.get(v.cadreId) ?? []), view]);
  }
  return out;
}

export async function cadreRecommendations(db: Db, ctx: RequestContext, cadreId: string) {
  await requireCadre(db, ctx, cadreId, 'visit.read');
  const asOf = chinaDateOf(ctx.now);
  return { asOf, items: (await recommendationsOf(db, [cadreId], asOf)).get(cadreId) ?? [] };
}

/**
 * For promotion screening: the cadres in scope with a recommendation for use, by state (effective once the bar has
 * ended, pending before), each with their recommendations.
 */
export async function listRecommendations(db: Db, ctx: RequestContext, query: { state: 'pending' | 'effective' | 'all'; unitId?: string | undefined }) {
  const asOf = chinaDateOf(ctx.now);
  const people = await repo.recommendedCadres(db, visitScope(ctx, 'visit.read'), query.unitId ? unitsUnder(sql`${query.unitId}`) : undefined);
  const byCadre = await recommendationsOf(
    db,
    people.map((p) => p.id),
    asOf,
  );
  const items = people
    .map((p) => ({
      cadreId: p.id,
      name: p.name,
      unitId: p.unitId,
      unitName: p.unitName,
      recommendations: (byCadre.get(p.id) ?? []).filter((r) => query.state === 'all' || r.state === query.state),
    }))
    .filter((p) => p.recommendations.length > 0)
    .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'));
  return { asOf, items };
}
