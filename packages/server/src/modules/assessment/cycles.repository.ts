import { and, asc, count, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { units, unitsUnder } from '../org';
import { assessmentSchemes } from './assessment.tables';
import { assessmentCycleSchemes, assessmentCycles, assessmentCycleUnits, assessmentParticipants } from './cycles.tables';

export type CycleRow = typeof assessmentCycles.$inferSelect;
export type CycleValues = Pick<typeof assessmentCycles.$inferInsert, 'name' | 'kind' | 'year' | 'quarter' | 'description' | 'stageWorkdays'>;

export function listCycles(db: Executor) {
  return db.select().from(assessmentCycles).orderBy(desc(assessmentCycles.year), desc(assessmentCycles.createdAt));
}

export async function findCycle(db: Executor, id: string): Promise<CycleRow | null> {
  const [row] = await db.select().from(assessmentCycles).where(eq(assessmentCycles.id, id)).limit(1);
  return row ?? null;
}

export async function nameTaken(db: Executor, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assessmentCycles.id })
    .from(assessmentCycles)
    .where(and(eq(assessmentCycles.name, name), exceptId ? ne(assessmentCycles.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

/** The covered units and the category schemes of the cycles, with names for display. */
export async function partsOf(db: Executor, cycleIds: string[]) {
  if (cycleIds.length === 0) return { units: [], schemes: [] };
  const coveredUnits = await db
    .select({ cycleId: assessmentCycleUnits.cycleId, id: units.id, name: units.name })
    .from(assessmentCycleUnits)
    .innerJoin(units, eq(units.id, assessmentCycleUnits.unitId))
    .where(inArray(assessmentCycleUnits.cycleId, cycleIds))
    .orderBy(asc(units.path));
  const schemes = await db
    .select({
      cycleId: assessmentCycleSchemes.cycleId,
      category: assessmentCycleSchemes.category,
      schemeId: assessmentCycleSchemes.schemeId,
      schemeName: assessmentSchemes.name,
    })
    .from(assessmentCycleSchemes)
    .innerJoin(assessmentSchemes, eq(assessmentSchemes.id, assessmentCycleSchemes.schemeId))
    .where(inArray(assessmentCycleSchemes.cycleId, cycleIds));
  return { units: coveredUnits, schemes };
}

export async function participantCounts(db: Executor, cycleIds: string[]): Promise<Map<string, number>> {
  if (cycleIds.length === 0) return new Map();
  const rows = await db
    .select({ cycleId: assessmentParticipants.cycleId, n: count() })
    .from(assessmentParticipants)
    .where(inArray(assessmentParticipants.cycleId, cycleIds))
    .groupBy(assessmentParticipants.cycleId);
  return new Map(rows.map((r) => [r.cycleId, r.n]));
}

export async function existingUnitIds(db: Executor, ids: string[]): Promise<Set<string>> {
  return new Set((await db.select({ id: units.id }).from(units).where(inArray(units.id, ids))).map((u) => u.id));
}

export async function countsByCategory(db: Executor, cycleId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ category: assessmentParticipants.category, n: count() })
    .from(assessmentParticipants)
    .where(eq(assessmentParticipants.cycleId, cycleId))
    .groupBy(assessmentParticipants.category);
  return new Map(rows.map((r) => [r.category, r.n]));
}

export async function insertCycle(db: Executor, values: CycleValues, at: Date): Promise<string> {
  const [row] = await db
    .insert(assessmentCycles)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: assessmentCycles.id });
  return (row as { id: string }).id;
}

/** Saves where the version and the state still match what the caller read. */
export async function updateCycle(db: Executor, id: string, version: number, state: string, values: Partial<CycleRow>, at: Date) {
  const [row] = await db
    .update(assessmentCycles)
    .set({ ...values, updatedAt: at, version: sql`${assessmentCycles.version} + 1` })
    .where(and(eq(assessmentCycles.id, id), eq(assessmentCycles.version, version), eq(assessmentCycles.state, state)))
    .returning({ id: assessmentCycles.id });
  return row;
}

export async function deleteCycle(db: Executor, id: string, version: number) {
  const [row] = await db
    .delete(assessmentCycles)
    .where(and(eq(assessmentCycles.id, id), eq(assessmentCycles.version, version), eq(assessmentCycles.state, 'DRAFT')))
    .returning({ id: assessmentCycles.id });
  return row;
}

export async function replaceParts(db: Executor, cycleId: string, unitIds: string[], schemes: Array<{ category: string; schemeId: string }>) {
  await db.delete(assessmentCycleUnits).where(eq(assessmentCycleUnits.cycleId, cycleId));
  await db.delete(assessmentCycleSchemes).where(eq(assessmentCycleSchemes.cycleId, cycleId));
  await db.insert(assessmentCycleUnits).values(unitIds.map((unitId) => ({ cycleId, unitId })));
  await db.insert(assessmentCycleSchemes).values(schemes.map((s) => ({ cycleId, ...s })));
}

/** The units the cycle covers (each covered unit with its sub-units), optionally only those of some types. */
function coveredUnits(cycleId: string, types: readonly string[] | null): SQL {
  const roots = sql`select ${assessmentCycleUnits.unitId} from ${assessmentCycleUnits} where ${assessmentCycleUnits.cycleId} = ${cycleId}`;
  return sql`select ${units.id} from ${units} where ${units.id} in (${unitsUnder(roots)}) ${types ? sql`and ${inArray(units.type, [...types])}` : sql``}`;
}

/** Fixes the population of one category: its units (for unit categories and leadership teams) or its cadres. */
export async function insertParticipants(
  db: Executor,
  cycleId: string,
  category: string,
  subject: 'UNIT' | 'LEADERSHIP_TEAM' | 'CADRE',
  types: readonly string[] | null,
) {
  const covered = coveredUnits(cycleId, types);
  if (subject === 'CADRE') {
    await db.execute(sql`insert into ${assessmentParticipants} (cycle_id, category, unit_id, cadre_id)
      select ${cycleId}, ${category}, c.unit_id, c.id from ${cadres} c where c.unit_id in (${covered})`);
  } else {
    await db.execute(sql`insert into ${assessmentParticipants} (cycle_id, category, unit_id) select ${cycleId}, ${category}, id from (${covered}) covered`);
  }
}

/** How many each category would take in, for a draft's preview. */
export async function populationPreview(
  db: Executor,
  cycleId: string,
  subject: 'UNIT' | 'LEADERSHIP_TEAM' | 'CADRE',
  types: readonly string[] | null,
): Promise<number> {
  const covered = coveredUnits(cycleId, types);
  const query =
    subject === 'CADRE'
      ? sql`select count(*)::int as n from ${cadres} c where c.unit_id in (${covered})`
      : sql`select count(*)::int as n from (${covered}) covered`;
  const result = (await db.execute(query)) as unknown as { rows: Array<{ n: number }> };
  return Number(result.rows[0]?.n ?? 0);
}

export function listParticipants(db: Executor, cycleId: string, scope: SQL | undefined, category: string | undefined, page: { limit: number; offset: number }) {
  const where = and(eq(assessmentParticipants.cycleId, cycleId), category ? eq(assessmentParticipants.category, category) : undefined, scope);
  return Promise.all([
    db
      .select({
        id: assessmentParticipants.id,
        category: assessmentParticipants.category,
        unitId: assessmentParticipants.unitId,
        unitName: units.name,
        cadreId: assessmentParticipants.cadreId,
        cadreName: cadres.name,
        post: cadres.post,
      })
      .from(assessmentParticipants)
      .innerJoin(units, eq(units.id, assessmentParticipants.unitId))
      .leftJoin(cadres, eq(cadres.id, assessmentParticipants.cadreId))
      .where(where)
      .orderBy(asc(assessmentParticipants.category), asc(units.path), asc(cadres.name))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(assessmentParticipants).where(where),
  ]);
}
