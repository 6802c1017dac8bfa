import type { GradeConstraint } from '@dandang/shared/assessment/grading.rules';
import { groupBy } from '@dandang/shared/platform/group-by';
import { annualGradeEffects } from '@dandang/shared/rules/annual-grade.rules';
import type { MeasureRecord } from '@dandang/shared/rules/measures';
import { and, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { measureRecordOf, measures } from '../cadres';

/*
 * Each cadre's annual-grade effects for the cycle's year (DOMAIN.md §4), from the measures register. The heaviest
 * effect reaches two years past its measure's year (开除党籍: Y+1 and Y+2 ungraded), so measures from three years back
 * are enough.
 */
const REACH_YEARS = 3;

export async function constraintsFor(db: Executor, year: number, cadreIds: readonly string[]): Promise<Map<string, GradeConstraint>> {
  const rows: Array<{ cadreId: string; record: MeasureRecord }> = [];
  for (let i = 0; i < cadreIds.length; i += 5000) {
    const found = await db
      .select({
        cadreId: measures.cadreId,
        code: measures.code,
        effectiveOn: measures.effectiveOn,
        months: measures.months,
        liftedOn: measures.liftedOn,
        revokedAt: measures.revokedAt,
      })
      .from(measures)
      .where(
        and(
          inArray(measures.cadreId, cadreIds.slice(i, i + 5000)),
          gte(measures.effectiveOn, `${year - REACH_YEARS}-01-01`),
          lte(measures.effectiveOn, `${year}-12-31`),
        ),
      );
    for (const row of found) rows.push({ cadreId: row.cadreId, record: measureRecordOf(row) });
  }
  const records = groupBy(rows, (r) => r.cadreId);
  const result = new Map<string, GradeConstraint>();
  for (const id of cadreIds) {
    const effect = annualGradeEffects({ year, measures: (records.get(id) ?? []).map((r) => r.record) });
    result.set(id, { outcome: effect.outcome, allowedGrades: effect.allowedGrades, reasons: effect.reasons });
  }
  return result;
}
