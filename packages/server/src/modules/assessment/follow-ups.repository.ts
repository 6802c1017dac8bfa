import type { FollowUpKind, FollowUpState } from '@dandang/shared/assessment/follow-up.rules';
import { and, asc, count, desc, eq, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { annualGrades, cadres, talentPoolMembers } from '../cadres';
import { units } from '../org';
import { assessmentCycles, assessmentParticipants } from './cycles.tables';
import { assessmentFollowUps } from './follow-ups.tables';

export type FollowUpValues = typeof assessmentFollowUps.$inferInsert;

/** The annual grades up to `year` of the cycle's cadres, oldest first. */
export function gradeHistories(db: Executor, cycleId: string, year: number) {
  return db
    .select({ cadreId: annualGrades.cadreId, year: annualGrades.year, grade: annualGrades.grade, sourceId: annualGrades.sourceId })
    .from(annualGrades)
    .where(
      and(
        sql`${annualGrades.cadreId} in (select cadre_id from ${assessmentParticipants} where cycle_id = ${cycleId} and cadre_id is not null)`,
        lte(annualGrades.year, year),
      ),
    )
    .orderBy(asc(annualGrades.cadreId), asc(annualGrades.year));
}

/** One cadre's annual grades, oldest first. */
export function cadreGrades(db: Executor, cadreId: string) {
  return db
    .select({ year: annualGrades.year, grade: annualGrades.grade })
    .from(annualGrades)
    .where(eq(annualGrades.cadreId, cadreId))
    .orderBy(asc(annualGrades.year));
}

/** The cycle's cadres with their unit in the cycle and whether they are active members of a talent pool. */
export async function cycleCadres(db: Executor, cycleId: string) {
  return db
    .select({
      cadreId: sql<string>`${assessmentParticipants.cadreId}`,
      unitId: assessmentParticipants.unitId,
      inPool: sql<boolean>`exists (select 1 from ${talentPoolMembers} m where m.cadre_id = ${assessmentParticipants.cadreId} and m.status = 'ACTIVE')`,
    })
    .from(assessmentParticipants)
    .where(and(eq(assessmentParticipants.cycleId, cycleId), sql`${assessmentParticipants.cadreId} is not null`));
}

export async function insertFollowUps(db: Executor, values: FollowUpValues[]) {
  const CHUNK = 1000;
  for (let i = 0; i < values.length; i += CHUNK) {
    await db
      .insert(assessmentFollowUps)
      .values(values.slice(i, i + CHUNK))
      .onConflictDoNothing();
  }
}

export interface FollowUpFilter {
  scope: SQL | undefined;
  kind?: FollowUpKind;
  state?: FollowUpState;
  cycleId?: string;
}

const where = (f: FollowUpFilter) =>
  and(
    f.scope,
    f.kind ? eq(assessmentFollowUps.kind, f.kind) : undefined,
    f.state ? eq(assessmentFollowUps.state, f.state) : undefined,
    f.cycleId ? eq(assessmentFollowUps.cycleId, f.cycleId) : undefined,
  );

function selectFollowUps(db: Executor) {
  return db
    .select({ task: assessmentFollowUps, cadreName: cadres.name, post: cadres.post, unitName: units.name, cycleName: assessmentCycles.name })
    .from(assessmentFollowUps)
    .innerJoin(cadres, eq(cadres.id, assessmentFollowUps.cadreId))
    .innerJoin(units, eq(units.id, assessmentFollowUps.unitId))
    .innerJoin(assessmentCycles, eq(assessmentCycles.id, assessmentFollowUps.cycleId));
}
export type FollowUpRow = NonNullable<Awaited<ReturnType<typeof findFollowUp>>>;

export function listFollowUps(db: Executor, f: FollowUpFilter, page: { limit: number; offset: number }) {
  return Promise.all([
    selectFollowUps(db)
      .where(where(f))
      .orderBy(desc(assessmentFollowUps.year), asc(units.path), asc(cadres.name), asc(assessmentFollowUps.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(assessmentFollowUps).where(where(f)),
  ]);
}

/** Open tasks by kind within the scope (and cycle), for the tabs' counts. */
export function openCounts(db: Executor, f: FollowUpFilter) {
  return db
    .select({ kind: assessmentFollowUps.kind, n: count() })
    .from(assessmentFollowUps)
    .where(and(where({ ...f, kind: undefined, state: undefined }), eq(assessmentFollowUps.state, 'OPEN')))
    .groupBy(assessmentFollowUps.kind);
}

export async function findFollowUp(db: Executor, id: string, scope?: SQL) {
  const [row] = await selectFollowUps(db).where(and(eq(assessmentFollowUps.id, id), scope));
  return row ?? null;
}

export async function closeFollowUp(
  db: Executor,
  id: string,
  version: number,
  values: { state: FollowUpState; note: string; handledBy: string; handledAt: Date },
) {
  const [row] = await db
    .update(assessmentFollowUps)
    .set({ ...values, version: sql`${assessmentFollowUps.version} + 1` })
    .where(and(eq(assessmentFollowUps.id, id), eq(assessmentFollowUps.version, version), eq(assessmentFollowUps.state, 'OPEN')))
    .returning({ id: assessmentFollowUps.id });
  return row;
}
