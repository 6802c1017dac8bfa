import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres, measures } from '../cadres/cadres.tables';
import { units } from '../org/org.tables';
import { visitRecords } from './visits.tables';

/**
 * The people the coverage report counts: cadres in scope (and within `within`, the dashboard's own scope) with a
 * counting measure that carries a bar (visits exist only for those) and took effect in the years `from`…`to`, each
 * with their last visit in `year`, if any.
 */
export async function listCoveragePeople(db: Executor, scope: SQL | undefined, years: { from: number; to: number }, year: number, within?: SQL) {
  const lastVisitedOn = sql<string | null>`(select max(${visitRecords.visitedOn}) from ${visitRecords} where ${visitRecords.cadreId} = ${cadres.id}
    and ${visitRecords.visitedOn} between ${`${year}-01-01`} and ${`${year}-12-31`})`;
  const rows = await db
    .selectDistinct({ cadreId: cadres.id, name: cadres.name, unitId: cadres.unitId, unitName: units.name, lastVisitedOn })
    .from(measures)
    .innerJoin(cadres, eq(cadres.id, measures.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(
      and(
        isNull(measures.revokedAt),
        isNotNull(measures.promotionBarEnd),
        sql`${measures.effectiveOn} between ${`${years.from}-01-01`} and ${`${years.to}-12-31`}`,
        scope,
        within,
      ),
    )
    .orderBy(asc(cadres.id));
  return rows.map((r) => ({ ...r, visited: r.lastVisitedOn !== null }));
}
