import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { assessmentIndicatorRevisions, assessmentIndicators, assessmentSchemeItems, assessmentSchemes } from './assessment.tables';

export type SchemeRow = typeof assessmentSchemes.$inferSelect;
export type SchemeValues = Pick<typeof assessmentSchemes.$inferInsert, 'name' | 'category' | 'description' | 'adjustments' | 'raterGroups' | 'formula'>;
export type ItemValues = { indicatorId: string; revision: number; weight: number };

export function listSchemes(db: Executor, category?: string) {
  return db
    .select()
    .from(assessmentSchemes)
    .where(category ? eq(assessmentSchemes.category, category) : undefined)
    .orderBy(asc(assessmentSchemes.category), asc(assessmentSchemes.name));
}

export async function findScheme(db: Executor, id: string): Promise<SchemeRow | null> {
  const [row] = await db.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, id)).limit(1);
  return row ?? null;
}

export async function nameTaken(db: Executor, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assessmentSchemes.id })
    .from(assessmentSchemes)
    .where(and(eq(assessmentSchemes.name, name), exceptId ? ne(assessmentSchemes.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

/** The items of the schemes, in order, with the pinned revision's name and definition and the indicator's current revision. */
export function itemsOf(db: Executor, schemeIds: string[]) {
  if (schemeIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      schemeId: assessmentSchemeItems.schemeId,
      indicatorId: assessmentSchemeItems.indicatorId,
      revision: assessmentSchemeItems.revision,
      weight: assessmentSchemeItems.weight,
      code: assessmentIndicators.code,
      name: assessmentIndicatorRevisions.name,
      kind: sql<'QUANTITATIVE' | 'QUALITATIVE'>`${assessmentIndicatorRevisions.definition}->>'kind'`,
      definition: assessmentIndicatorRevisions.definition,
      currentRevision: assessmentIndicators.revision,
    })
    .from(assessmentSchemeItems)
    .innerJoin(assessmentIndicators, eq(assessmentIndicators.id, assessmentSchemeItems.indicatorId))
    .innerJoin(
      assessmentIndicatorRevisions,
      and(
        eq(assessmentIndicatorRevisions.indicatorId, assessmentSchemeItems.indicatorId),
        eq(assessmentIndicatorRevisions.revision, assessmentSchemeItems.revision),
      ),
    )
    .where(inArray(assessmentSchemeItems.schemeId, schemeIds))
    .orderBy(asc(assessmentSchemeItems.schemeId), asc(assessmentSchemeItems.position));
}

export async function insertScheme(db: Executor, values: SchemeValues, at: Date): Promise<string> {
  const [row] = await db
    .insert(assessmentSchemes)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: assessmentSchemes.id });
  return (row as { id: string }).id;
}

export async function updateScheme(db: Executor, id: string, version: number, values: SchemeValues, at: Date) {
  const [row] = await db
    .update(assessmentSchemes)
    .set({ ...values, updatedAt: at, version: sql`${assessmentSchemes.version} + 1` })
    .where(and(eq(assessmentSchemes.id, id), eq(assessmentSchemes.version, version)))
    .returning({ id: assessmentSchemes.id });
  return row;
}

export async function deleteScheme(db: Executor, id: string, version: number) {
  const [row] = await db
    .delete(assessmentSchemes)
    .where(and(eq(assessmentSchemes.id, id), eq(assessmentSchemes.version, version)))
    .returning({ id: assessmentSchemes.id });
  return row;
}

/** Replaces a scheme's items with these, in this order. */
export async function replaceItems(db: Executor, schemeId: string, items: readonly ItemValues[]): Promise<void> {
  await db.delete(assessmentSchemeItems).where(eq(assessmentSchemeItems.schemeId, schemeId));
  if (items.length > 0) await db.insert(assessmentSchemeItems).values(items.map((item, position) => ({ ...item, schemeId, position })));
}
