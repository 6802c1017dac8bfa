import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { cases } from '../cases';
import { units } from '../org';
import { adjustmentCases } from './accountability.tables';

/** Queries of 不担当不作为 clues and their adjustments, with the engine's case row beside them. */

export async function insertAdjustment(db: Executor, values: typeof adjustmentCases.$inferInsert) {
  await db.insert(adjustmentCases).values(values);
}

export async function updateAdjustment(db: Executor, caseId: string, values: Partial<typeof adjustmentCases.$inferInsert>) {
  await db.update(adjustmentCases).set(values).where(eq(adjustmentCases.caseId, caseId));
}

function selectAdjustments(db: Executor) {
  return db
    .select({ case: cases, unitName: units.name, subjectName: cadres.name, facts: adjustmentCases })
    .from(adjustmentCases)
    .innerJoin(cases, eq(cases.id, adjustmentCases.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId));
}
export type AdjustmentRow = NonNullable<Awaited<ReturnType<typeof findAdjustment>>>;

export async function findAdjustment(db: Executor, caseId: string) {
  const [row] = await selectAdjustments(db).where(eq(adjustmentCases.caseId, caseId)).limit(1);
  return row ?? null;
}

export interface AdjustmentFilter {
  scope: SQL | undefined;
  state?: string;
  situation?: string;
  cadreId?: string;
  unitId?: string;
  year?: number;
}

const where = (f: AdjustmentFilter) =>
  and(
    f.scope,
    f.state ? eq(cases.state, f.state) : undefined,
    f.situation ? eq(adjustmentCases.situation, f.situation as typeof adjustmentCases.$inferSelect.situation) : undefined,
    f.cadreId ? eq(adjustmentCases.cadreId, f.cadreId) : undefined,
    f.unitId ? eq(cases.unitId, f.unitId) : undefined,
    f.year ? eq(cases.year, f.year) : undefined,
  );

export function listAdjustments(db: Executor, f: AdjustmentFilter, page: { limit: number; offset: number }) {
  return Promise.all([
    selectAdjustments(db).where(where(f)).orderBy(desc(cases.openedAt), desc(cases.year), desc(cases.seq)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(adjustmentCases).innerJoin(cases, eq(cases.id, adjustmentCases.caseId)).where(where(f)),
  ]);
}

/** Whether a clue was already opened from this follow-up (one clue per task). */
export async function clueOfFollowUp(db: Executor, followUpId: string) {
  const [row] = await db
    .select({ caseId: adjustmentCases.caseId, number: sql<string>`${cases.number}` })
    .from(adjustmentCases)
    .innerJoin(cases, eq(cases.id, adjustmentCases.caseId))
    .where(eq(adjustmentCases.followUpId, followUpId))
    .limit(1);
  return row ?? null;
}
