import type { CadreFilter, CadreSortField } from '@dandang/shared/cadres/cadre-search.schema';
import { type AnyColumn, and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { units } from '../../org/org.tables';
import { listColumns, selectRoster } from '../cadres.repository';
import { cadres } from '../cadres.tables';
import { filterConditions, type SearchFacts } from './filter.sql';

export interface PageRequest {
  page: number;
  pageSize: number;
  sortField?: CadreSortField;
  sortOrder: 'ascend' | 'descend';
}

/** The whitelist of sortable columns: a client names a column, never SQL. */
const SORT_COLUMNS: Record<CadreSortField, AnyColumn> = {
  name: cadres.name,
  birthDate: cadres.birthDate,
  unitName: units.name,
  post: cadres.post,
  rank: cadres.rank,
  education: cadres.education,
  partyJoinedOn: cadres.partyJoinedOn,
  workStartedOn: cadres.workStartedOn,
  rankSince: cadres.rankSince,
};

/** The roster's own order (unit tree, then name) unless a column is chosen; the id last keeps pages stable. */
function orderOf(p: Pick<PageRequest, 'sortField' | 'sortOrder'>): SQL[] {
  if (!p.sortField) return [asc(units.path), asc(cadres.name), asc(cadres.id)];
  const direction = p.sortOrder === 'descend' ? desc : asc;
  return [direction(SORT_COLUMNS[p.sortField]), direction(cadres.id)];
}

export async function searchCadres(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts, p: PageRequest) {
  const where = and(scope, filterConditions(f, facts));
  const items = await selectRoster(db)
    .where(where)
    .orderBy(...orderOf(p))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  // The count needs no join: every condition is on `cadres` (the scope and unit filters use subqueries on units).
  const [total] = await db.select({ n: count() }).from(cadres).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function countCadres(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts): Promise<number> {
  const [total] = await db
    .select({ n: count() })
    .from(cadres)
    .where(and(scope, filterConditions(f, facts)));
  return total?.n ?? 0;
}

/**
 * Every matching row in the roster's order, `batchSize` at a time by keyset (the last row's unit path, name and id),
 * so an export holds one batch in memory however long the list is and never re-reads skipped rows as OFFSET would.
 */
export async function* cadreBatches(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts, batchSize: number) {
  let after: { path: string; name: string; id: string } | null = null;
  for (;;) {
    const keyset: SQL | undefined = after ? sql`(${units.path}, ${cadres.name}, ${cadres.id}) > (${after.path}, ${after.name}, ${after.id}::uuid)` : undefined;
    const rows = await db
      .select({ ...listColumns, unitPath: units.path })
      .from(cadres)
      .innerJoin(units, eq(units.id, cadres.unitId))
      .where(and(scope, filterConditions(f, facts), keyset))
      .orderBy(...orderOf({ sortOrder: 'ascend' }))
      .limit(batchSize);
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1] as (typeof rows)[number];
    after = { path: last.unitPath, name: last.name, id: last.id };
    if (rows.length < batchSize) return;
  }
}
