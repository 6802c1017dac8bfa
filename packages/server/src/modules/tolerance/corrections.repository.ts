import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cases } from '../cases';
import { toleranceCorrections } from './tolerance.tables';

/** Queries of the correction plan (纠错整改); a task is found by id only within the caller's scope over its case. */

export type CorrectionRow = typeof toleranceCorrections.$inferSelect;

export function correctionsOf(db: Executor, caseId: string) {
  return db
    .select()
    .from(toleranceCorrections)
    .where(eq(toleranceCorrections.caseId, caseId))
    .orderBy(asc(toleranceCorrections.deadline), asc(toleranceCorrections.createdAt));
}

export async function insertCorrection(tx: Executor, values: typeof toleranceCorrections.$inferInsert): Promise<CorrectionRow> {
  const [row] = await tx.insert(toleranceCorrections).values(values).returning();
  return row as CorrectionRow;
}

/** A task with its case's id, if the scope condition (on `cases`) reaches the case. */
export async function findCorrection(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ task: toleranceCorrections })
    .from(toleranceCorrections)
    .innerJoin(cases, eq(cases.id, toleranceCorrections.caseId))
    .where(and(eq(toleranceCorrections.id, id), scope))
    .limit(1);
  return row?.task ?? null;
}

export async function updateCorrection(tx: Executor, id: string, version: number, values: Partial<typeof toleranceCorrections.$inferInsert>, at: Date) {
  const [row] = await tx
    .update(toleranceCorrections)
    .set({ ...values, updatedAt: at, version: sql`${toleranceCorrections.version} + 1` })
    .where(and(eq(toleranceCorrections.id, id), eq(toleranceCorrections.version, version)))
    .returning();
  return row;
}
