import type { TypicalCaseType, TypicalOutcome } from '@dandang/shared/typical-cases/typical-case.codes';
import type { TypicalCaseState } from '@dandang/shared/typical-cases/typical-case.states';
import { and, count, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/like';
import { cases } from '../cases';
import { jurisdictions, units } from '../org';
import { typicalCases } from './typical-cases.tables';

/*
 * Queries of the typical-case library. Every read and every write by id takes the caller's condition (policy:
 * readCondition or publishScope), so a case the actor may not see is not found.
 */

export type TypicalCaseRecord = typeof typicalCases.$inferSelect;

/** For a read that only asks whether a row is there. */
export const NOT_MANAGED = sql<boolean>`false`;

function selectTypicalCases(db: Executor, managed: SQL<boolean>) {
  return db
    .select({
      tc: typicalCases,
      sourceNumber: cases.number,
      sourceTitle: cases.title,
      jurisdiction: { name: jurisdictions.name, level: jurisdictions.level },
      managed,
    })
    .from(typicalCases)
    .innerJoin(cases, eq(cases.id, typicalCases.sourceCaseId))
    .innerJoin(units, eq(units.id, typicalCases.sourceUnitId))
    .innerJoin(jurisdictions, eq(jurisdictions.id, units.jurisdictionId));
}
export type TypicalCaseRow = Awaited<ReturnType<typeof findTypicalCase>> & {};

export async function findTypicalCase(db: Executor, id: string, condition: SQL | undefined, managed: SQL<boolean>) {
  const [row] = await selectTypicalCases(db, managed)
    .where(and(eq(typicalCases.id, id), condition))
    .limit(1);
  return row ?? null;
}

export async function findBySource(db: Executor, sourceCaseId: string): Promise<{ id: string } | null> {
  const [row] = await db.select({ id: typicalCases.id }).from(typicalCases).where(eq(typicalCases.sourceCaseId, sourceCaseId)).limit(1);
  return row ?? null;
}

/** The new draft's id; null when the source already has a typical case (a racing request got there first). */
export async function insertTypicalCase(tx: Executor, values: typeof typicalCases.$inferInsert): Promise<string | null> {
  const [row] = await tx.insert(typicalCases).values(values).onConflictDoNothing({ target: typicalCases.sourceCaseId }).returning({ id: typicalCases.id });
  return row?.id ?? null;
}

/** The row within the condition, locked until the transaction ends: writes on one case queue behind each other. */
export async function lockTypicalCase(tx: Executor, id: string, condition: SQL | undefined): Promise<TypicalCaseRecord | null> {
  const [row] = await tx
    .select()
    .from(typicalCases)
    .where(and(eq(typicalCases.id, id), condition))
    .for('update');
  return row ?? null;
}

/** Writes where the version still matches what the caller read; nothing when it does not. */
export async function updateTypicalCase(tx: Executor, id: string, version: number, values: Partial<typeof typicalCases.$inferInsert>, at: Date) {
  const [row] = await tx
    .update(typicalCases)
    .set({ ...values, updatedAt: at, version: version + 1 })
    .where(and(eq(typicalCases.id, id), eq(typicalCases.version, version)))
    .returning();
  return row;
}

export interface TypicalCaseFilter {
  condition: SQL | undefined;
  type?: TypicalCaseType;
  outcome?: TypicalOutcome;
  year?: number;
  q?: string;
  state?: TypicalCaseState;
}

function where(f: TypicalCaseFilter) {
  const like = f.q ? containsPattern(f.q) : '';
  return and(
    f.condition,
    f.type ? eq(typicalCases.sourceType, f.type) : undefined,
    f.outcome ? eq(typicalCases.outcome, f.outcome) : undefined,
    f.year ? eq(typicalCases.year, f.year) : undefined,
    f.state ? eq(typicalCases.state, f.state) : undefined,
    f.q
      ? or(
          ilike(typicalCases.title, like),
          ilike(typicalCases.facts, like),
          ilike(typicalCases.handling, like),
          ilike(typicalCases.analysis, like),
          sql`array_to_string(${typicalCases.keywords}, ' ') ilike ${like}`,
        )
      : undefined,
  );
}

/** A page of typical cases, the latest published (or, for drafts, edited) first, and how many match. */
export function listTypicalCases(db: Executor, f: TypicalCaseFilter, managed: SQL<boolean>, page: { limit: number; offset: number }) {
  return Promise.all([
    selectTypicalCases(db, managed)
      .where(where(f))
      .orderBy(desc(sql`coalesce(${typicalCases.publishedAt}, ${typicalCases.updatedAt})`), desc(typicalCases.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(typicalCases).where(where(f)),
  ]);
}
