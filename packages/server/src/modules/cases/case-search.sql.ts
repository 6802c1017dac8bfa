import { ilike, or, type SQL } from 'drizzle-orm';
import { containsPattern } from '../../platform/db/like';
import { cadres } from '../cadres';
import { cases } from './cases.tables';

/**
 * The 关键字 box of every case list: the case's number, its title or its subject's name. The query must left-join
 * `cadres` on `cases.subject_cadre_id`, as each list does to show the name.
 */
export function caseMatches(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const pattern = containsPattern(q);
  return or(ilike(cases.number, pattern), ilike(cases.title, pattern), ilike(cadres.name, pattern));
}
