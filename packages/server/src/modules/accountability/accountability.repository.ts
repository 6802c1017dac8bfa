import { and, asc, count, desc, eq, inArray, isNotNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { cases } from '../cases';
import { units } from '../org';
import { accountabilityCases, accountabilityMatters, accountabilityProposals } from './accountability.tables';

/** Queries of accountability cases, their proposals and their decisions. */

export async function findAccountabilityCase(db: Executor, caseId: string) {
  const [row] = await db
    .select({
      facts: accountabilityCases,
      matterTitle: accountabilityMatters.title,
      matterOccurredOn: accountabilityMatters.occurredOn,
      subjectUnitName: units.name,
      cadreName: cadres.name,
    })
    .from(accountabilityCases)
    .innerJoin(accountabilityMatters, eq(accountabilityMatters.id, accountabilityCases.matterId))
    .innerJoin(units, eq(units.id, accountabilityCases.subjectUnitId))
    .leftJoin(cadres, eq(cadres.id, accountabilityCases.cadreId))
    .where(eq(accountabilityCases.caseId, caseId))
    .limit(1);
  return row ?? null;
}
export type AccountabilityCaseRow = NonNullable<Awaited<ReturnType<typeof findAccountabilityCase>>>;

/** The cases a subject has had on a matter, with their state and number. */
export function subjectCases(db: Executor, matterId: string, subject: { cadreId: string | null; unitId: string }) {
  const who =
    subject.cadreId !== null
      ? eq(accountabilityCases.cadreId, subject.cadreId)
      : and(eq(accountabilityCases.subjectKind, 'ORGANIZATION'), eq(accountabilityCases.subjectUnitId, subject.unitId));
  return db
    .select({ caseId: cases.id, number: cases.number, state: cases.state })
    .from(accountabilityCases)
    .innerJoin(cases, eq(cases.id, accountabilityCases.caseId))
    .where(and(eq(accountabilityCases.matterId, matterId), who))
    .orderBy(asc(cases.openedAt), asc(cases.year), asc(cases.seq));
}

export async function insertAccountabilityCase(db: Executor, values: typeof accountabilityCases.$inferInsert) {
  await db.insert(accountabilityCases).values(values);
}

export async function updateAccountabilityCase(db: Executor, caseId: string, values: Partial<typeof accountabilityCases.$inferInsert>) {
  await db.update(accountabilityCases).set(values).where(eq(accountabilityCases.caseId, caseId));
}

export async function insertProposal(db: Executor, values: typeof accountabilityProposals.$inferInsert): Promise<string> {
  const [row] = await db.insert(accountabilityProposals).values(values).returning({ id: accountabilityProposals.id });
  return (row as { id: string }).id;
}

export function proposalsOf(db: Executor, caseId: string) {
  return db.select().from(accountabilityProposals).where(eq(accountabilityProposals.caseId, caseId)).orderBy(asc(accountabilityProposals.seq));
}

const IN_FORCE = ['DECIDED', 'EXECUTED'];

/** A cadre's decisions in force other than this case's, decided on or before `until`. */
export function priorDecisions(db: Executor, cadreId: string, exceptCaseId: string, until: string) {
  return db
    .select({ caseId: cases.id, number: cases.number, decidedOn: sql<string>`${accountabilityCases.decidedOn}` })
    .from(accountabilityCases)
    .innerJoin(cases, eq(cases.id, accountabilityCases.caseId))
    .where(
      and(
        eq(accountabilityCases.cadreId, cadreId),
        ne(accountabilityCases.caseId, exceptCaseId),
        inArray(cases.state, IN_FORCE),
        isNotNull(accountabilityCases.decidedOn),
        lte(accountabilityCases.decidedOn, until),
      ),
    )
    .orderBy(desc(accountabilityCases.decidedOn));
}

export interface CaseFilter {
  scope: SQL | undefined;
  state?: string;
  matterId?: string;
  cadreId?: string;
  unitId?: string;
  year?: number;
}

const caseWhere = (f: CaseFilter) =>
  and(
    eq(cases.type, 'ACCOUNTABILITY'),
    f.scope,
    f.state ? eq(cases.state, f.state) : undefined,
    f.matterId ? eq(accountabilityCases.matterId, f.matterId) : undefined,
    f.cadreId ? eq(accountabilityCases.cadreId, f.cadreId) : undefined,
    f.unitId ? eq(cases.unitId, f.unitId) : undefined,
    f.year ? sql`extract(year from ${accountabilityCases.decidedOn}) = ${f.year}` : undefined,
  );

/** The engine's case row (as toCaseView reads it) for the module's own lists. */
export const caseRowColumns = { case: cases, unitName: units.name, subjectName: cadres.name };

/** Cases in scope matching the filter, newest first, with the total. */
export function listCases(db: Executor, f: CaseFilter, page: { limit: number; offset: number }) {
  return Promise.all([
    db
      .select(caseRowColumns)
      .from(cases)
      .innerJoin(accountabilityCases, eq(accountabilityCases.caseId, cases.id))
      .innerJoin(units, eq(units.id, cases.unitId))
      .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId))
      .where(caseWhere(f))
      .orderBy(desc(cases.openedAt), desc(cases.year), desc(cases.seq))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(cases).innerJoin(accountabilityCases, eq(accountabilityCases.caseId, cases.id)).where(caseWhere(f)),
  ]);
}

/** The cases of a matter within the scope, oldest first, for the matter's page. */
export function matterCases(db: Executor, matterId: string, scope: SQL | undefined) {
  return db
    .select(caseRowColumns)
    .from(accountabilityCases)
    .innerJoin(cases, eq(cases.id, accountabilityCases.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId))
    .where(and(eq(accountabilityCases.matterId, matterId), scope))
    .orderBy(asc(cases.openedAt), asc(cases.year), asc(cases.seq));
}
