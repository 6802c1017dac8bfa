import type { CadreFilter, CadreSortField } from '@dandang/shared/cadres/cadre-search.schema';
import { type AnyColumn, and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { units } from '../../org/org.tables';
import { selectRoster } from '../cadres.repository';
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
  if (!p.sortField) return rosterOrderPage(db, where, p);
  const items = await selectRoster(db)
    .where(where)
    .orderBy(...orderOf(p))
    .limit(p.pageSize)
    .offset((p.page - 1) * p.pageSize);
  const [total] = await db.select({ n: count() }).from(cadres).where(where);
  return { items, total: total?.n ?? 0 };
}

/**
 * The roster's own order (unit tree, then name) without sorting every match: the count is taken per unit, in the
 * tree's order, which gives the total and tells which units hold the requested page; only their rows are then read
 * and sorted (through cadres_unit_name_idx). A search that matches 40,000 cadres sorts one or two units' worth.
 */
async function rosterOrderPage(db: Executor, where: SQL | undefined, p: PageRequest) {
  // Counted on cadres alone (an index-only scan when nothing else filters), then put in the tree's order.
  const counts = db
    .select({ unitId: cadres.unitId, n: count().as('n') })
    .from(cadres)
    .where(where)
    .groupBy(cadres.unitId)
    .as('counts');
  const perUnit = await db.select({ unitId: counts.unitId, n: counts.n }).from(counts).innerJoin(units, eq(units.id, counts.unitId)).orderBy(asc(units.path));
  const total = perUnit.reduce((sum, u) => sum + u.n, 0);
  const start = (p.page - 1) * p.pageSize;
  const end = start + p.pageSize;
  const covering: string[] = [];
  let before = 0;
  let seen = 0;
  for (const unit of perUnit) {
    const next = seen + unit.n;
    if (next > start && seen < end) covering.push(unit.unitId);
    else if (next <= start) before = next;
    seen = next;
  }
  if (covering.length === 0) return { items: [], total };
  const items = await selectRoster(db)
    .where(and(where, inArray(cadres.unitId, covering)))
    .orderBy(...orderOf(p))
    .limit(p.pageSize)
    .offset(start - before);
  return { items, total };
}

export async function countCadres(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts): Promise<number> {
  const [total] = await db
    .select({ n: count() })
    .from(cadres)
    .where(and(scope, filterConditions(f, facts)));
  return total?.n ?? 0;
}

/**
 * Every matching row in the roster's order, unit by unit in the tree's order and `batchSize` at a time by keyset on
 * (name, id) inside a unit, so each batch is a range of cadres_unit_name_idx: an export holds one batch in memory
 * however long the list is, and never sorts or re-reads what it has already written as OFFSET would.
 */
export async function* cadreBatches(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts, batchSize: number) {
  const where = and(scope, filterConditions(f, facts));
  const unitOrder = await db.select({ id: units.id }).from(units).orderBy(asc(units.path));
  for (const unit of unitOrder) {
    let after: { name: string; id: string } | null = null;
    for (;;) {
      const keyset: SQL | undefined = after ? sql`(${cadres.name}, ${cadres.id}) > (${after.name}, ${after.id}::uuid)` : undefined;
      const rows = await selectRoster(db)
        .where(and(where, eq(cadres.unitId, unit.id), keyset))
        .orderBy(asc(cadres.name), asc(cadres.id))
        .limit(batchSize);
      if (rows.length > 0) yield rows;
      if (rows.length < batchSize) break;
      const last = rows[rows.length - 1] as (typeof rows)[number];
      after = { name: last.name, id: last.id };
    }
  }
}
