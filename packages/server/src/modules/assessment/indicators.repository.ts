import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/like';
import { assessmentIndicatorRevisions, assessmentIndicators } from './assessment.tables';

export type IndicatorRow = typeof assessmentIndicators.$inferSelect;
export type IndicatorValues = Pick<typeof assessmentIndicators.$inferInsert, 'name' | 'description' | 'evidenceRequired' | 'definition'>;

export interface IndicatorFilter {
  keyword?: string;
  kind?: 'QUANTITATIVE' | 'QUALITATIVE';
  includeRetired?: boolean;
}

export function listIndicators(db: Executor, f: IndicatorFilter) {
  const pattern = f.keyword ? containsPattern(f.keyword) : undefined;
  const conditions: Array<SQL | undefined> = [
    pattern ? or(ilike(assessmentIndicators.name, pattern), ilike(assessmentIndicators.code, pattern)) : undefined,
    f.kind ? sql`${assessmentIndicators.definition}->>'kind' = ${f.kind}` : undefined,
    f.includeRetired ? undefined : eq(assessmentIndicators.retired, false),
  ];
  return db
    .select()
    .from(assessmentIndicators)
    .where(and(...conditions))
    .orderBy(asc(assessmentIndicators.retired), asc(assessmentIndicators.code));
}

export async function findIndicator(db: Executor, id: string): Promise<IndicatorRow | null> {
  const [row] = await db.select().from(assessmentIndicators).where(eq(assessmentIndicators.id, id)).limit(1);
  return row ?? null;
}

export function findIndicators(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as IndicatorRow[]);
  return db.select().from(assessmentIndicators).where(inArray(assessmentIndicators.id, ids));
}

export async function codeTaken(db: Executor, code: string): Promise<boolean> {
  const [row] = await db.select({ id: assessmentIndicators.id }).from(assessmentIndicators).where(eq(assessmentIndicators.code, code)).limit(1);
  return Boolean(row);
}

export async function insertIndicator(db: Executor, values: IndicatorValues & { code: string }, at: Date): Promise<string> {
  const [row] = await db
    .insert(assessmentIndicators)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: assessmentIndicators.id });
  return (row as { id: string }).id;
}

/** Saves the values where the version still matches; `revision` moves on when the scoring changed. */
export async function updateIndicator(db: Executor, id: string, version: number, values: Partial<IndicatorRow>, at: Date) {
  const [row] = await db
    .update(assessmentIndicators)
    .set({ ...values, updatedAt: at, version: sql`${assessmentIndicators.version} + 1` })
    .where(and(eq(assessmentIndicators.id, id), eq(assessmentIndicators.version, version)))
    .returning({ id: assessmentIndicators.id });
  return row;
}

export async function insertRevision(db: Executor, values: typeof assessmentIndicatorRevisions.$inferInsert): Promise<void> {
  await db.insert(assessmentIndicatorRevisions).values(values);
}

export function listRevisions(db: Executor, indicatorId: string) {
  return db
    .select()
    .from(assessmentIndicatorRevisions)
    .where(eq(assessmentIndicatorRevisions.indicatorId, indicatorId))
    .orderBy(desc(assessmentIndicatorRevisions.revision));
}

/** The revisions named, as `indicatorId:revision` keys; a scheme may pin only revisions that exist. */
export async function existingRevisions(db: Executor, pairs: ReadonlyArray<{ indicatorId: string; revision: number }>): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db
    .select({ indicatorId: assessmentIndicatorRevisions.indicatorId, revision: assessmentIndicatorRevisions.revision })
    .from(assessmentIndicatorRevisions)
    .where(inArray(assessmentIndicatorRevisions.indicatorId, [...new Set(pairs.map((p) => p.indicatorId))]));
  return new Set(rows.map((r) => `${r.indicatorId}:${r.revision}`));
}

/** The definitions of the revisions named, by `indicatorId:revision`. */
export async function revisionDefinitions(
  db: Executor,
  pairs: ReadonlyArray<{ indicatorId: string; revision: number }>,
): Promise<Map<string, IndicatorRow['definition']>> {
  if (pairs.length === 0) return new Map();
  const rows = await db
    .select({
      indicatorId: assessmentIndicatorRevisions.indicatorId,
      revision: assessmentIndicatorRevisions.revision,
      definition: assessmentIndicatorRevisions.definition,
    })
    .from(assessmentIndicatorRevisions)
    .where(inArray(assessmentIndicatorRevisions.indicatorId, [...new Set(pairs.map((p) => p.indicatorId))]));
  return new Map(rows.map((r) => [`${r.indicatorId}:${r.revision}`, r.definition]));
}
