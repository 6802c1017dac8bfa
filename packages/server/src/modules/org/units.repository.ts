import type { Unit } from '@dandang/shared/org/org.schema';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../platform/db/client';
import { cadres } from '../cadres/cadres.tables';
import { units, users } from './org.tables';

// The outer unit's id is written table-qualified on purpose: in a single-table select Drizzle renders `units.id` as a
// bare "id", which inside these subqueries would bind to the subquery's own row and make every count 0.
const outerId = sql`${units}.${sql.identifier('id')}`;
const childCount = sql<number>`(select count(*)::int from ${units} c where c.parent_id = ${outerId})`;
// People: the unit's cadres, plus its accounts that are not one of those cadres (a cadre's own login is the same person).
const peopleCount = sql<number>`((select count(*)::int from ${users} u where u.unit_id = ${outerId}
  and not exists (select 1 from ${cadres} own where own.id = u.cadre_id and own.unit_id = ${outerId}))
  + (select count(*)::int from ${cadres} k where k.unit_id = ${outerId}))`;

const unitColumns = {
  id: units.id,
  jurisdictionId: units.jurisdictionId,
  parentId: units.parentId,
  name: units.name,
  code: units.code,
  type: units.type,
  path: units.path,
  sortOrder: units.sortOrder,
  version: units.version,
  childCount,
  peopleCount,
};

/** A unit as the API answers it, with the counts the tree shows. */
export type UnitRow = Unit;

export async function listUnits(db: Executor, scope: SQL | undefined): Promise<UnitRow[]> {
  return db.select(unitColumns).from(units).where(scope).orderBy(asc(units.path), asc(units.sortOrder)) as Promise<UnitRow[]>;
}

export async function findUnit(db: Executor, id: string, scope: SQL | undefined): Promise<UnitRow | null> {
  const [row] = await db
    .select(unitColumns)
    .from(units)
    .where(and(eq(units.id, id), scope))
    .limit(1);
  return (row as UnitRow | undefined) ?? null;
}

export async function insertUnit(db: Executor, values: typeof units.$inferInsert): Promise<void> {
  await db.insert(units).values(values);
}

export async function updateUnit(db: Executor, id: string, version: number, values: Partial<typeof units.$inferInsert>, at: Date) {
  const [row] = await db
    .update(units)
    .set({ ...values, updatedAt: at, version: sql`${units.version} + 1` })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning({ id: units.id });
  return row;
}

/** Rewrites the ancestor path of a unit and every unit below it in one statement. */
export async function rewriteSubtreePaths(db: Executor, oldPrefix: string, newPrefix: string): Promise<void> {
  await db
    .update(units)
    .set({ path: sql`${newPrefix} || substr(${units.path}, ${oldPrefix.length + 1})` })
    .where(sql`${units.path} like ${`${oldPrefix}%`}`);
}

export async function deleteUnit(db: Executor, id: string): Promise<void> {
  await db.delete(units).where(eq(units.id, id));
}

export async function codeTaken(db: Executor, jurisdictionId: string, code: string, exceptId?: string): Promise<boolean> {
  const rows = await queryRows(
    db,
    sql`select 1 from units where jurisdiction_id = ${jurisdictionId} and code = ${code} ${exceptId ? sql`and id <> ${exceptId}` : sql``} limit 1`,
  );
  return rows.length > 0;
}

export async function countUnitContents(db: Executor, id: string) {
  const [row] = await queryRows<{ children: number; users: number; cadres: number }>(
    db,
    sql`select (select count(*)::int from units where parent_id = ${id}) as children,
               (select count(*)::int from users u where u.unit_id = ${id}
                  and not exists (select 1 from cadres own where own.id = u.cadre_id and own.unit_id = ${id})) as users,
               (select count(*)::int from cadres where unit_id = ${id}) as cadres`,
  );
  return row ?? { children: 0, users: 0, cadres: 0 };
}

/**
 * Changes to the shape of the tree (create, move, delete) take this lock for their transaction: each reads the paths
 * it builds on only after the previous change has committed. Such changes are rare administrative acts.
 */
export async function lockUnitTree(db: Executor): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${UNIT_TREE_LOCK})`);
}

const UNIT_TREE_LOCK = 0x756e6974;
