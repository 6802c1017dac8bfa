import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { units, unitsUnder, users } from '../org';
import { assessmentIndicators } from './assessment.tables';
import { assessmentCycleUnits } from './cycles.tables';
import { assessmentEvidence, assessmentProgress, assessmentTargets } from './targets.tables';

export type TargetRecord = typeof assessmentTargets.$inferSelect;
export type TargetValues = Omit<typeof assessmentTargets.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;
export type ProgressRecord = typeof assessmentProgress.$inferSelect;
export type TargetRow = Awaited<ReturnType<typeof listTargets>>[number];

const columns = {
  target: assessmentTargets,
  unitName: units.name,
  cadreName: cadres.name,
  indicator: {
    id: assessmentIndicators.id,
    code: assessmentIndicators.code,
    name: assessmentIndicators.name,
    definition: assessmentIndicators.definition,
    evidenceRequired: assessmentIndicators.evidenceRequired,
  },
};

function selectTargets(db: Executor) {
  return db
    .select(columns)
    .from(assessmentTargets)
    .leftJoin(units, eq(units.id, assessmentTargets.unitId))
    .leftJoin(cadres, eq(cadres.id, assessmentTargets.cadreId))
    .leftJoin(assessmentIndicators, eq(assessmentIndicators.id, assessmentTargets.indicatorId));
}

export interface TargetFilter {
  scope: SQL | undefined;
  unitId?: string;
  indicatorId?: string;
}

/** A cycle's targets within a scope, parents before children, so the web can build the tree in one pass. */
export function listTargets(db: Executor, cycleId: string, f: TargetFilter) {
  return selectTargets(db)
    .where(
      and(
        eq(assessmentTargets.cycleId, cycleId),
        f.scope,
        f.unitId ? eq(assessmentTargets.unitId, f.unitId) : undefined,
        f.indicatorId ? eq(assessmentTargets.indicatorId, f.indicatorId) : undefined,
      ),
    )
    .orderBy(
      sql`array_position(array['JURISDICTION','UNIT','PERSON'], ${assessmentTargets.level})`,
      asc(assessmentTargets.createdAt),
      asc(assessmentTargets.id),
    );
}

export async function findTarget(db: Executor, id: string, scope?: SQL): Promise<TargetRow | null> {
  const [row] = await selectTargets(db).where(and(eq(assessmentTargets.id, id), scope));
  return row ?? null;
}

/** Each target's children: how many and their target values, for the decomposition check. */
export async function childValues(db: Executor, parentIds: string[]): Promise<Map<string, Array<number | null>>> {
  const byParent = new Map<string, Array<number | null>>();
  if (parentIds.length === 0) return byParent;
  const rows = await db
    .select({ parentId: assessmentTargets.parentId, value: assessmentTargets.targetValue })
    .from(assessmentTargets)
    .where(inArray(assessmentTargets.parentId, parentIds));
  for (const r of rows) byParent.set(r.parentId as string, [...(byParent.get(r.parentId as string) ?? []), r.value]);
  return byParent;
}

export async function insertTarget(db: Executor, values: TargetValues, at: Date): Promise<string> {
  const [row] = await db
    .insert(assessmentTargets)
    .values({ ...values, createdAt: at, updatedAt: at })
    .returning({ id: assessmentTargets.id });
  return (row as { id: string }).id;
}

export async function updateTarget(db: Executor, id: string, version: number, values: Partial<TargetValues>, at: Date) {
  const [row] = await db
    .update(assessmentTargets)
    .set({ ...values, version: sql`${assessmentTargets.version} + 1`, updatedAt: at })
    .where(and(eq(assessmentTargets.id, id), eq(assessmentTargets.version, version)))
    .returning({ id: assessmentTargets.id });
  return row;
}

export async function deleteTarget(db: Executor, id: string, version: number) {
  const [row] = await db
    .delete(assessmentTargets)
    .where(and(eq(assessmentTargets.id, id), eq(assessmentTargets.version, version)))
    .returning({ id: assessmentTargets.id });
  return row;
}

export async function hasChildren(db: Executor, id: string): Promise<boolean> {
  const [row] = await db.select({ id: assessmentTargets.id }).from(assessmentTargets).where(eq(assessmentTargets.parentId, id)).limit(1);
  return Boolean(row);
}

/** True when the unit lies in one of the units the cycle covers (each with its sub-units). */
export async function unitCovered(db: Executor, cycleId: string, unitId: string): Promise<boolean> {
  const roots = sql`select unit_id from ${assessmentCycleUnits} where cycle_id = ${cycleId}`;
  const rows = await db.execute<{ ok: boolean }>(sql`select ${unitId}::uuid in (${unitsUnder(roots)}) as ok`);
  return Boolean(rows.rows[0]?.ok);
}

export async function cadreUnit(db: Executor, cadreId: string): Promise<string | null> {
  const [row] = await db.select({ unitId: cadres.unitId }).from(cadres).where(eq(cadres.id, cadreId));
  return row?.unitId ?? null;
}

/** The newest report of each target, with its evidence files' descriptions. */
export async function latestProgress(db: Executor, targetIds: string[]): Promise<Map<string, ProgressWithEvidence>> {
  const latest = new Map<string, ProgressWithEvidence>();
  if (targetIds.length === 0) return latest;
  const rows = await db
    .selectDistinctOn([assessmentProgress.targetId])
    .from(assessmentProgress)
    .where(inArray(assessmentProgress.targetId, targetIds))
    .orderBy(assessmentProgress.targetId, desc(assessmentProgress.seq));
  const evidence = await evidenceOf(
    db,
    rows.map((r) => r.id),
  );
  for (const r of rows) latest.set(r.targetId, { ...r, evidence: evidence.get(r.id) ?? [] });
  return latest;
}

export type EvidenceSummary = { id: string; name: string; size: number; contentType: string };
export type ProgressWithEvidence = ProgressRecord & { evidence: EvidenceSummary[] };

async function evidenceOf(db: Executor, progressIds: string[]): Promise<Map<string, EvidenceSummary[]>> {
  const byProgress = new Map<string, EvidenceSummary[]>();
  if (progressIds.length === 0) return byProgress;
  const rows = await db
    .select({
      id: assessmentEvidence.id,
      progressId: assessmentEvidence.progressId,
      name: assessmentEvidence.name,
      size: assessmentEvidence.size,
      contentType: assessmentEvidence.contentType,
    })
    .from(assessmentEvidence)
    .where(inArray(assessmentEvidence.progressId, progressIds))
    .orderBy(asc(assessmentEvidence.uploadedAt), asc(assessmentEvidence.id));
  for (const { progressId, ...e } of rows) byProgress.set(progressId as string, [...(byProgress.get(progressId as string) ?? []), e]);
  return byProgress;
}

/** Every report of one target, newest first. */
export async function progressHistory(db: Executor, targetId: string): Promise<ProgressWithEvidence[]> {
  const rows = await db.select().from(assessmentProgress).where(eq(assessmentProgress.targetId, targetId)).orderBy(desc(assessmentProgress.seq));
  const evidence = await evidenceOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, evidence: evidence.get(r.id) ?? [] }));
}

export async function pendingTargets(db: Executor, targetIds: string[]): Promise<Set<string>> {
  if (targetIds.length === 0) return new Set();
  const rows = await db
    .select({ targetId: assessmentProgress.targetId })
    .from(assessmentProgress)
    .where(and(inArray(assessmentProgress.targetId, targetIds), eq(assessmentProgress.state, 'SUBMITTED')));
  return new Set(rows.map((r) => r.targetId));
}

export async function insertProgress(db: Executor, values: typeof assessmentProgress.$inferInsert): Promise<string> {
  const [row] = await db.insert(assessmentProgress).values(values).returning({ id: assessmentProgress.id });
  return (row as { id: string }).id;
}

export async function findProgress(db: Executor, id: string): Promise<ProgressRecord | null> {
  const [row] = await db.select().from(assessmentProgress).where(eq(assessmentProgress.id, id));
  return row ?? null;
}

export async function decideProgress(db: Executor, id: string, version: number, values: Partial<ProgressRecord>) {
  const [row] = await db
    .update(assessmentProgress)
    .set({ ...values, version: sql`${assessmentProgress.version} + 1` })
    .where(and(eq(assessmentProgress.id, id), eq(assessmentProgress.version, version), eq(assessmentProgress.state, 'SUBMITTED')))
    .returning({ id: assessmentProgress.id });
  return row;
}

export async function setConfirmed(db: Executor, targetId: string, value: number | null, at: Date) {
  await db
    .update(assessmentTargets)
    .set({ confirmedValue: value, confirmedAt: at, version: sql`${assessmentTargets.version} + 1`, updatedAt: at })
    .where(eq(assessmentTargets.id, targetId));
}

export async function insertEvidence(db: Executor, values: typeof assessmentEvidence.$inferInsert) {
  const [row] = await db
    .insert(assessmentEvidence)
    .values(values)
    .returning({ id: assessmentEvidence.id, name: assessmentEvidence.name, size: assessmentEvidence.size, contentType: assessmentEvidence.contentType });
  return row as EvidenceSummary;
}

/** Unattached evidence the user uploaded, among `ids`: the only files a report may cite. */
export async function unattachedEvidence(db: Executor, ids: string[], userId: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: assessmentEvidence.id })
    .from(assessmentEvidence)
    .where(and(inArray(assessmentEvidence.id, ids), eq(assessmentEvidence.uploadedBy, userId), sql`${assessmentEvidence.progressId} is null`));
  return new Set(rows.map((r) => r.id));
}

/** Binds unbound files of the uploader to a report; answers how many it bound. */
export async function attachEvidence(db: Executor, ids: string[], progressId: string, uploadedBy: string): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(assessmentEvidence)
    .set({ progressId })
    .where(and(inArray(assessmentEvidence.id, ids), eq(assessmentEvidence.uploadedBy, uploadedBy), sql`${assessmentEvidence.progressId} is null`))
    .returning({ id: assessmentEvidence.id });
  return rows.length;
}

/** An evidence file with the target its report belongs to (null while unattached). */
export async function findEvidence(db: Executor, id: string) {
  const [row] = await db
    .select({ file: assessmentEvidence, targetId: assessmentProgress.targetId })
    .from(assessmentEvidence)
    .leftJoin(assessmentProgress, eq(assessmentProgress.id, assessmentEvidence.progressId))
    .where(eq(assessmentEvidence.id, id));
  return row ?? null;
}

/** Display names of the users who reported or reviewed. */
export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** What the heat map needs of every target in scope that has a unit and an indicator. */
export function heatRows(db: Executor, cycleId: string, scope: SQL | undefined) {
  return (
    db
      .select({
        unitId: assessmentTargets.unitId,
        unitName: units.name,
        indicatorId: assessmentTargets.indicatorId,
        indicatorName: assessmentIndicators.name,
        definition: assessmentIndicators.definition,
        targetValue: assessmentTargets.targetValue,
        confirmedValue: assessmentTargets.confirmedValue,
        confirmedAt: assessmentTargets.confirmedAt,
        deadline: assessmentTargets.deadline,
      })
      .from(assessmentTargets)
      .innerJoin(units, eq(units.id, assessmentTargets.unitId))
      .innerJoin(assessmentIndicators, eq(assessmentIndicators.id, assessmentTargets.indicatorId))
      // Leaves only: a decomposed target's progress is its children's, counted once through them.
      .where(
        and(eq(assessmentTargets.cycleId, cycleId), scope, sql`not exists (select 1 from ${assessmentTargets} c where c.parent_id = ${assessmentTargets.id})`),
      )
      .orderBy(asc(units.path), asc(assessmentIndicators.code))
  );
}

/** Reports of a cycle awaiting review: how many, and the first targets' titles. */
export async function pendingReports(db: Executor, cycleId: string): Promise<{ count: number; titles: string[] }> {
  const rows = await db
    .select({ title: assessmentTargets.title, n: sql<number>`count(*) over ()::int` })
    .from(assessmentProgress)
    .innerJoin(assessmentTargets, eq(assessmentTargets.id, assessmentProgress.targetId))
    .where(and(eq(assessmentTargets.cycleId, cycleId), eq(assessmentProgress.state, 'SUBMITTED')))
    .orderBy(asc(assessmentTargets.title))
    .limit(10);
  return { count: rows[0]?.n ?? 0, titles: rows.map((r) => r.title) };
}

export async function lockTarget(db: Executor, id: string): Promise<void> {
  await db.execute(sql`select 1 from ${assessmentTargets} where id = ${id} for update`);
}

/** The newest confirmed report of a target, if any. */
export async function lastConfirmedReport(db: Executor, targetId: string) {
  const [row] = await db
    .select({ value: assessmentProgress.value, reviewedAt: assessmentProgress.reviewedAt })
    .from(assessmentProgress)
    .where(and(eq(assessmentProgress.targetId, targetId), eq(assessmentProgress.state, 'CONFIRMED')))
    .orderBy(desc(assessmentProgress.seq))
    .limit(1);
  return row ?? null;
}

/** A target's children's indicator and deadline, which an edit of the parent must stay in step with. */
export function childPlacements(db: Executor, parentId: string) {
  return db
    .select({ indicatorId: assessmentTargets.indicatorId, deadline: assessmentTargets.deadline })
    .from(assessmentTargets)
    .where(eq(assessmentTargets.parentId, parentId));
}

/** A target's children as a roll-up reads them. */
export function childProgress(db: Executor, parentId: string) {
  return db
    .select({ confirmedValue: assessmentTargets.confirmedValue, confirmedAt: assessmentTargets.confirmedAt })
    .from(assessmentTargets)
    .where(eq(assessmentTargets.parentId, parentId));
}

/** Sets or clears a target's confirmed progress; answers whether it changed, so a roll-up stops where nothing moves. */
export async function setRolledUp(db: Executor, id: string, value: number | null, confirmedAt: Date | null): Promise<boolean> {
  const rows = await db
    .update(assessmentTargets)
    .set({ confirmedValue: value, confirmedAt, version: sql`${assessmentTargets.version} + 1` })
    .where(
      and(
        eq(assessmentTargets.id, id),
        sql`(${assessmentTargets.confirmedValue} is distinct from ${value} or (${assessmentTargets.confirmedAt} is null) <> ${confirmedAt === null})`,
      ),
    )
    .returning({ id: assessmentTargets.id });
  return rows.length > 0;
}
