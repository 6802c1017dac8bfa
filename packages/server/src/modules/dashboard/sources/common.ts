import { type AnyColumn, eq } from 'drizzle-orm';
import type { DrillFilter } from '../kpi-source';

/* What the sources' drill queries share: the narrowing to one unit, the limit, and the head of a row. */

/** The drill's narrowing to one unit, over the unit column the source counts by. */
export const ofUnit = (column: AnyColumn, filter: DrillFilter) => (filter.unitId ? eq(column, filter.unitId) : undefined);

/** A drill query's rows, cut to the filter's limit when it has one. */
export async function upTo<R>(query: PromiseLike<R[]> & { limit(n: number): PromiseLike<R[]> }, filter: DrillFilter): Promise<R[]> {
  return filter.limit ? await query.limit(filter.limit) : await query;
}

/** A row about a case: titled by its number and title, with the cadre concerned ('' for a unit's case). */
export const caseHead = (r: { id: string; number: string; title: string; unitId: string; unitName: string; cadreName: string | null }) => ({
  id: r.id,
  title: `${r.number} ${r.title}`,
  unitId: r.unitId,
  unitName: r.unitName,
  cadreName: r.cadreName ?? '',
});

/** A row about a cadre, titled by their name. */
export const cadreHead = (r: { id: string; name: string; unitId: string; unitName: string }) => ({
  id: r.id,
  title: r.name,
  unitId: r.unitId,
  unitName: r.unitName,
  cadreName: r.name,
});
