import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { annualGrades } from '../annual-grades.tables';

const gradeColumns = {
  id: annualGrades.id,
  cadreId: annualGrades.cadreId,
  year: annualGrades.year,
  grade: annualGrades.grade,
  sourceType: annualGrades.sourceType,
  sourceId: annualGrades.sourceId,
  note: annualGrades.note,
  version: annualGrades.version,
  updatedAt: annualGrades.updatedAt,
};
export type GradeRow = Awaited<ReturnType<typeof listGrades>>[number];
export type GradeValues = Pick<typeof annualGrades.$inferInsert, 'grade' | 'note' | 'sourceType' | 'sourceId'>;

/** A cadre's grades, the latest year first. The caller has checked the cadre against the scope. */
export function listGrades(db: Executor, cadreId: string) {
  return db.select(gradeColumns).from(annualGrades).where(eq(annualGrades.cadreId, cadreId)).orderBy(desc(annualGrades.year));
}

export async function findGrade(db: Executor, cadreId: string, year: number): Promise<GradeRow | null> {
  const [row] = await db
    .select(gradeColumns)
    .from(annualGrades)
    .where(and(eq(annualGrades.cadreId, cadreId), eq(annualGrades.year, year)))
    .limit(1);
  return row ?? null;
}

/** Inserts the year's entry; nothing comes back when another one was saved for the year meanwhile. */
export async function insertGrade(db: Executor, values: GradeValues & { cadreId: string; year: number }, at: Date) {
  const [row] = await db
    .insert(annualGrades)
    .values({ ...values, createdAt: at, updatedAt: at })
    .onConflictDoNothing({ target: [annualGrades.cadreId, annualGrades.year] })
    .returning({ id: annualGrades.id });
  return row;
}

/** Optimistic update of the year's entry; nothing comes back when the version is stale. */
export async function updateGrade(db: Executor, id: string, version: number, values: GradeValues, at: Date) {
  const [row] = await db
    .update(annualGrades)
    .set({ ...values, updatedAt: at, version: sql`${annualGrades.version} + 1` })
    .where(and(eq(annualGrades.id, id), eq(annualGrades.version, version)))
    .returning({ id: annualGrades.id });
  return row;
}
