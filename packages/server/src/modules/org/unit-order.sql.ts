import { sql } from 'drizzle-orm';
import { units } from './org.tables';

/**
 * The unit tree's order (a unit before its sub-units) as an ORDER BY term: the path compared byte by byte (`~<~`),
 * the order units_path_idx (text_pattern_ops) keeps, so an index scan is already sorted and both engines agree
 * whatever the database's collation.
 */
export const unitTreeOrder = sql`${units.path} using ~<~`;
