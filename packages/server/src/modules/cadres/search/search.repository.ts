import type { CadreFilter, CadreSortField } from '@dandang/shared/cadres/cadre-search.schema';
import { type AnyColumn, and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { unitTreeOrder } from '../../org';
import { units } from '../../org/org.tables';
import { type CadreListRow, listColumns, selectRoster } from '../cadres.repository';
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
  if (!p.sortField) return [unitTreeOrder, asc(cadres.name), asc(cadres.id)];
  const direction = p.sortOrder === 'descend' ? desc : asc;
  return [direction(SORT_COLUMNS[p.sortField]), direction(cadres.id)];
}

/**
 * How far a page's count looks ahead: the next ten pages. Counting every match of a broad search (a quarter of a
 * county's cadres, each checked for a running promotion bar) is most of that search's cost; ten pages ahead is what
 * the pager shows, and the exact number is one request away (countCadres). ADR 0011.
 */
export const COUNT_AHEAD_PAGES = 10;

/** Matches the roster reads in one sort when it is not paging through a long list unit by unit. */
const SORTED_READ_MAX = 2000;

export interface RosterPage {
  items: CadreListRow[];
  /** The matches counted, at most `limit + 1`. */
  total: number;
  /** False when there are more than `total - 1` matches and the count stopped there. */
  totalExact: boolean;
}

export async function searchCadres(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts, p: PageRequest): Promise<RosterPage> {
  const where = and(scope, filterConditions(f, facts));
  const offset = (p.page - 1) * p.pageSize;
  const limit = offset + p.pageSize * COUNT_AHEAD_PAGES;
  const counted = await countMatches(db, where, limit + 1);
  const totalExact = counted <= limit;
  if (offset >= counted) return { items: [], total: counted, totalExact };
  const items =
    p.sortField || (totalExact && counted <= SORTED_READ_MAX)
      ? await selectRoster(db)
          .where(where)
          .orderBy(...orderOf(p))
          .limit(p.pageSize)
          .offset(offset)
      : await rosterOrderPage(db, where, offset, p.pageSize);
  return { items, total: counted, totalExact };
}

/**
 * A page of a long list in the roster's own order without sorting every match: units are visited in the tree's order
 * (a scan of units_path_idx), each giving its first matches by name (cadres_unit_name_idx), and the database stops as
 * soon as the page is full. A search matching 25,000 cadres reads a few dozen of them for its first page.
 */
async function rosterOrderPage(db: Executor, where: SQL | undefined, offset: number, pageSize: number): Promise<CadreListRow[]> {
  // The unit's name is read from the outer row: inside the subquery drizzle names columns without their table.
  const { unitName: _fromOuterRow, ...cadreColumns } = listColumns;
  const perUnit = db
    .select(cadreColumns)
    .from(cadres)
    .where(and(eq(cadres.unitId, units.id), where))
    .orderBy(asc(cadres.name), asc(cadres.id))
    .limit(offset + pageSize)
    .as('per_unit');
  const rows = await db
    .select()
    .from(units)
    .innerJoinLateral(perUnit, sql`true`)
    .orderBy(unitTreeOrder, asc(perUnit.name), asc(perUnit.id))
    .limit(pageSize)
    .offset(offset);
  return rows.map((r) => ({ ...r.per_unit, unitName: r.units.name }));
}

/** The matches of a search, counted up to `limit` when one is given (the count then stops reading there). */
export function countCadres(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts, limit?: number): Promise<number> {
  return countMatches(db, and(scope, filterConditions(f, facts)), limit);
}

async function countMatches(db: Executor, where: SQL | undefined, limit?: number): Promise<number> {
  const matches = db.select({ one: sql`1` }).from(cadres).where(where);
  const [row] = await db.select({ n: count() }).from((limit === undefined ? matches : matches.limit(limit)).as('matches'));
  return row?.n ?? 0;
}

/**
 * Every matching row in the roster's order, unit by unit in the tree's order and `batchSize` at a time by keyset on
 * (name, id) inside a unit, so each batch is a range of cadres_unit_name_idx: an export holds one batch in memory
 * however long the list is, and never sorts or re-reads what it has already written as OFFSET would.
 */
export async function* cadreBatches(db: Executor, scope: SQL | undefined, f: CadreFilter, facts: SearchFacts, batchSize: number) {
  const where = and(scope, filterConditions(f, facts));
  const unitOrder = await db.select({ id: units.id }).from(units).orderBy(unitTreeOrder);
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
