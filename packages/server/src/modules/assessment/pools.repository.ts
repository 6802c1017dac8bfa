import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { units, unitTreeOrder } from '../org';
import { assessmentParticipants } from './cycles.tables';
import { assessmentGrades, assessmentPools } from './results.tables';

/** The keys of a cycle's quota pools that hold anyone within the scope (a scope given: `all` needs no such list). */
export async function poolKeysWithin(db: Executor, cycleId: string, scope: SQL): Promise<string[]> {
  const rows = await db
    .selectDistinct({ poolKey: assessmentGrades.poolKey })
    .from(assessmentGrades)
    .innerJoin(assessmentParticipants, eq(assessmentParticipants.id, assessmentGrades.participantId))
    .where(and(eq(assessmentGrades.cycleId, cycleId), scope));
  return rows.map((r) => r.poolKey);
}

/** Pools of the cycle: those named, or every one. */
const named = (column: typeof assessmentPools.poolKey | typeof assessmentGrades.poolKey, poolKeys: readonly string[] | undefined) =>
  poolKeys ? inArray(column, [...poolKeys]) : undefined;

/** The pools named (or every one): their base, quota and reckoning. */
export function poolsOf(db: Executor, cycleId: string, poolKeys: readonly string[] | undefined) {
  return db
    .select({ poolKey: assessmentPools.poolKey, participants: assessmentPools.participants, quota: assessmentPools.quota, reasons: assessmentPools.reasons })
    .from(assessmentPools)
    .where(and(eq(assessmentPools.cycleId, cycleId), named(assessmentPools.poolKey, poolKeys)));
}

/**
 * Per pool and unit, in the unit tree's order: how many hold each grade now and how many were proposed each, and
 * whether the unit is within the scope.
 */
export function poolGradeCounts(db: Executor, cycleId: string, poolKeys: readonly string[] | undefined, scope: SQL | undefined) {
  return db
    .select({
      poolKey: assessmentGrades.poolKey,
      category: assessmentParticipants.category,
      unitId: assessmentParticipants.unitId,
      unitName: units.name,
      withinScope: sql<boolean>`bool_or(${scope ?? sql`true`})`,
      grade: assessmentGrades.grade,
      proposedGrade: assessmentGrades.proposedGrade,
      n: sql<number>`count(*)::int`,
    })
    .from(assessmentGrades)
    .innerJoin(assessmentParticipants, eq(assessmentParticipants.id, assessmentGrades.participantId))
    .innerJoin(units, eq(units.id, assessmentParticipants.unitId))
    .where(and(eq(assessmentGrades.cycleId, cycleId), named(assessmentGrades.poolKey, poolKeys)))
    .groupBy(
      assessmentGrades.poolKey,
      assessmentParticipants.category,
      assessmentParticipants.unitId,
      units.name,
      units.path,
      assessmentGrades.grade,
      assessmentGrades.proposedGrade,
    )
    .orderBy(unitTreeOrder);
}
