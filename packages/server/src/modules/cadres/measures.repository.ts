import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { units, users } from '../org/org.tables';
import { cadres, measures } from './cadres.tables';

/*
 * Every query that starts from a measure joins its cadre, so the caller's scope condition (on the cadre's unit or on
 * the cadre itself) applies to measures exactly as to cadres.
 */

const measureColumns = {
  id: measures.id,
  cadreId: measures.cadreId,
  code: measures.code,
  effectiveOn: measures.effectiveOn,
  months: measures.months,
  liftedOn: measures.liftedOn,
  decidingBody: measures.decidingBody,
  documentNo: measures.documentNo,
  sourceType: measures.sourceType,
  sourceId: measures.sourceId,
  note: measures.note,
  revokedAt: measures.revokedAt,
  revokedBy: measures.revokedBy,
  revokedByName: users.displayName,
  revokedReason: measures.revokedReason,
  version: measures.version,
  createdAt: measures.createdAt,
};
/** What the rules read of a measure (toRecord), with its cadre: for queries over many cadres' measures. */
export const MEASURE_FACT_COLUMNS = {
  cadreId: measures.cadreId,
  code: measures.code,
  effectiveOn: measures.effectiveOn,
  months: measures.months,
  liftedOn: measures.liftedOn,
  revokedAt: measures.revokedAt,
};

export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>[number];

/** The cadre a measure is recorded on, when it is within the scope. */
export async function findScopedCadre(db: Executor, cadreId: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, unitName: units.name })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(cadres.id, cadreId), scope))
    .limit(1);
  return row ?? null;
}

/** Every measure of one cadre, revoked ones included (the register keeps them), newest first. */
export function listMeasures(db: Executor, cadreId: string) {
  return db
    .select(measureColumns)
    .from(measures)
    .leftJoin(users, eq(users.id, measures.revokedBy))
    .where(eq(measures.cadreId, cadreId))
    .orderBy(desc(measures.effectiveOn), desc(measures.createdAt), asc(measures.id));
}

export async function findMeasure(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select(measureColumns)
    .from(measures)
    .innerJoin(cadres, eq(cadres.id, measures.cadreId))
    .leftJoin(users, eq(users.id, measures.revokedBy))
    .where(and(eq(measures.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function insertMeasure(db: Executor, values: typeof measures.$inferInsert) {
  const [row] = await db.insert(measures).values(values).returning({ id: measures.id });
  return row as { id: string };
}

/** Optimistic update of a measure that is not revoked; nothing comes back when the version is stale. */
export async function updateMeasure(db: Executor, id: string, version: number, values: Partial<typeof measures.$inferInsert>, at: Date) {
  const [row] = await db
    .update(measures)
    .set({ ...values, updatedAt: at, version: sql`${measures.version} + 1` })
    .where(and(eq(measures.id, id), eq(measures.version, version), isNull(measures.revokedAt)))
    .returning({ id: measures.id });
  return row;
}

/** A window of effective dates (or lift dates) in which a measure's bar could end inside the alert window. */
export interface BarWindow {
  codes: string[];
  column: 'effectiveOn' | 'liftedOn';
  from: string;
  to: string;
}

/** Cadres in scope with a counting measure inside one of the windows: a cheap pre-filter, confirmed by the rules. */
export async function findAlertCandidates(db: Executor, scope: SQL | undefined, windows: BarWindow[]) {
  if (windows.length === 0) return [];
  const inWindow = windows.map((w) => {
    const column = w.column === 'effectiveOn' ? measures.effectiveOn : measures.liftedOn;
    return and(inArray(measures.code, w.codes), sql`${column} between ${w.from} and ${w.to}`);
  });
  const rows = await db
    .selectDistinct({ id: cadres.id })
    .from(measures)
    .innerJoin(cadres, eq(cadres.id, measures.cadreId))
    .where(and(isNull(measures.revokedAt), or(...inWindow), scope));
  return rows.map((r) => r.id);
}

/** The cadres (name, unit) and all their counting measures, for the alert confirmation. */
export function listCadresWithMeasures(db: Executor, cadreIds: string[]) {
  return db
    .select({ cadreName: cadres.name, unitId: cadres.unitId, unitName: units.name, measure: measureColumns })
    .from(measures)
    .innerJoin(cadres, eq(cadres.id, measures.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .leftJoin(users, eq(users.id, measures.revokedBy))
    .where(and(inArray(measures.cadreId, cadreIds), isNull(measures.revokedAt)))
    .orderBy(asc(measures.effectiveOn), asc(measures.id));
}
