import { and, count, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { containsPattern } from '../../platform/db/like';
import { cadres } from '../cadres';
import { cases } from '../cases';
import { units } from '../org';
import { accountabilityCases, accountabilityMatters } from './accountability.tables';

/** Queries of matters; every read takes the caller's scope condition. */

export async function insertMatter(db: Executor, values: typeof accountabilityMatters.$inferInsert): Promise<string> {
  const [row] = await db.insert(accountabilityMatters).values(values).returning({ id: accountabilityMatters.id });
  return (row as { id: string }).id;
}

const matterColumns = { matter: accountabilityMatters, unitName: units.name };

export async function findMatter(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select(matterColumns)
    .from(accountabilityMatters)
    .innerJoin(units, eq(units.id, accountabilityMatters.unitId))
    .where(and(eq(accountabilityMatters.id, id), scope))
    .limit(1);
  return row ?? null;
}
export type MatterRow = NonNullable<Awaited<ReturnType<typeof findMatter>>>;

/** Holds the matter until the transaction ends, so two proposals for one subject cannot both open a case. */
export async function lockMatter(tx: Executor, id: string): Promise<void> {
  await tx.select({ id: accountabilityMatters.id }).from(accountabilityMatters).where(eq(accountabilityMatters.id, id)).for('update');
}

export interface MatterFilter {
  scope: SQL | undefined;
  /** The readable cases' condition, for the counts. */
  caseScope: SQL | undefined;
  q?: string;
  year?: number;
}

const matterWhere = (f: MatterFilter) =>
  and(
    f.scope,
    f.q ? or(ilike(accountabilityMatters.title, containsPattern(f.q)), ilike(accountabilityMatters.facts, containsPattern(f.q))) : undefined,
    f.year ? sql`extract(year from ${accountabilityMatters.occurredOn}) = ${f.year}` : undefined,
  );

export function listMatters(db: Executor, f: MatterFilter, page: { limit: number; offset: number }) {
  const counted = (
    open: boolean,
  ) => sql<number>`(select count(*)::int from ${accountabilityCases} inner join ${cases} on ${cases.id} = ${accountabilityCases.caseId}
    where ${accountabilityCases.matterId} = ${accountabilityMatters.id} and ${f.caseScope ?? sql`true`} ${open ? sql`and ${isNull(cases.closedAt)}` : sql``})`;
  return Promise.all([
    db
      .select({ ...matterColumns, caseCount: counted(false), openCount: counted(true) })
      .from(accountabilityMatters)
      .innerJoin(units, eq(units.id, accountabilityMatters.unitId))
      .where(matterWhere(f))
      .orderBy(desc(accountabilityMatters.registeredAt), desc(accountabilityMatters.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(accountabilityMatters).where(matterWhere(f)),
  ]);
}

export function unitsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, [...ids]));
}

export function cadresByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: cadres.id, name: cadres.name, unitName: units.name })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(inArray(cadres.id, [...ids]));
}

/** The cadre with their unit, when the scope reaches them. */
export async function findScopedCadre(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, unitName: units.name })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(cadres.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function findScopedUnit(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.id, id), scope))
    .limit(1);
  return row ?? null;
}
