import type { IsoDate } from '@dandang/shared/dates/date';
import { MEASURE_CODES, MEASURES, PROBATION_MONTHS } from '@dandang/shared/rules/measures';
import { type SQL, sql } from 'drizzle-orm';
import { annualGrades } from './annual-grades.tables';
import { cadres, measures } from './cadres.tables';

/*
 * Promotion screening (干部任用条例第二十四条; DOMAIN.md §4 "Promotion screening") as a SQL condition on `cadres`, so
 * that "promotable now" filters and counts in the database. It is the SQL twin of screenPromotion in
 * packages/shared/src/rules/promotion.rules.ts, built from the same MEASURES table, and a property test holds the
 * two to the same answers. `date + interval 'n months'` clamps to the month's end exactly like addMonthsClamped.
 * An open investigation is not known to the registry yet, so like the impact panel this reads measures and grades.
 */

/** Codes grouped by the length of their bar in months; PARTY_PROBATION is handled apart (its own months + 24). */
function fixedBars(): Map<number, string[]> {
  const byMonths = new Map<number, string[]>();
  for (const code of MEASURE_CODES) {
    const { promotionBar, addsProbationMonths } = MEASURES[code];
    if (typeof promotionBar !== 'number' || promotionBar === 0 || addsProbationMonths) continue;
    byMonths.set(promotionBar, [...(byMonths.get(promotionBar) ?? []), code]);
  }
  return byMonths;
}

/** Last year's grades that bar promotion (干部任用条例第二十四条), as screenPromotion reads them. */
const BARRING_GRADES = ['BASIC', 'INCOMPETENT'];

const codesWhere = (test: (code: (typeof MEASURE_CODES)[number]) => boolean) => MEASURE_CODES.filter(test);
const list = (codes: readonly string[]) =>
  sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );

/** A measure (alias-free, on `measures`) whose promotion bar is running on `today`. */
export function runningBar(today: IsoDate): SQL {
  const day = sql`${today}::date`;
  const permanent = codesWhere((c) => MEASURES[c].promotionBar === 'permanent');
  const untilLifted = codesWhere((c) => MEASURES[c].promotionBar === 'until_lifted');
  const probation = codesWhere((c) => Boolean(MEASURES[c].addsProbationMonths));
  const [shortProbation] = PROBATION_MONTHS;
  const longProbation = PROBATION_MONTHS[PROBATION_MONTHS.length - 1];
  const arms: SQL[] = [sql`${measures.code} in (${list(permanent)})`];
  arms.push(sql`(${measures.code} in (${list(untilLifted)}) and (${measures.liftedOn} is null or ${measures.liftedOn} > ${day}))`);
  for (const [months, codes] of fixedBars()) {
    arms.push(sql`(${measures.code} in (${list(codes)}) and ${measures.effectiveOn} + make_interval(months => ${sql.raw(String(months))}) > ${day})`);
  }
  for (const code of probation) {
    // An unknown probation length is read as the longer one, as barOf does.
    const [short, long] = [sql.raw(String(shortProbation)), sql.raw(String(longProbation))];
    const probationMonths = sql`case when ${measures.months} = ${short} then ${short} else ${long} end`;
    arms.push(
      sql`(${measures.code} = ${code} and ${measures.effectiveOn} + make_interval(months => ${probationMonths} + ${sql.raw(String(MEASURES[code].promotionBar))}) > ${day})`,
    );
  }
  return sql`(${measures.revokedAt} is null and ${measures.effectiveOn} <= ${day} and (${sql.join(arms, sql` or `)}))`;
}

/** The cadre (of the outer query on `cadres`) may be promoted on `today`: no running bar, last year not BASIC or worse. */
export function promotableNow(today: IsoDate): SQL {
  const lastYear = Number(today.slice(0, 4)) - 1;
  return sql`(not exists (select 1 from ${measures} where ${measures.cadreId} = ${cadres.id} and ${runningBar(today)})
    and not exists (select 1 from ${annualGrades} where ${annualGrades.cadreId} = ${cadres.id} and ${annualGrades.year} = ${lastYear}
      and ${annualGrades.grade} in (${list(BARRING_GRADES)})))`;
}
