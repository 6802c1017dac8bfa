import { and, between, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { cases } from '../cases';
import { units } from '../org';
import { complaintAccused, complaintClarifications, complaintFalseAccusations, complaints } from './complaints.tables';

/*
 * What the statistics read: the complaints received in a year within the reader's scope, and beside them their accused
 * cadres' units, the clarifications carried out and the false-accusation handlings. Each of these joins the same
 * condition rather than listing the ids, so that a county's year stays four queries.
 */

const receivedIn = (year: number, scope: SQL | undefined) =>
  and(eq(cases.type, 'COMPLAINT'), between(complaints.receivedOn, `${year}-01-01`, `${year}-12-31`), scope);

export function complaintsReceivedIn(db: Executor, year: number, scope: SQL | undefined) {
  return db
    .select({
      caseId: complaints.caseId,
      channel: complaints.channel,
      receivedOn: complaints.receivedOn,
      conclusion: complaints.conclusion,
      concludedOn: complaints.concludedOn,
    })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .where(receivedIn(year, scope));
}

/** The units the accused cadres are in now, each once per complaint (two cadres of one unit count it once there). */
export function accusedUnitsIn(db: Executor, year: number, scope: SQL | undefined) {
  return db
    .selectDistinct({ caseId: complaintAccused.caseId, unitId: units.id, unitName: units.name })
    .from(complaintAccused)
    .innerJoin(complaints, eq(complaints.caseId, complaintAccused.caseId))
    .innerJoin(cases, eq(cases.id, complaintAccused.caseId))
    .innerJoin(cadres, eq(cadres.id, complaintAccused.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(receivedIn(year, scope));
}

/** The complaints in which a clarification was carried out, each once. */
export function clarifiedIn(db: Executor, year: number, scope: SQL | undefined) {
  return db
    .selectDistinct({ caseId: complaintClarifications.caseId })
    .from(complaintClarifications)
    .innerJoin(complaints, eq(complaints.caseId, complaintClarifications.caseId))
    .innerJoin(cases, eq(cases.id, complaintClarifications.caseId))
    .where(and(eq(complaintClarifications.status, 'COMPLETED'), receivedIn(year, scope)));
}

export function falseAccusationsIn(db: Executor, year: number, scope: SQL | undefined) {
  return db
    .select({ caseId: complaintFalseAccusations.caseId, referrals: complaintFalseAccusations.referrals })
    .from(complaintFalseAccusations)
    .innerJoin(complaints, eq(complaints.caseId, complaintFalseAccusations.caseId))
    .innerJoin(cases, eq(cases.id, complaintFalseAccusations.caseId))
    .where(receivedIn(year, scope));
}
