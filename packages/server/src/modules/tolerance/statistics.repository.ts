import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { caseEvents, cases } from '../cases';
import { units } from '../org';
import { toleranceCases } from './tolerance.tables';

/** What the statistics read: a year's tolerance cases within the reader's scope, and their timelines. */

const ofYear = (year: number, scope: SQL | undefined) => and(eq(cases.type, 'TOLERANCE'), eq(cases.year, year), scope);

export function casesOfYear(db: Executor, year: number, scope: SQL | undefined) {
  return db
    .select({
      id: cases.id,
      state: cases.state,
      unitId: cases.unitId,
      unitName: units.name,
      openedAt: cases.openedAt,
      policyId: cases.policyId,
      decision: toleranceCases.decision,
    })
    .from(cases)
    .innerJoin(toleranceCases, eq(toleranceCases.caseId, cases.id))
    .innerJoin(units, eq(units.id, cases.unitId))
    .where(ofYear(year, scope));
}

/** The events of the same cases in order, joined rather than listed by id so that a county's year stays one query. */
export function eventsOfYear(db: Executor, year: number, scope: SQL | undefined) {
  return db
    .select({ caseId: caseEvents.caseId, at: caseEvents.at, action: caseEvents.action, toState: caseEvents.toState, fields: caseEvents.fields })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .innerJoin(toleranceCases, eq(toleranceCases.caseId, cases.id))
    .where(ofYear(year, scope))
    .orderBy(asc(caseEvents.caseId), asc(caseEvents.seq));
}
