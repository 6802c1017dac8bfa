import { type SQL, sql } from 'drizzle-orm';
import { units } from './org.tables';

/**
 * The ids of the units under any of `roots` (a list or subquery of unit ids), each root included: one unit's path is
 * the prefix of every path below it. Used as `unit_id in (…)` by the roster's unit filter, the rotation alerts and a
 * cycle's population. The table is small (a county's few hundred units), so the prefix match needs no index.
 */
export const unitsUnder = (roots: SQL): SQL =>
  sql`select below.id from ${units} below join ${units} root on below.path like root.path || '%' where root.id in (${roots})`;
