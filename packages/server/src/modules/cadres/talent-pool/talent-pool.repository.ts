import type { TalentLevel } from '@dandang/shared/policy/policy.schema';
import { and, asc, count, desc, eq, exists, inArray, not, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../platform/db/client';
import { units, users } from '../../org/org.tables';
import { annualGrades } from '../annual-grades.tables';
import { cadres, measures } from '../cadres.tables';
import { MEASURE_FACT_COLUMNS } from '../measures.repository';
import { runningBar } from '../promotion-bar.sql';
import { talentPoolMembers, talentPools } from '../talent-pool.tables';

/* Member queries join the member's cadre, so the caller's scope condition (the cadre's unit or the cadre) applies. */

export type PoolRow = typeof talentPools.$inferSelect;

export function listPools(db: Executor) {
  return db.select().from(talentPools).orderBy(desc(talentPools.active), asc(talentPools.level), asc(talentPools.name));
}

export async function findPool(db: Executor, id: string): Promise<PoolRow | null> {
  const [row] = await db.select().from(talentPools).where(eq(talentPools.id, id)).limit(1);
  return row ?? null;
}

export async function insertPool(db: Executor, values: typeof talentPools.$inferInsert) {
  const [row] = await db.insert(talentPools).values(values).returning({ id: talentPools.id });
  return row as { id: string };
}

export async function updatePool(db: Executor, id: string, version: number, values: Partial<typeof talentPools.$inferInsert>, at: Date) {
  const [row] = await db
    .update(talentPools)
    .set({ ...values, updatedAt: at, version: sql`${talentPools.version} + 1` })
    .where(and(eq(talentPools.id, id), eq(talentPools.version, version)))
    .returning({ id: talentPools.id });
  return row;
}

export async function deletePool(db: Executor, id: string, version: number) {
  const [row] = await db
    .delete(talentPools)
    .where(and(eq(talentPools.id, id), eq(talentPools.version, version)))
    .returning({ id: talentPools.id });
  return row;
}

/** Members per pool and status that the scope lets the reader see. */
export function countMembers(db: Executor, scope: SQL | undefined, poolId?: string) {
  return db
    .select({ poolId: talentPoolMembers.poolId, status: talentPoolMembers.status, n: count() })
    .from(talentPoolMembers)
    .innerJoin(cadres, eq(cadres.id, talentPoolMembers.cadreId))
    .where(and(scope, poolId ? eq(talentPoolMembers.poolId, poolId) : undefined))
    .groupBy(talentPoolMembers.poolId, talentPoolMembers.status);
}

/** Members of any pool at all, in or out of anyone's scope: a pool with history is kept, not deleted. */
export async function hasMembers(db: Executor, poolId: string) {
  const [row] = await db.select({ n: count() }).from(talentPoolMembers).where(eq(talentPoolMembers.poolId, poolId));
  return (row?.n ?? 0) > 0;
}

const nominator = alias(users, 'pool_nominator');
const decider = alias(users, 'pool_decider');

const memberColumns = {
  id: talentPoolMembers.id,
  poolId: talentPoolMembers.poolId,
  cadreId: talentPoolMembers.cadreId,
  cadreName: cadres.name,
  unitId: cadres.unitId,
  unitName: units.name,
  post: cadres.post,
  birthDate: cadres.birthDate,
  status: talentPoolMembers.status,
  reason: talentPoolMembers.reason,
  nominatedByName: nominator.displayName,
  nominatedAt: talentPoolMembers.nominatedAt,
  decidedByName: decider.displayName,
  decidedAt: talentPoolMembers.decidedAt,
  decisionNote: talentPoolMembers.decisionNote,
  enteredOn: talentPoolMembers.enteredOn,
  exitedOn: talentPoolMembers.exitedOn,
  exitReason: talentPoolMembers.exitReason,
  exitNote: talentPoolMembers.exitNote,
  version: talentPoolMembers.version,
};
export type MemberRow = Awaited<ReturnType<typeof findMember>> & {};

function selectMembers(db: Executor) {
  return db
    .select(memberColumns)
    .from(talentPoolMembers)
    .innerJoin(cadres, eq(cadres.id, talentPoolMembers.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .leftJoin(nominator, eq(nominator.id, talentPoolMembers.nominatedBy))
    .leftJoin(decider, eq(decider.id, talentPoolMembers.decidedBy));
}

export interface MemberFilter {
  status?: string;
  page: number;
  pageSize: number;
}

export async function listMembers(db: Executor, poolId: string, scope: SQL | undefined, filter: MemberFilter) {
  const where = and(eq(talentPoolMembers.poolId, poolId), filter.status ? eq(talentPoolMembers.status, filter.status) : undefined, scope);
  const [items, [total]] = await Promise.all([
    selectMembers(db)
      .where(where)
      .orderBy(desc(talentPoolMembers.nominatedAt), asc(talentPoolMembers.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(talentPoolMembers).innerJoin(cadres, eq(cadres.id, talentPoolMembers.cadreId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Every member of a pool in one status within the scope (the yearly review reads all active members). */
export function listMembersByStatus(db: Executor, poolId: string, status: string, scope: SQL | undefined) {
  return selectMembers(db)
    .where(and(eq(talentPoolMembers.poolId, poolId), eq(talentPoolMembers.status, status), scope))
    .orderBy(asc(units.name), asc(cadres.name), asc(talentPoolMembers.id));
}

export async function findMember(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await selectMembers(db)
    .where(and(eq(talentPoolMembers.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function findOpenEntry(db: Executor, poolId: string, cadreId: string) {
  const [row] = await db
    .select({ id: talentPoolMembers.id, status: talentPoolMembers.status })
    .from(talentPoolMembers)
    .where(and(eq(talentPoolMembers.poolId, poolId), eq(talentPoolMembers.cadreId, cadreId), inArray(talentPoolMembers.status, ['NOMINATED', 'ACTIVE'])))
    .limit(1);
  return row ?? null;
}

export async function insertMember(db: Executor, values: typeof talentPoolMembers.$inferInsert) {
  const [row] = await db.insert(talentPoolMembers).values(values).returning({ id: talentPoolMembers.id });
  return row as { id: string };
}

/** Moves a member on from `fromStatus` when the version still matches; nothing comes back otherwise. */
export async function updateMember(
  db: Executor,
  id: string,
  expected: { version: number; status: string },
  values: Partial<typeof talentPoolMembers.$inferInsert>,
  at: Date,
) {
  const [row] = await db
    .update(talentPoolMembers)
    .set({ ...values, updatedAt: at, version: sql`${talentPoolMembers.version} + 1` })
    .where(and(eq(talentPoolMembers.id, id), eq(talentPoolMembers.version, expected.version), eq(talentPoolMembers.status, expected.status)))
    .returning({ id: talentPoolMembers.id });
  return row;
}

/** What the rules read about a set of cadres: birth date, measures (revoked ones flagged), grades. */
export async function loadRuleFacts(db: Executor, cadreIds: string[]) {
  if (cadreIds.length === 0) return { cadres: [], measures: [], grades: [] };
  const [cadreRows, measureRows, gradeRows] = await Promise.all([
    db.select({ id: cadres.id, birthDate: cadres.birthDate }).from(cadres).where(inArray(cadres.id, cadreIds)),
    db.select(MEASURE_FACT_COLUMNS).from(measures).where(inArray(measures.cadreId, cadreIds)),
    db
      .select({ cadreId: annualGrades.cadreId, year: annualGrades.year, grade: annualGrades.grade })
      .from(annualGrades)
      .where(inArray(annualGrades.cadreId, cadreIds)),
  ]);
  return { cadres: cadreRows, measures: measureRows, grades: gradeRows };
}

export interface CandidateFilter {
  poolId: string;
  field: string;
  specialty: string;
  level: TalentLevel;
  levelLabels: string[];
  asOf: string;
  maxAge: number;
  /** The years whose grades keep a cadre out, and the grades that do. */
  gradeYears: [number, number];
  blockingGrades: string[];
  keyword?: string;
  page: number;
  pageSize: number;
}

/**
 * Cadres in scope who pass the entry rule on asOf, youngest first: within the level's age line, no blocking recent
 * grade, no running promotion bar, no open entry in this pool, and carrying the pool's field, specialty and level tags
 * where the pool sets them (a cadre with no level tag is not held back by it).
 */
export async function listCandidates(db: Executor, scope: SQL | undefined, f: CandidateFilter) {
  const where = and(
    scope,
    // Age ≤ maxAge on asOf: the (maxAge + 1)th birthday is still ahead; `+ interval` clamps 29 Feb as dateOfAge does.
    sql`(${cadres.birthDate} + make_interval(years => ${f.maxAge + 1}))::date > ${f.asOf}::date`,
    f.field ? sql`${cadres.fieldTags} @> array[${f.field}]::text[]` : undefined,
    f.specialty ? sql`${cadres.specialtyTags} @> array[${f.specialty}]::text[]` : undefined,
    inArray(cadres.levelTag, ['', f.level, ...f.levelLabels]),
    f.keyword ? sql`${cadres.name} like ${`${f.keyword.replace(/[\\%_]/g, '\\$&')}%`}` : undefined,
    not(
      exists(
        db
          .select({ one: sql`1` })
          .from(talentPoolMembers)
          .where(
            and(eq(talentPoolMembers.cadreId, cadres.id), eq(talentPoolMembers.poolId, f.poolId), inArray(talentPoolMembers.status, ['NOMINATED', 'ACTIVE'])),
          ),
      ),
    ),
    not(
      exists(
        db
          .select({ one: sql`1` })
          .from(annualGrades)
          .where(
            and(
              eq(annualGrades.cadreId, cadres.id),
              sql`${annualGrades.year} between ${f.gradeYears[0]} and ${f.gradeYears[1]}`,
              inArray(annualGrades.grade, f.blockingGrades),
            ),
          ),
      ),
    ),
    not(
      exists(
        db
          .select({ one: sql`1` })
          .from(measures)
          .where(and(eq(measures.cadreId, cadres.id), runningBar(f.asOf))),
      ),
    ),
  );
  const [items, [total]] = await Promise.all([
    db
      .select({
        cadreId: cadres.id,
        name: cadres.name,
        unitName: units.name,
        post: cadres.post,
        birthDate: cadres.birthDate,
        fieldTags: cadres.fieldTags,
        specialtyTags: cadres.specialtyTags,
      })
      .from(cadres)
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(where)
      .orderBy(desc(cadres.birthDate), asc(cadres.name), asc(cadres.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(cadres).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
