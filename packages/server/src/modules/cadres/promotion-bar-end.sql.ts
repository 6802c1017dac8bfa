import { MEASURE_CODES, MEASURES, PROBATION_MONTHS } from '@dandang/shared/rules/measures';
import { type SQL, sql } from 'drizzle-orm';

/*
 * The day a measure's promotion bar ends, as the database computes it for `measures.promotion_bar_end` (a generated
 * column): the SQL twin of barOf in packages/shared/src/rules/promotion.rules.ts, built from the same MEASURES table.
 * 'infinity' stands for 开除 (never) and for a 停职检查 not lifted yet; null for a measure that bars nothing.
 * `date + interval 'n months'` clamps to the month's end exactly like addMonthsClamped. Revocation is not part of it:
 * a revoked measure keeps its end, and "running" (promotion-bar.sql.ts) checks revoked_at.
 *
 * A generated column's expression names its own columns bare, and must be immutable: date + interval and the cast
 * of a timestamp to a date both are.
 */

const column = (name: string) => sql.identifier(name);
const list = (codes: readonly string[]) =>
  sql.join(
    codes.map((c) => sql.raw(`'${c}'`)),
    sql.raw(', '),
  );
const plusMonths = (months: SQL) => sql`(${column('effective_on')} + make_interval(months => ${months}))::date`;

/** Codes grouped by the length of their bar in months; 留党察看 is apart (its own months + the bar). */
function fixedBars(): Map<number, string[]> {
  const byMonths = new Map<number, string[]>();
  for (const code of MEASURE_CODES) {
    const { promotionBar, addsProbationMonths } = MEASURES[code];
    if (typeof promotionBar !== 'number' || promotionBar === 0 || addsProbationMonths) continue;
    byMonths.set(promotionBar, [...(byMonths.get(promotionBar) ?? []), code]);
  }
  return byMonths;
}

export function promotionBarEndExpression(): SQL {
  const code = column('code');
  const where = (test: (c: (typeof MEASURE_CODES)[number]) => boolean) => MEASURE_CODES.filter(test);
  const permanent = where((c) => MEASURES[c].promotionBar === 'permanent');
  const untilLifted = where((c) => MEASURES[c].promotionBar === 'until_lifted');
  const arms: SQL[] = [sql`when ${code} in (${list(permanent)}) then 'infinity'::date`];
  arms.push(sql`when ${code} in (${list(untilLifted)}) then coalesce(${column('lifted_on')}, 'infinity'::date)`);
  for (const [months, codes] of fixedBars()) arms.push(sql`when ${code} in (${list(codes)}) then ${plusMonths(sql.raw(String(months)))}`);
  const [short] = PROBATION_MONTHS;
  const long = PROBATION_MONTHS[PROBATION_MONTHS.length - 1];
  for (const probation of where((c) => Boolean(MEASURES[c].addsProbationMonths))) {
    // An unknown probation length is read as the longer one, as barOf does.
    const months = sql.raw(`case when "months" = ${short} then ${short} else ${long} end + ${MEASURES[probation].promotionBar}`);
    arms.push(sql`when ${code} = ${sql.raw(`'${probation}'`)} then ${plusMonths(months)}`);
  }
  return sql`case ${sql.join(arms, sql.raw(' '))} end`;
}
