import { TOLERANCE_DECISIONS, type ToleranceDecision } from '@dandang/shared/accountability/forms';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { caseEvents, caseLinks, cases } from '../cases';

export interface ToleranceOutcome {
  caseId: string;
  number: string;
  decision: ToleranceDecision;
}

/**
 * The tolerance decision on an accountability case: the tolerance case linked to it (TOLERANCE_FOR, from the
 * tolerance case) and the `decision` its last 集体研究认定 carried. Read from the engine until the tolerance module
 * exports its own `toleranceOutcomeFor(db, accountabilityCaseId)` with the same answer; then this file re-exports it.
 */
export async function toleranceOutcomeFor(db: Executor, accountabilityCaseId: string): Promise<ToleranceOutcome | null> {
  const [row] = await db
    .select({ caseId: cases.id, number: cases.number, decision: sql<string | null>`${caseEvents.fields} ->> 'decision'` })
    .from(caseLinks)
    .innerJoin(cases, and(eq(cases.id, caseLinks.fromCaseId), eq(cases.type, 'TOLERANCE')))
    .innerJoin(caseEvents, and(eq(caseEvents.caseId, cases.id), eq(caseEvents.action, 'decide')))
    .where(and(eq(caseLinks.toCaseId, accountabilityCaseId), eq(caseLinks.kind, 'TOLERANCE_FOR')))
    .orderBy(desc(caseEvents.seq))
    .limit(1);
  if (!row || !(TOLERANCE_DECISIONS as readonly (string | null)[]).includes(row.decision)) return null;
  return { caseId: row.caseId, number: row.number, decision: row.decision as ToleranceDecision };
}
