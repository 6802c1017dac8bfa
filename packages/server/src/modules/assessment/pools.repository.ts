import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { units } from '../org';
import { assessmentParticipants } from './cycles.tables';
import { assessmentGrades, assessmentPools } from './results.tables';

/** The keys of a cycle's quota pools that hold anyone within the scope. */
export async function poolKeysWithin(db: Executor, cycleId: string, scope: SQL | undefined): Promise<string[]> {
  const rows = await db
    .selectDistinct({ poolKey: assessmentGrades.poolKey })
    .from(assessmentGrades)
    .innerJoin(assessmentParticipants, eq(assessmentParticipants.id, assessmentGrades.participantId))
    .where(and(eq(assessmentGrades.cycleId, cycleId), scope));
  return rows.map((r) => r.poolKey);
}

/** The pools named: their base, quota and reckoning. */
export function poolsOf(db: Executor, cycleId: string, poolKeys: readonly string[]) {
  return db
    .select({ poolKey: assessmentPools.poolKey, participants: assessmentPools.participants, quota: assessmentPools.quota, reasons: assessmentPools.reasons })
    .from(assessmentPools)
    .where(and(eq(assessmentPools.cycleId, cycleId), inArray(assessmentPools.poolKey, [...poolKeys])));
}

/** Per pool and unit, in the unit tree's order: how many hold each grade now and how many were proposed each. */
export function poolGradeCounts(db: Executor, cycleId: string, poolKeys: readonly string[]) {
  return db
    .select({
      poolKey: assessmentGrades.poolKey,
      category: assessmentParticipants.category,
      unitId: assessmentParticipants.unitId,
      unitName: units.name,
      grade: assessmentGrades.grade,
      proposedGrade: assessmentGrades.proposedGrade,
      n: sql<number>`count(*)::int`,
    })
    .from(assessmentGrades)
    .innerJoin(assessmentParticipants, eq(assessmentParticipants.id, assessmentGrades.participantId))
    .innerJoin(units, eq(units.id, assessmentParticipants.unitId))
    .where(and(eq(assessmentGrades.cycleId, cycleId), inArray(assessmentGrades.poolKey, [...poolKeys])))
    .groupBy(
      assessmentGrades.poolKey,
      assessmentParticipants.category,
      assessmentParticipants.unitId,
      units.name,
      units.path,
      assessmentGrades.grade,
      assessmentGrades.proposedGrade,
    )
    .orderBy(sql`${units.path} using ~<~`);
}
