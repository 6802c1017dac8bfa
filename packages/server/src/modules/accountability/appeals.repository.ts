import { and, asc, count, eq, gte, isNotNull, isNull, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { cases } from '../cases';
import { units } from '../org';
import { accountabilityAppeals } from './accountability.tables';

/** Queries of appeals; a read by id or a list takes the scope of the cases they were lodged against. */

export async function insertAppeal(db: Executor, values: typeof accountabilityAppeals.$inferInsert): Promise<string> {
  const [row] = await db.insert(accountabilityAppeals).values(values).returning({ id: accountabilityAppeals.id });
  return (row as { id: string }).id;
}

function selectAppeals(db: Executor) {
  return db
    .select({ appeal: accountabilityAppeals, caseNumber: cases.number, policyId: cases.policyId, unitName: units.name, cadreName: cadres.name })
    .from(accountabilityAppeals)
    .innerJoin(cases, eq(cases.id, accountabilityAppeals.caseId))
    .innerJoin(units, eq(units.id, cases.unitId))
    .leftJoin(cadres, eq(cadres.id, cases.subjectCadreId));
}
export type AppealRow = Awaited<ReturnType<typeof appealsOfCase>>[number];

export function appealsOfCase(db: Executor, caseId: string) {
  return selectAppeals(db).where(eq(accountabilityAppeals.caseId, caseId)).orderBy(asc(accountabilityAppeals.lodgedAt));
}

export async function findAppeal(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await selectAppeals(db)
    .where(and(eq(accountabilityAppeals.id, id), scope))
    .limit(1);
  return row ?? null;
}

export type AppealFilter = 'open' | 'overdue' | 'answered' | 'all';

const appealWhere = (scope: SQL | undefined, filter: AppealFilter, today: string) =>
  and(
    scope,
    filter === 'open' ? isNull(accountabilityAppeals.answeredOn) : undefined,
    filter === 'overdue' ? and(isNull(accountabilityAppeals.answeredOn), lt(accountabilityAppeals.answerDue, today)) : undefined,
    filter === 'answered' ? isNotNull(accountabilityAppeals.answeredOn) : undefined,
  );

/** Appeals in scope, the most urgent first (earliest answer date). */
export function listAppeals(db: Executor, scope: SQL | undefined, filter: AppealFilter, today: string, page: { limit: number; offset: number }) {
  const where = appealWhere(scope, filter, today);
  return Promise.all([
    selectAppeals(db).where(where).orderBy(asc(accountabilityAppeals.answerDue), asc(accountabilityAppeals.id)).limit(page.limit).offset(page.offset),
    db.select({ n: count() }).from(accountabilityAppeals).innerJoin(cases, eq(cases.id, accountabilityAppeals.caseId)).where(where),
  ]);
}

/** Answers an unanswered appeal at the version read; nothing when it was answered or changed meanwhile. */
export async function answerAppeal(db: Executor, id: string, version: number, values: Partial<typeof accountabilityAppeals.$inferInsert>) {
  const [row] = await db
    .update(accountabilityAppeals)
    .set({ ...values, version: version + 1 })
    .where(and(eq(accountabilityAppeals.id, id), eq(accountabilityAppeals.version, version), isNull(accountabilityAppeals.answeredOn)))
    .returning({ id: accountabilityAppeals.id });
  return row;
}

/** Appeals received in a year, within the scope of their cases, for the statistics. */
export function appealsReceivedIn(db: Executor, scope: SQL | undefined, from: string, to: string) {
  return db
    .select({ receivedOn: accountabilityAppeals.receivedOn, upheld: accountabilityAppeals.upheld })
    .from(accountabilityAppeals)
    .innerJoin(cases, eq(cases.id, accountabilityAppeals.caseId))
    .where(and(scope, gte(accountabilityAppeals.receivedOn, from), lt(accountabilityAppeals.receivedOn, to)));
}
