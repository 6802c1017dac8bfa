import { MEASURE_CODES, MEASURES, type MeasureCode } from '@dandang/shared/rules/measures';
import { and, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { measures } from '../cadres.tables';

/**
 * "This measure's promotion bar still runs on asOf" as SQL, built from the shared MEASURES table so that it says
 * exactly what `barOf`/`screenPromotion` say: PostgreSQL's `date + interval 'n months'` clamps to the month's end as
 * `addMonthsClamped` does (2025-08-31 + 6 months = 2026-02-28). It lets the candidate list page in SQL; the rules
 * still confirm every candidate shown.
 */
export function runningBar(asOf: string): SQL {
  const byMonths = new Map<number, string[]>();
  const permanent: string[] = [];
  const untilLifted: string[] = [];
  const probation: MeasureCode[] = [];
  for (const code of MEASURE_CODES) {
    const { promotionBar, addsProbationMonths } = MEASURES[code];
    if (promotionBar === 'permanent') permanent.push(code);
    else if (promotionBar === 'until_lifted') untilLifted.push(code);
    else if (addsProbationMonths) probation.push(code);
    else if (promotionBar > 0) byMonths.set(promotionBar, [...(byMonths.get(promotionBar) ?? []), code]);
  }
  const branches: SQL[] = [...byMonths].map(
    ([months, codes]) => and(inArray(measures.code, codes), sql`(${measures.effectiveOn} + make_interval(months => ${months}))::date > ${asOf}::date`) as SQL,
  );
  if (permanent.length > 0) branches.push(inArray(measures.code, permanent));
  if (untilLifted.length > 0)
    branches.push(and(inArray(measures.code, untilLifted), sql`(${measures.liftedOn} is null or ${measures.liftedOn} > ${asOf}::date)`) as SQL);
  for (const code of probation) {
    // An unknown probation length reads as the longer one, as in barOf.
    const bar = MEASURES[code].promotionBar as number;
    const length = sql`(case when ${measures.months} = 12 then 12 else 24 end) + ${bar}`;
    branches.push(and(sql`${measures.code} = ${code}`, sql`(${measures.effectiveOn} + make_interval(months => ${length}))::date > ${asOf}::date`) as SQL);
  }
  return and(isNull(measures.revokedAt), sql`${measures.effectiveOn} <= ${asOf}::date`, or(...branches)) as SQL;
}
