import { and, asc, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres, measures } from '../cadres/cadres.tables';
import { units, users } from '../org/org.tables';
import { visitRecords } from './visits.tables';

/*
 * Queries only. Every query that starts from a visit or a measure joins its cadre, so the caller's scope condition
 * (on the cadre's unit) applies.
 */

const visitColumns = {
  id: visitRecords.id,
  cadreId: visitRecords.cadreId,
  measureId: visitRecords.measureId,
  visitedOn: visitRecords.visitedOn,
  visitors: visitRecords.visitors,
  interviewed: visitRecords.interviewed,
  findings: visitRecords.findings,
  result: visitRecords.result,
  recommendation: visitRecords.recommendation,
  createdByName: users.displayName,
  version: visitRecords.version,
  createdAt: visitRecords.createdAt,
  updatedAt: visitRecords.updatedAt,
};

export type VisitRow = Awaited<ReturnType<typeof listVisitsOf>>[number];

function selectVisits(db: Executor) {
  return db
    .select(visitColumns)
    .from(visitRecords)
    .innerJoin(cadres, eq(cadres.id, visitRecords.cadreId))
    .leftJoin(users, eq(users.id, visitRecords.createdBy));
}

/** Visits of the given cadres, oldest first. */
export function listVisitsOf(db: Executor, cadreIds: string[]) {
  if (cadreIds.length === 0) return Promise.resolve([]);
  return selectVisits(db).where(inArray(visitRecords.cadreId, cadreIds)).orderBy(asc(visitRecords.visitedOn), asc(visitRecords.id));
}

export async function findVisit(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await selectVisits(db)
    .where(and(eq(visitRecords.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function insertVisit(db: Executor, values: typeof visitRecords.$inferInsert) {
  await db.insert(visitRecords).values(values);
}

export async function updateVisit(db: Executor, id: string, version: number, values: Partial<typeof visitRecords.$inferInsert>, at: Date) {
  const [row] = await db
    .update(visitRecords)
    .set({ ...values, updatedAt: at, version: sql`${visitRecords.version} + 1` })
    .where(and(eq(visitRecords.id, id), eq(visitRecords.version, version)))
    .returning({ id: visitRecords.id });
  return row;
}

/** Locks the cadre's row for the rest of the transaction, so two visits recorded at once cannot both pass the yearly limit. */
export async function lockCadre(db: Executor, cadreId: string) {
  await db.select({ id: cadres.id }).from(cadres).where(eq(cadres.id, cadreId)).for('update');
}

/** The dates of all visits of one cadre (every measure), for the per-year limit. */
export async function visitDatesOf(db: Executor, cadreId: string, exceptId?: string) {
  const rows = await db
    .select({ visitedOn: visitRecords.visitedOn })
    .from(visitRecords)
    .where(and(eq(visitRecords.cadreId, cadreId), exceptId ? ne(visitRecords.id, exceptId) : undefined));
  return rows.map((r) => r.visitedOn);
}

/** The cadre (with unit and jurisdiction) when within the scope. */
export async function findScopedCadre(db: Executor, cadreId: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, unitName: units.name, jurisdictionId: units.jurisdictionId })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(cadres.id, cadreId), scope))
    .limit(1);
  return row ?? null;
}

const measureColumns = {
  id: measures.id,
  cadreId: measures.cadreId,
  code: measures.code,
  effectiveOn: measures.effectiveOn,
  months: measures.months,
  liftedOn: measures.liftedOn,
  decidingBody: measures.decidingBody,
  revokedAt: measures.revokedAt,
  cadreName: cadres.name,
  unitId: cadres.unitId,
  unitName: units.name,
  jurisdictionId: units.jurisdictionId,
};
export type PlanMeasureRow = Awaited<ReturnType<typeof listPlanMeasures>>[number];

/**
 * Counting measures that carry a bar (`promotion_bar_end` is computed by the database; null means no bar), of cadres
 * within the scope, optionally of one unit's subtree or one cadre. The rules then decide which of them plan visits.
 */
export function listPlanMeasures(db: Executor, scope: SQL | undefined, filter: { unitIds?: SQL; cadreIds?: string[] }) {
  return db
    .select(measureColumns)
    .from(measures)
    .innerJoin(cadres, eq(cadres.id, measures.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(
      and(
        isNull(measures.revokedAt),
        isNotNull(measures.promotionBarEnd),
        filter.unitIds ? sql`${cadres.unitId} in (${filter.unitIds})` : undefined,
        filter.cadreIds ? inArray(measures.cadreId, filter.cadreIds) : undefined,
        scope,
      ),
    )
    .orderBy(asc(measures.effectiveOn), asc(measures.id));
}

export async function findMeasureOf(db: Executor, measureId: string, cadreId: string) {
  const [row] = await db
    .select(measureColumns)
    .from(measures)
    .innerJoin(cadres, eq(cadres.id, measures.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(measures.id, measureId), eq(measures.cadreId, cadreId)))
    .limit(1);
  return row ?? null;
}

/** The cadres in scope (optionally under some units) with a good visit that carries a recommendation for use. */
export async function recommendedCadres(db: Executor, scope: SQL | undefined, unitIds: SQL | undefined) {
  const rows = await db
    .selectDistinct({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, unitName: units.name })
    .from(visitRecords)
    .innerJoin(cadres, eq(cadres.id, visitRecords.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(visitRecords.result, 'GOOD'), ne(visitRecords.recommendation, ''), unitIds ? sql`${cadres.unitId} in (${unitIds})` : undefined, scope));
  return rows;
}
