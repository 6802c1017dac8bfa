import type { CadreFilter } from '@dandang/shared/cadres/cadre-search.schema';
import { latestStartFor } from '@dandang/shared/cadres/years.rules';
import type { IsoDate } from '@dandang/shared/dates/date';
import { type AnyColumn, and, eq, gt, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { containsPattern } from '../../../platform/db/like';
import { unitsUnder } from '../../org';
import { cadrePosts, cadres } from '../cadres.tables';
import { promotableNow } from '../promotion-bar.sql';
import { talentPoolMembers } from '../talent-pool.tables';

/*
 * The roster filter as SQL conditions on `cadres`. Every condition is written so an index can serve it: dates are
 * compared with bounds computed in the rules (latestStartFor), names through the character index, tags through GIN.
 */

/** What a search needs besides the filter: today in China, and the ID number's digest when the keyword is one. */
export interface SearchFacts {
  today: IsoDate;
  idNumberDigest?: string;
}

/** The characters of a text, lower-cased: the same expression as the GIN indexes `cadres_name_chars_idx` and `cadre_posts_post_chars_idx`. */
export const charsOf = (value: AnyColumn | SQL | string) => sql`string_to_array(lower(${value}), null)`;

/** Contains, case-insensitive: the character index narrows to names holding every character, ILIKE confirms the order. */
function contains(column: AnyColumn, text: string): SQL {
  return sql`(${charsOf(column)} @> ${charsOf(text)} and ${column} ilike ${containsPattern(text)})`;
}

/** Whole years completed on `today` between [min, max], on a start date column (null never matches a bound). */
function yearsBetween(column: AnyColumn, today: IsoDate, min?: number, max?: number): SQL | undefined {
  return and(
    min !== undefined && min > 0 ? lte(column, latestStartFor(today, min)) : undefined,
    // At most `max` whole years: not yet `max + 1`.
    max !== undefined ? gt(column, latestStartFor(today, max + 1)) : undefined,
    min === 0 || max !== undefined ? sql`${column} is not null` : undefined,
  );
}

function unitCondition(f: CadreFilter): SQL | undefined {
  if (!f.unitId) return undefined;
  if (!f.includeSubunits) return eq(cadres.unitId, f.unitId);
  return sql`${cadres.unitId} in (${unitsUnder(sql`${f.unitId}`)})`;
}

function educationCondition(f: CadreFilter): SQL | undefined {
  if (!f.education?.length) return undefined;
  if (f.educationKind === 'fullTime') return inArray(cadres.education, f.education);
  if (f.educationKind === 'inService') return inArray(cadres.inServiceEducation, f.education);
  return or(inArray(cadres.education, f.education), inArray(cadres.inServiceEducation, f.education));
}

/**
 * 二历: a post whose title contains the text; with years, all such posts together (each counted up to today) last
 * at least as many days as the last `experienceYears` whole years, so one post held since the anniversary counts.
 */
function experienceCondition(f: CadreFilter, today: IsoDate): SQL | undefined {
  if (!f.experience) return undefined;
  // A semi-join on the matching posts (found through their characters), not a subquery per cadre.
  const matching = and(contains(cadrePosts.post, f.experience), lte(cadrePosts.startedOn, today));
  if (!f.experienceYears) return sql`${cadres.id} in (select ${cadrePosts.cadreId} from ${cadrePosts} where ${matching})`;
  const day = sql`${today}::date`;
  const needed = sql`(${day} - ${latestStartFor(today, f.experienceYears)}::date)`;
  const held = sql`sum(least(coalesce(${cadrePosts.endedOn}, ${day}), ${day}) - ${cadrePosts.startedOn})`;
  return sql`${cadres.id} in (select ${cadrePosts.cadreId} from ${cadrePosts} where ${matching} group by ${cadrePosts.cadreId} having ${held} >= ${needed})`;
}

function poolCondition(f: CadreFilter): SQL | undefined {
  if (!f.pool) return undefined;
  const pool = f.pool === 'any' ? undefined : eq(talentPoolMembers.poolId, f.pool);
  const where = and(eq(talentPoolMembers.cadreId, cadres.id), eq(talentPoolMembers.status, 'ACTIVE'), pool);
  return sql`exists (select 1 from ${talentPoolMembers} where ${where})`;
}

const anyTag = (column: AnyColumn, tags?: string[]) =>
  tags?.length
    ? sql`${column} && array[${sql.join(
        tags.map((t) => sql`${t}`),
        sql`, `,
      )}]::text[]`
    : undefined;

export function filterConditions(f: CadreFilter, facts: SearchFacts): SQL | undefined {
  const { today } = facts;
  const keyword = facts.idNumberDigest ? eq(cadres.idNumberDigest, facts.idNumberDigest) : f.keyword ? contains(cadres.name, f.keyword) : undefined;
  return and(
    unitCondition(f),
    keyword,
    f.rank?.length ? inArray(cadres.rank, f.rank) : undefined,
    yearsBetween(cadres.birthDate, today, f.ageMin, f.ageMax),
    yearsBetween(cadres.partyJoinedOn, today, f.partyYearsMin, f.partyYearsMax),
    yearsBetween(cadres.workStartedOn, today, f.workYearsMin, f.workYearsMax),
    educationCondition(f),
    experienceCondition(f, today),
    anyTag(cadres.fieldTags, f.fieldTags),
    anyTag(cadres.specialtyTags, f.specialtyTags),
    f.levelTag?.length ? inArray(cadres.levelTag, f.levelTag) : undefined,
    poolCondition(f),
    f.promotable === undefined ? undefined : f.promotable ? promotableNow(today) : sql`not ${promotableNow(today)}`,
  );
}
