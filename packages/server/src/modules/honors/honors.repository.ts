import { type NominationState, QUOTA_HOLDING_STATES } from '@dandang/shared/honors/honor.codes';
import { and, asc, count, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { annualGrades, cadres, MEASURE_FACT_COLUMNS, measures } from '../cadres';
import { jurisdictions, units, users } from '../org';
import { honorCampaigns, honorNominations, honorObjections, honorQuotas } from './honors.tables';

/* Queries only: the services decide; every read that starts from a nomination takes the caller's scope condition. */

export type CampaignRow = typeof honorCampaigns.$inferSelect;

export function listCampaigns(db: Executor, scope: SQL | undefined) {
  return db.select().from(honorCampaigns).where(scope).orderBy(desc(honorCampaigns.year), desc(honorCampaigns.createdAt));
}

export async function findCampaign(db: Executor, id: string, scope: SQL | undefined, lock = false) {
  const query = db
    .select()
    .from(honorCampaigns)
    .where(and(eq(honorCampaigns.id, id), scope))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertCampaign(db: Executor, campaign: typeof honorCampaigns.$inferInsert, quotas: Array<{ unitId: string; quota: number }>) {
  await db.insert(honorCampaigns).values(campaign);
  await db.insert(honorQuotas).values(quotas.map((q) => ({ campaignId: campaign.id as string, ...q })));
}

export async function updateCampaign(db: Executor, id: string, version: number, values: Partial<typeof honorCampaigns.$inferInsert>, at: Date) {
  const [row] = await db
    .update(honorCampaigns)
    .set({ ...values, updatedAt: at, version: sql`${honorCampaigns.version} + 1` })
    .where(and(eq(honorCampaigns.id, id), eq(honorCampaigns.version, version)))
    .returning({ id: honorCampaigns.id });
  return row;
}

/** Units of a jurisdiction among the given ids: a quota can only go to a unit of the campaign's jurisdiction. */
export async function unitsOfJurisdiction(db: Executor, jurisdictionId: string, unitIds: string[]) {
  const rows = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.jurisdictionId, jurisdictionId), inArray(units.id, unitIds)));
  return new Set(rows.map((r) => r.id));
}

/** The jurisdiction's name and level, for the organ a notice is issued by. */
export async function findJurisdiction(db: Executor, id: string) {
  const [row] = await db.select({ name: jurisdictions.name, level: jurisdictions.level }).from(jurisdictions).where(eq(jurisdictions.id, id));
  return row ?? null;
}

export async function jurisdictionOf(db: Executor, unitId: string) {
  const [row] = await db.select({ jurisdictionId: units.jurisdictionId }).from(units).where(eq(units.id, unitId)).limit(1);
  return row?.jurisdictionId ?? null;
}

const holding = inArray(honorNominations.state, [...QUOTA_HOLDING_STATES]);

/** Each unit's quota with the places its nominations hold. */
export function quotasOf(db: Executor, campaignId: string) {
  return db
    .select({
      unitId: honorQuotas.unitId,
      unitName: units.name,
      quota: honorQuotas.quota,
      used: sql<number>`(select count(*)::int from ${honorNominations} where ${honorNominations.campaignId} = ${honorQuotas.campaignId} and ${honorNominations.unitId} = ${honorQuotas.unitId} and ${holding})`,
    })
    .from(honorQuotas)
    .innerJoin(units, eq(units.id, honorQuotas.unitId))
    .where(eq(honorQuotas.campaignId, campaignId))
    .orderBy(asc(units.path));
}

export async function quotaOf(db: Executor, campaignId: string, unitId: string) {
  const [row] = await db
    .select({ quota: honorQuotas.quota })
    .from(honorQuotas)
    .where(and(eq(honorQuotas.campaignId, campaignId), eq(honorQuotas.unitId, unitId)));
  return row?.quota ?? null;
}

export async function holdingCount(db: Executor, campaignId: string, unitId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(honorNominations)
    .where(and(eq(honorNominations.campaignId, campaignId), eq(honorNominations.unitId, unitId), holding));
  return row?.n ?? 0;
}

const openObjection = sql<boolean>`exists (select 1 from ${honorObjections} where ${honorObjections.nominationId} = ${honorNominations.id} and ${honorObjections.state} = 'OPEN')`;

const nominationColumns = {
  id: honorNominations.id,
  campaignId: honorNominations.campaignId,
  cadreId: honorNominations.cadreId,
  cadreName: cadres.name,
  unitId: honorNominations.unitId,
  unitName: units.name,
  post: cadres.post,
  deeds: honorNominations.deeds,
  evidence: honorNominations.evidence,
  state: honorNominations.state,
  refusals: honorNominations.refusals,
  reviewNote: honorNominations.reviewNote,
  suspended: openObjection,
  nominatedBy: sql<string>`coalesce(${users.displayName}, '')`,
  version: honorNominations.version,
};
export type NominationRow = Awaited<ReturnType<typeof listNominations>>[number];

function selectNominations(db: Executor) {
  return db
    .select(nominationColumns)
    .from(honorNominations)
    .innerJoin(cadres, eq(cadres.id, honorNominations.cadreId))
    .innerJoin(units, eq(units.id, honorNominations.unitId))
    .leftJoin(users, eq(users.id, honorNominations.nominatedBy));
}

export function listNominations(db: Executor, campaignId: string, scope: SQL | undefined, states?: readonly NominationState[]) {
  return selectNominations(db)
    .where(and(eq(honorNominations.campaignId, campaignId), states ? inArray(honorNominations.state, [...states]) : undefined, scope))
    .orderBy(asc(units.path), asc(honorNominations.createdAt));
}

export async function findNomination(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await selectNominations(db)
    .where(and(eq(honorNominations.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function isNominated(db: Executor, campaignId: string, cadreId: string) {
  const [row] = await db
    .select({ id: honorNominations.id })
    .from(honorNominations)
    .where(and(eq(honorNominations.campaignId, campaignId), eq(honorNominations.cadreId, cadreId)))
    .limit(1);
  return Boolean(row);
}

export async function insertNomination(db: Executor, values: typeof honorNominations.$inferInsert) {
  await db.insert(honorNominations).values(values);
}

export async function updateNomination(db: Executor, id: string, version: number | null, values: Partial<typeof honorNominations.$inferInsert>, at: Date) {
  const [row] = await db
    .update(honorNominations)
    .set({ ...values, updatedAt: at, version: sql`${honorNominations.version} + 1` })
    .where(and(eq(honorNominations.id, id), version === null ? undefined : eq(honorNominations.version, version)))
    .returning({ id: honorNominations.id });
  return row;
}

/** Moves every nomination of a campaign in one state to another (shortlisted → awarded on publication). */
export async function moveNominations(db: Executor, campaignId: string, from: NominationState, to: NominationState, at: Date) {
  return db
    .update(honorNominations)
    .set({ state: to, updatedAt: at, version: sql`${honorNominations.version} + 1` })
    .where(and(eq(honorNominations.campaignId, campaignId), eq(honorNominations.state, from)))
    .returning({ id: honorNominations.id, cadreId: honorNominations.cadreId });
}

export async function countNominations(db: Executor, campaignId: string, state: NominationState) {
  const [row] = await db
    .select({ n: count() })
    .from(honorNominations)
    .where(and(eq(honorNominations.campaignId, campaignId), eq(honorNominations.state, state)));
  return row?.n ?? 0;
}

/** The cadre (name, unit) when inside the scope condition. */
export async function findCadre(db: Executor, cadreId: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: cadres.id, name: cadres.name, unitId: cadres.unitId, jurisdictionId: units.jurisdictionId })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(cadres.id, cadreId), scope))
    .limit(1);
  return row ?? null;
}

/** What screening reads of the cadre's measures (the register's own columns for the rules). */
export function measuresOf(db: Executor, cadreId: string) {
  return db.select(MEASURE_FACT_COLUMNS).from(measures).where(eq(measures.cadreId, cadreId));
}

/** The most recent annual grade recorded for a year before `year`. */
export async function lastGradeBefore(db: Executor, cadreId: string, year: number) {
  const [row] = await db
    .select({ year: annualGrades.year, grade: annualGrades.grade })
    .from(annualGrades)
    .where(and(eq(annualGrades.cadreId, cadreId), lt(annualGrades.year, year)))
    .orderBy(desc(annualGrades.year))
    .limit(1);
  return row ?? null;
}

const objectionColumns = {
  id: honorObjections.id,
  nominationId: honorObjections.nominationId,
  campaignId: honorNominations.campaignId,
  campaignTitle: honorCampaigns.title,
  cadreName: cadres.name,
  realName: honorObjections.realName,
  content: honorObjections.content,
  state: honorObjections.state,
  answer: honorObjections.answer,
  filedAt: honorObjections.filedAt,
  resolvedAt: honorObjections.resolvedAt,
  version: honorObjections.version,
};
export type ObjectionRow = Awaited<ReturnType<typeof listObjections>>[number];

function selectObjections(db: Executor) {
  return db
    .select(objectionColumns)
    .from(honorObjections)
    .innerJoin(honorNominations, eq(honorNominations.id, honorObjections.nominationId))
    .innerJoin(honorCampaigns, eq(honorCampaigns.id, honorNominations.campaignId))
    .innerJoin(cadres, eq(cadres.id, honorNominations.cadreId));
}

export function listObjections(db: Executor, campaignId: string, scope: SQL | undefined) {
  return selectObjections(db)
    .where(and(eq(honorNominations.campaignId, campaignId), scope))
    .orderBy(asc(honorObjections.filedAt));
}

export async function findObjection(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await selectObjections(db)
    .where(and(eq(honorObjections.id, id), scope))
    .limit(1);
  return row ?? null;
}

export async function findObjectionByCode(db: Executor, codeHash: string) {
  const [row] = await selectObjections(db).where(eq(honorObjections.codeHash, codeHash)).limit(1);
  return row ?? null;
}

export async function identityOf(db: Executor, id: string) {
  const [row] = await db.select({ identityEnc: honorObjections.identityEnc }).from(honorObjections).where(eq(honorObjections.id, id));
  return row?.identityEnc ?? null;
}

export async function insertObjection(db: Executor, values: typeof honorObjections.$inferInsert) {
  await db.insert(honorObjections).values(values);
}

export async function updateObjection(db: Executor, id: string, version: number, values: Partial<typeof honorObjections.$inferInsert>) {
  const [row] = await db
    .update(honorObjections)
    .set({ ...values, version: sql`${honorObjections.version} + 1` })
    .where(and(eq(honorObjections.id, id), eq(honorObjections.version, version), eq(honorObjections.state, 'OPEN')))
    .returning({ id: honorObjections.id });
  return row;
}

export async function openObjectionCount(db: Executor, campaignId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(honorObjections)
    .innerJoin(honorNominations, eq(honorNominations.id, honorObjections.nominationId))
    .where(and(eq(honorNominations.campaignId, campaignId), eq(honorObjections.state, 'OPEN')));
  return row?.n ?? 0;
}

/** A cadre's honors: nominations awarded in published campaigns; `scope` is a condition on `cadres` (the timeline's). */
export function awardedHonorsOf(db: Executor, cadreId: string, scope?: SQL) {
  return db
    .select({
      campaignId: honorCampaigns.id,
      title: honorCampaigns.title,
      kind: honorCampaigns.kind,
      year: honorCampaigns.year,
      publishedOn: sql<string>`${honorCampaigns.publishedOn}`,
    })
    .from(honorNominations)
    .innerJoin(honorCampaigns, eq(honorCampaigns.id, honorNominations.campaignId))
    .innerJoin(cadres, eq(cadres.id, honorNominations.cadreId))
    .where(and(eq(honorNominations.cadreId, cadreId), eq(honorNominations.state, 'AWARDED'), scope))
    .orderBy(desc(honorCampaigns.publishedOn));
}

/** Honors published within a period, of the cadres a subquery names: the assessment's bonus items. */
export function honorsPublishedBetween(db: Executor, cadreIds: SQL, period: { from: string; to: string }) {
  return db
    .select({
      cadreId: honorNominations.cadreId,
      title: honorCampaigns.title,
      kind: honorCampaigns.kind,
      publishedOn: sql<string>`${honorCampaigns.publishedOn}`,
    })
    .from(honorNominations)
    .innerJoin(honorCampaigns, eq(honorCampaigns.id, honorNominations.campaignId))
    .where(
      and(
        sql`${honorNominations.cadreId} in (${cadreIds})`,
        eq(honorNominations.state, 'AWARDED'),
        sql`${honorCampaigns.publishedOn} between ${period.from} and ${period.to}`,
      ),
    )
    .orderBy(asc(honorCampaigns.publishedOn));
}
