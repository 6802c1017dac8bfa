import { TOLERANCE_DECISIONS, type ToleranceDecision } from '@dandang/shared/accountability/forms';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { caseEvents, caseLinks, cases } from '../cases';

export interface ToleranceOutcome {
  caseId: string;
  number: string;
  decision: ToleranceDecision;
}

/**
 * The tolerance decision on an accountability case: the tolerance case linked to it (TOLERANCE_FOR, from the
 * tolerance case) and the `decision` its 集体研究认定 carried, read from the engine's record of the step (what the
 * tolerance module keeps beside it says the same).
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

/**
 * A tolerance case linked to this accountability case that is still open and undecided: the accountability decision
 * waits for it, since an exemption would leave no measure and a mitigation sets the circumstance (DOMAIN.md §6).
 */
export async function pendingToleranceFor(db: Executor, accountabilityCaseId: string): Promise<{ number: string } | null> {
  const [row] = await db
    .select({ number: cases.number })
    .from(caseLinks)
    .innerJoin(cases, and(eq(cases.id, caseLinks.fromCaseId), eq(cases.type, 'TOLERANCE'), isNull(cases.closedAt)))
    .where(
      and(
        eq(caseLinks.toCaseId, accountabilityCaseId),
        eq(caseLinks.kind, 'TOLERANCE_FOR'),
        sql`not exists (select 1 from ${caseEvents} e where e.case_id = ${cases.id} and e.action = 'decide')`,
      ),
    )
    .limit(1);
  return row ?? null;
}
