import { and, asc, eq, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { units } from '../org';
import { assessmentCycles, assessmentParticipants } from './cycles.tables';
import { assessmentGrades, assessmentResults } from './results.tables';

/** Every participant of one category of a cycle within the scope, with score and grade. */
export function categoryRows(db: Executor, cycleId: string, category: string, scope: SQL | undefined) {
  return db
    .select({
      participantId: assessmentParticipants.id,
      unitId: assessmentParticipants.unitId,
      unitName: units.name,
      cadreId: assessmentParticipants.cadreId,
      cadreName: cadres.name,
      finalHundredths: assessmentResults.finalHundredths,
      grade: sql<string | null>`case when ${assessmentGrades.status} = 'GRADED' then ${assessmentGrades.grade} end`,
    })
    .from(assessmentParticipants)
    .innerJoin(assessmentResults, eq(assessmentResults.participantId, assessmentParticipants.id))
    .innerJoin(units, eq(units.id, assessmentParticipants.unitId))
    .leftJoin(cadres, eq(cadres.id, assessmentParticipants.cadreId))
    .leftJoin(assessmentGrades, eq(assessmentGrades.participantId, assessmentParticipants.id))
    .where(and(eq(assessmentParticipants.cycleId, cycleId), eq(assessmentParticipants.category, category), scope))
    .orderBy(asc(units.path));
}

/** Cycles of the same kind (and quarter) as the given one, up to its year, that assessed the category. */
export function comparableCycles(db: Executor, cycle: { kind: string; year: number; quarter: number | null }, category: string) {
  return db
    .select({ id: assessmentCycles.id, name: assessmentCycles.name, year: assessmentCycles.year })
    .from(assessmentCycles)
    .where(
      and(
        eq(assessmentCycles.kind, cycle.kind),
        lte(assessmentCycles.year, cycle.year),
        cycle.quarter === null ? sql`${assessmentCycles.quarter} is null` : eq(assessmentCycles.quarter, cycle.quarter),
        sql`${assessmentCycles.state} not in ('DRAFT')`,
        sql`exists (select 1 from ${assessmentParticipants} p where p.cycle_id = ${assessmentCycles.id} and p.category = ${category})`,
      ),
    )
    .orderBy(asc(assessmentCycles.year), asc(assessmentCycles.createdAt));
}

/** Per cycle: participants, the mean score and the count of each grade, within the scope. */
export function trendRows(db: Executor, cycleIds: string[], category: string, scope: SQL | undefined) {
  if (cycleIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      cycleId: assessmentParticipants.cycleId,
      grade: sql<string>`coalesce(case when ${assessmentGrades.status} = 'GRADED' then ${assessmentGrades.grade} end, 'NONE')`,
      n: sql<number>`count(*)::int`,
      sumHundredths: sql<number | null>`sum(${assessmentResults.finalHundredths})::float8`,
      scored: sql<number>`count(${assessmentResults.finalHundredths})::int`,
    })
    .from(assessmentParticipants)
    .innerJoin(assessmentResults, eq(assessmentResults.participantId, assessmentParticipants.id))
    .leftJoin(assessmentGrades, eq(assessmentGrades.participantId, assessmentParticipants.id))
    .where(
      and(
        sql`${assessmentParticipants.cycleId} in (${sql.join(
          cycleIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
        eq(assessmentParticipants.category, category),
        scope,
      ),
    )
    .groupBy(assessmentParticipants.cycleId, sql`2`);
}
