import { and, asc, eq, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client';
import { unitsUnder, unitTreeOrder } from '../../org';
import { units } from '../../org/org.tables';
import { cadrePosts, cadres } from '../cadres.tables';

export interface RotationBounds {
  /** Latest start of an ordinary post that has reached its period, and of a key post. */
  ordinaryBy: string;
  keyBy: string;
}

/**
 * Current (open) posts that started on or before their bound, with their cadre and unit, in the unit tree's order.
 * The bounds come from the rules (latestStartFor), so the rule confirms each row rather than deciding in SQL alone.
 */
export function findLongPosts(db: Executor, where: SQL | undefined, b: RotationBounds) {
  return db
    .select({
      cadreId: cadres.id,
      name: cadres.name,
      unitId: cadres.unitId,
      unitName: units.name,
      postId: cadrePosts.id,
      post: cadrePosts.post,
      postUnitName: cadrePosts.unitName,
      isKey: cadrePosts.isKey,
      startedOn: cadrePosts.startedOn,
    })
    .from(cadrePosts)
    .innerJoin(cadres, eq(cadres.id, cadrePosts.cadreId))
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(
      and(
        where,
        isNull(cadrePosts.endedOn),
        or(and(eq(cadrePosts.isKey, false), lte(cadrePosts.startedOn, b.ordinaryBy)), and(eq(cadrePosts.isKey, true), lte(cadrePosts.startedOn, b.keyBy))),
      ),
    )
    .orderBy(unitTreeOrder, asc(cadrePosts.startedOn), asc(cadres.name), asc(cadrePosts.id));
}

/**
 * The jurisdiction whose policy applies: the unit's, else the actor's unit's, else the only one there is (a county
 * installation); null means the national default.
 */
export async function jurisdictionFor(db: Executor, unitId: string | null): Promise<string | null> {
  if (unitId) {
    const [row] = await db.select({ j: units.jurisdictionId }).from(units).where(eq(units.id, unitId)).limit(1);
    if (row) return row.j;
  }
  const rows = await db.selectDistinct({ j: units.jurisdictionId }).from(units).limit(2);
  return rows.length === 1 ? (rows[0]?.j ?? null) : null;
}

export const unitSubtree = (unitId: string, includeSubunits: boolean): SQL =>
  includeSubunits ? sql`${cadres.unitId} in (${unitsUnder(sql`${unitId}`)})` : eq(cadres.unitId, unitId);
