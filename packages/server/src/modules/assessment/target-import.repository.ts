import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { units } from '../org';
import { assessmentIndicators } from './assessment.tables';
import { assessmentTargets } from './targets.tables';

/** What the rows of a target workbook name, looked up once per file. */

/** Every target id of the cycle, whatever the reader's scope: a row carrying one is context, never a new target. */
export async function cycleTargetIds(db: Executor, cycleId: string): Promise<Set<string>> {
  const rows = await db.select({ id: assessmentTargets.id }).from(assessmentTargets).where(eq(assessmentTargets.cycleId, cycleId));
  return new Set(rows.map((r) => r.id));
}

export type UnitMatch = { id: string; name: string; code: string };

/** Units whose full name or code is one of the texts. */
export async function unitsNamed(db: Executor, texts: string[]): Promise<UnitMatch[]> {
  if (texts.length === 0) return [];
  return db
    .select({ id: units.id, name: units.name, code: units.code })
    .from(units)
    .where(or(inArray(units.name, texts), inArray(units.code, texts)));
}

/** Which of the units a scope condition (on `units.id`) lets through. */
export async function unitsWithin(db: Executor, unitIds: string[], scope: SQL | undefined): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(inArray(units.id, unitIds), scope));
  return new Set(rows.map((r) => r.id));
}

/** Indicator ids by code (codes are unique in the library; retired ones are refused by the creation rules). */
export async function indicatorsByCode(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ id: assessmentIndicators.id, code: assessmentIndicators.code })
    .from(assessmentIndicators)
    .where(inArray(assessmentIndicators.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

export type CadreMatch = { id: string; name: string; unitId: string; digest: string | null };

/** The cadres of the given units that carry one of the names or one of the ID number digests. */
export async function cadresInUnits(db: Executor, unitIds: string[], names: string[], digests: string[]): Promise<CadreMatch[]> {
  if (unitIds.length === 0 || names.length + digests.length === 0) return [];
  return db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, digest: cadres.idNumberDigest })
    .from(cadres)
    .where(
      and(
        inArray(cadres.unitId, unitIds),
        or(names.length > 0 ? inArray(cadres.name, names) : undefined, digests.length > 0 ? inArray(cadres.idNumberDigest, digests) : undefined),
      ),
    );
}
