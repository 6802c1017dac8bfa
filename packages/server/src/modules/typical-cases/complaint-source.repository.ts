import { and, asc, count, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { complaintClarifications, complaintCorrectedMeasures, complaintFalseAccusations, complaints } from '../complaints/complaints.tables';

/*
 * What a typical case is drafted from when its source is a complaint, read from the complaints module's tables. The
 * caller has already found the case readable (readableCase). The complainant's identity table is never read here. The
 * accused, as the intake named them, are read by the complaints module itself (accusedOf).
 */

export async function complaintFacts(db: Executor, caseId: string) {
  const [row] = await db
    .select({ complaint: complaints, handling: complaintFalseAccusations })
    .from(complaints)
    .leftJoin(complaintFalseAccusations, eq(complaintFalseAccusations.caseId, complaints.caseId))
    .where(eq(complaints.caseId, caseId))
    .limit(1);
  return row ?? null;
}

/** The clarifications carried out, with the approver's name (a person the text must not name). */
export function completedClarificationsOf(db: Executor, caseId: string) {
  return db
    .select({
      cadreId: complaintClarifications.cadreId,
      forms: complaintClarifications.forms,
      completedOn: complaintClarifications.completedOn,
      approverName: complaintClarifications.approverName,
    })
    .from(complaintClarifications)
    .where(and(eq(complaintClarifications.caseId, caseId), eq(complaintClarifications.status, 'COMPLETED')))
    .orderBy(asc(complaintClarifications.completedOn));
}

export async function correctedMeasureCount(db: Executor, caseId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(complaintCorrectedMeasures).where(eq(complaintCorrectedMeasures.caseId, caseId));
  return row?.n ?? 0;
}
