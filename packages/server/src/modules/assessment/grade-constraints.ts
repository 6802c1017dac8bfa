import type { GradeConstraint } from '@dandang/shared/assessment/grading.rules';
import { groupBy } from '@dandang/shared/platform/group-by';
import { annualGradeEffects } from '@dandang/shared/rules/annual-grade.rules';
import type { MeasureRecord } from '@dandang/shared/rules/measures';
import { and, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { MEASURE_FACT_COLUMNS, measureRecordOf, measures } from '../cadres';

/*
 * Each cadre's annual-grade effects for the cycle's year (DOMAIN.md §4), from the measures register. The heaviest
 * effect reaches two years past its measure's year (开除党籍: Y+1 and Y+2 ungraded), so measures from three years back
 * are enough.
 */
const REACH_YEARS = 3;

/** Each cadre's constraint; `cadres` is a subquery naming them, `cadreIds` the ids to answer for. */
export async function constraintsFor(db: Executor, year: number, cadres: SQL, cadreIds: readonly string[]): Promise<Map<string, GradeConstraint>> {
  const found = await db
    .select(MEASURE_FACT_COLUMNS)
    .from(measures)
    .where(and(sql`${measures.cadreId} in (${cadres})`, gte(measures.effectiveOn, `${year - REACH_YEARS}-01-01`), lte(measures.effectiveOn, `${year}-12-31`)));
  const records = groupBy(
    found.map((row) => ({ cadreId: row.cadreId, record: measureRecordOf(row) })),
    (r) => r.cadreId,
  );
  const constraintOf = (found: readonly MeasureRecord[]): GradeConstraint => {
    const effect = annualGradeEffects({ year, measures: found });
    return { outcome: effect.outcome, allowedGrades: effect.allowedGrades, reasons: effect.reasons };
  };
  // Most of a county's cadres have no measure: they share one reckoning instead of one each.
  const unmeasured = constraintOf([]);
  const result = new Map<string, GradeConstraint>();
  for (const id of cadreIds) {
    const own = records.get(id);
    result.set(id, own ? constraintOf(own.map((r) => r.record)) : unmeasured);
  }
  return result;
}
