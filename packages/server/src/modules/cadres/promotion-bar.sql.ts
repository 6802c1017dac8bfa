import type { IsoDate } from '@dandang/shared/dates/date';
import { type SQL, sql } from 'drizzle-orm';
import { annualGrades, BARRING_GRADES } from './annual-grades.tables';
import { cadres, measures } from './cadres.tables';

/*
 * Promotion screening (干部任用条例第二十四条; DOMAIN.md §4 "Promotion screening") as a SQL condition on `cadres`, so
 * that "promotable now" filters and counts in the database. It is the SQL twin of screenPromotion in
 * packages/shared/src/rules/promotion.rules.ts: each measure's bar end is the generated column promotion_bar_end
 * (promotion-bar-end.sql.ts, from the same MEASURES table), and a property test holds the two to the same answers.
 * An open investigation is not known to the registry yet, so like the impact panel this reads measures and grades.
 */

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** A measure (alias-free, on `measures`) whose promotion bar is running on `today`: in effect, not revoked, not ended. */
export function runningBar(today: IsoDate): SQL {
  const day = sql`${today}::date`;
  return sql`(${measures.revokedAt} is null and ${measures.effectiveOn} <= ${day} and ${measures.promotionBarEnd} > ${day})`;
}

/** The cadre (of the outer query on `cadres`) may be promoted on `today`: no running bar, last year not BASIC or worse. */
export function promotableNow(today: IsoDate): SQL {
  const lastYear = Number(today.slice(0, 4)) - 1;
  return sql`(not exists (select 1 from ${measures} where ${measures.cadreId} = ${cadres.id} and ${runningBar(today)})
    and not exists (select 1 from ${annualGrades} where ${annualGrades.cadreId} = ${cadres.id} and ${annualGrades.year} = ${lastYear}
      and ${annualGrades.grade} in (${list(BARRING_GRADES)})))`;
}
