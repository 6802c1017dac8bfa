import type { ToleranceState } from '@dandang/shared/tolerance/tolerance.states';
import type { ToleranceDecision } from '@dandang/shared/tolerance/tolerance-decision.rules';
import { and, asc, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { caseLinks, caseMatches, cases } from '../cases';
import { units } from '../org';
import { toleranceCases } from './tolerance.tables';

/*
 * Queries of the tolerance module. Reads that a reader asks for by id or in a list take the caller's scope condition
 * on `cases` (the engine's caseScope), so a case out of scope is not found.
 */

export type ToleranceRow = typeof toleranceCases.$inferSelect;

export async function findToleranceCase(db: Executor, caseId: string): Promise<ToleranceRow | null> {
  const [row] = await db.select().from(toleranceCases).where(eq(toleranceCases.caseId, caseId)).limit(1);
  return row ?? null;
}

/** The tolerance row, locked until the transaction ends: every write of a case's tolerance part takes it first. */
export async function lockToleranceCase(tx: Executor, caseId: string): Promise<ToleranceRow | null> {
  const [row] = await tx.select().from(toleranceCases).where(eq(toleranceCases.caseId, caseId)).for('update');
  return row ?? null;
}

export async function insertToleranceCase(tx: Executor, values: typeof toleranceCases.$inferInsert) {
  await tx.insert(toleranceCases).values(values);
}

/** Writes where the version still matches what the caller read; nothing when it does not. */
export async function updateToleranceCase(tx: Executor, caseId: string, version: number, values: Partial<typeof toleranceCases.$inferInsert>, at: Date) {
  const [row] = await tx
    .update(toleranceCases)
    .set({ ...values, updatedAt: at, version: version + 1 })
    .where(and(eq(toleranceCases.caseId, caseId), eq(toleranceCases.version, version)))
    .returning({ caseId: toleranceCases.caseId });
  return row;
}

/** The cadre a case would be about, if the actor's scope reaches them. */
export async function findCadre(db: Executor, cadreId: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId })
    .from(cadres)
    .where(and(eq(cadres.id, cadreId), scope))
    .limit(1);
  return row ?? null;
}

/** Any case's state and subject, locked: an accountability case a tolerance case is opened from or exempts. */
export async function lockCase(tx: Executor, caseId: string) {
  const [row] = await tx
    .select({ id: cases.id, type: cases.type, number: cases.number, state: cases.state, subjectCadreId: cases.subjectCadreId })
    .from(cases)
    .where(eq(cases.id, caseId))
    .for('update');
  return row ?? null;
}

/** Tolerance cases still open that are linked as 容错认定 to this accountability case. */
export async function openToleranceCasesFor(db: Executor, accountabilityCaseId: string) {
  return db
    .select({ id: cases.id, number: cases.number })
    .from(caseLinks)
    .innerJoin(cases, eq(cases.id, caseLinks.fromCaseId))
    .where(and(eq(caseLinks.toCaseId, accountabilityCaseId), eq(caseLinks.kind, 'TOLERANCE_FOR'), eq(cases.type, 'TOLERANCE'), isNull(cases.closedAt)));
}

/** The accountability cases a tolerance case is linked to as 容错认定所涉问责事项. */
export async function accountabilityCasesOf(db: Executor, toleranceCaseId: string) {
  return db
    .select({ id: cases.id, number: cases.number, state: cases.state })
    .from(caseLinks)
    .innerJoin(cases, eq(cases.id, caseLinks.toCaseId))
    .where(and(eq(caseLinks.fromCaseId, toleranceCaseId), eq(caseLinks.kind, 'TOLERANCE_FOR'), eq(cases.type, 'ACCOUNTABILITY')))
    .orderBy(asc(caseLinks.createdAt));
}

/** The latest decided tolerance case linked to an accountability case. */
export async function latestDecisionFor(db: Executor, accountabilityCaseId: string) {
  const [row] = await db
    .select({ caseId: cases.id, number: cases.number, decision: toleranceCases.decision, decidedAt: toleranceCases.decidedAt })
    .from(caseLinks)
    .innerJoin(cases, eq(cases.id, caseLinks.fromCaseId))
    .innerJoin(toleranceCases, eq(toleranceCases.caseId, cases.id))
    .where(and(eq(caseLinks.toCaseId, accountabilityCaseId), eq(caseLinks.kind, 'TOLERANCE_FOR'), isNotNull(toleranceCases.decision)))
    .orderBy(desc(toleranceCases.decidedAt))
    .limit(1);
  return row ?? null;
}

export interface ToleranceFilter {
  scope: SQL | undefined;
  state?: ToleranceState;
  outcome?: ToleranceDecision;
  unitId?: string;
  year?: number;
  q?: string;
}

const where = (f: ToleranceFilter) =>
  and(
    eq(cases.type, 'TOLERANCE'),
    f.scope,
    f.state ? eq(cases.state, f.state) : undefined,
    f.outcome ? eq(toleranceCases.decision, f.outcome) : undefined,
    f.unitId ? eq(cases.unitId, f.unitId) : undefined,
    f.year ? eq(cases.year, f.year) : undefined,
    caseMatches(f.q),
  );

function selectListed(db: Executor) {
  return db
    .select({ case: cases, unitName: units.name, subjectName: cadres.name, origin: toleranceCases.origin, decision: toleranceCases.decision })
    .from(cases)
    .innerJoin(toleranceCases, eq(toleranceCases.caseId, cases.id))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId));
}

/** A page of tolerance cases, newest first, and how many there are. */
export function listToleranceCases(db: Executor, f: ToleranceFilter, page: { limit: number; offset: number }) {
  return Promise.all([
    selectListed(db).where(where(f)).orderBy(desc(cases.year), desc(cases.seq)).limit(page.limit).offset(page.offset),
    db
      .select({ n: count() })
      .from(cases)
      .innerJoin(toleranceCases, eq(toleranceCases.caseId, cases.id))
      .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId))
      .where(where(f)),
  ]);
}
