import type { GradedCycle, GradedMember } from '@dandang/shared/assessment/grade-cycle.rules';
import type { ScoreEntries } from '@dandang/shared/assessment/result.schema';
import type { ScoreBreakdown } from '@dandang/shared/assessment/score.rules';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { affectedRows } from '../../platform/db/affected-rows';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { units, unitTreeOrder } from '../org';
import { assessmentCycles, assessmentParticipants } from './cycles.tables';
import { assessmentGrades, assessmentObjections, assessmentPools, assessmentResults } from './results.tables';

export type ResultRow = Awaited<ReturnType<typeof listResults>>[0][number];

/** Rows added at once past which the planner's statistics are refreshed rather than left to autovacuum. */
const RESTATED_FROM = 10_000;

/** A result row for every participant, made when the cycle opens. */
export async function insertResults(db: Executor, cycleId: string) {
  const inserted = await db.execute(sql`insert into ${assessmentResults} (participant_id, cycle_id)
    select id, cycle_id from ${assessmentParticipants} where cycle_id = ${cycleId}`);
  // A county-wide cycle doubles these tables in one statement; until the statistics know it, the planner reads a
  // cycle's rows one index probe at a time (nested loops over 100,000 rows) instead of hashing them.
  if (affectedRows(inserted) >= RESTATED_FROM) {
    await db.execute(sql`analyze ${assessmentParticipants}, ${assessmentResults}`);
  }
}

const columns = {
  participantId: assessmentParticipants.id,
  cycleId: assessmentParticipants.cycleId,
  category: assessmentParticipants.category,
  unitId: assessmentParticipants.unitId,
  unitName: units.name,
  cadreId: assessmentParticipants.cadreId,
  cadreName: cadres.name,
  post: cadres.post,
  result: assessmentResults,
  grading: assessmentGrades,
  poolQuota: assessmentPools.quota,
  poolReasons: assessmentPools.reasons,
  openObjections: sql<number>`(select count(*)::int from ${assessmentObjections} o
    where o.participant_id = ${assessmentParticipants.id} and o.state = 'OPEN')`,
};

function selectResults(db: Executor) {
  return db
    .select(columns)
    .from(assessmentParticipants)
    .innerJoin(assessmentResults, eq(assessmentResults.participantId, assessmentParticipants.id))
    .innerJoin(units, eq(units.id, assessmentParticipants.unitId))
    .leftJoin(cadres, eq(cadres.id, assessmentParticipants.cadreId))
    .leftJoin(assessmentGrades, eq(assessmentGrades.participantId, assessmentParticipants.id))
    .leftJoin(assessmentPools, and(eq(assessmentPools.cycleId, assessmentGrades.cycleId), eq(assessmentPools.poolKey, assessmentGrades.poolKey)));
}

export interface ResultFilter {
  category?: string;
  unitId?: string;
  grade?: string;
  scoreFrom?: number;
  scoreTo?: number;
  scope?: SQL;
}

// Grade and score are tested through subqueries so the count query needs no joins.
const gradeIs = (grade: string) =>
  grade === 'NONE'
    ? sql`not exists (select 1 from ${assessmentGrades} g where g.participant_id = ${assessmentParticipants.id} and g.status = 'GRADED')`
    : sql`exists (select 1 from ${assessmentGrades} g where g.participant_id = ${assessmentParticipants.id} and g.status = 'GRADED' and g.grade = ${grade})`;
const scoreFrom = (from: number) =>
  sql`exists (select 1 from ${assessmentResults} r where r.participant_id = ${assessmentParticipants.id} and r.final_hundredths >= ${Math.ceil(from * 100)})`;
const scoreBelow = (to: number) =>
  sql`exists (select 1 from ${assessmentResults} r where r.participant_id = ${assessmentParticipants.id} and r.final_hundredths < ${Math.ceil(to * 100)})`;

function where(cycleId: string, f: ResultFilter) {
  return and(
    eq(assessmentParticipants.cycleId, cycleId),
    f.category ? eq(assessmentParticipants.category, f.category) : undefined,
    f.unitId ? eq(assessmentParticipants.unitId, f.unitId) : undefined,
    f.grade ? gradeIs(f.grade) : undefined,
    f.scoreFrom !== undefined ? scoreFrom(f.scoreFrom) : undefined,
    f.scoreTo !== undefined ? scoreBelow(f.scoreTo) : undefined,
    f.scope,
  );
}

/**
 * Results in the order lists show them: by category; cadres by unit, then score (best first) and name; units and
 * leadership teams, each category graded as one pool, by score alone, so their list reads as their ranking.
 */
export function listResults(db: Executor, cycleId: string, f: ResultFilter, page: { limit: number; offset: number }) {
  const condition = where(cycleId, f);
  return Promise.all([
    selectResults(db)
      .where(condition)
      // Names and paths compared byte by byte, as grading orders them: equal scores stand in the order that settled
      // their tie, on either engine and whatever the database's collation.
      .orderBy(
        asc(assessmentParticipants.category),
        sql`case when ${assessmentParticipants.cadreId} is null then ${assessmentResults.finalHundredths} end desc nulls last`,
        unitTreeOrder,
        sql`${assessmentResults.finalHundredths} desc nulls last`,
        sql`${cadres.name} collate "C"`,
        asc(assessmentParticipants.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(assessmentParticipants).where(condition),
  ]);
}

/** A cadre's own results in the cycles that have reached the notice (their grades are no longer drafts). */
export function resultsOfCadre(db: Executor, cadreId: string) {
  return selectResults(db)
    .innerJoin(assessmentCycles, eq(assessmentCycles.id, assessmentParticipants.cycleId))
    .where(and(eq(assessmentParticipants.cadreId, cadreId), inArray(assessmentCycles.state, ['NOTICE', 'PUBLISHED'])))
    .orderBy(desc(assessmentCycles.year), desc(assessmentCycles.createdAt));
}

export async function findResult(db: Executor, participantId: string, scope?: SQL): Promise<ResultRow | null> {
  const [row] = await selectResults(db)
    .where(and(eq(assessmentParticipants.id, participantId), scope))
    .limit(1);
  return row ?? null;
}

/** What a cadre's registration form prints from the registry: codes, labelled through the dictionaries. */
export async function cadreFacts(db: Executor, cadreId: string) {
  const [row] = await db
    .select({
      gender: cadres.gender,
      birthDate: cadres.birthDate,
      politicalStatus: cadres.politicalStatus,
      education: cadres.education,
      rankSince: cadres.rankSince,
    })
    .from(cadres)
    .where(eq(cadres.id, cadreId))
    .limit(1);
  return row ?? null;
}

type ResultValues = Partial<Omit<typeof assessmentResults.$inferInsert, 'participantId' | 'cycleId' | 'version'>>;

/** Saves where the version still matches what the caller read. */
export async function updateResult(db: Executor, participantId: string, version: number, values: ResultValues, at: Date) {
  const [row] = await db
    .update(assessmentResults)
    .set({ ...values, updatedAt: at, version: sql`${assessmentResults.version} + 1` })
    .where(and(eq(assessmentResults.participantId, participantId), eq(assessmentResults.version, version)))
    .returning({ participantId: assessmentResults.participantId });
  return row;
}

export interface ComputedScore {
  participantId: string;
  breakdown: ScoreBreakdown;
  digest: string;
  finalHundredths: number | null;
}

/** Stores recomputed scores in one statement per thousand rows. */
export async function saveScores(db: Executor, scores: readonly ComputedScore[], at: Date) {
  for (let i = 0; i < scores.length; i += 1000) {
    const chunk = scores.slice(i, i + 1000);
    await db.execute(sql`update ${assessmentResults} r set
        breakdown = s.breakdown, inputs_digest = s.digest, final_hundredths = s.final, updated_at = ${at}, version = r.version + 1
      from jsonb_to_recordset(${JSON.stringify(chunk.map((c) => ({ id: c.participantId, breakdown: c.breakdown, digest: c.digest, final: c.finalHundredths })))}::jsonb)
        as s(id uuid, breakdown jsonb, digest text, final int)
      where r.participant_id = s.id`);
  }
}

/** Stores proposals as both the proposed and the current grade, clearing earlier changes, and the cycle's pools. */
export async function saveProposals(db: Executor, cycleId: string, graded: GradedCycle) {
  await db.delete(assessmentPools).where(eq(assessmentPools.cycleId, cycleId));
  for (let i = 0; i < graded.pools.length; i += 2000) {
    const chunk = graded.pools.slice(i, i + 2000);
    await db.insert(assessmentPools).values(chunk.map((p) => ({ cycleId, poolKey: p.key, participants: p.participants, quota: p.quota, reasons: p.reasons })));
  }
  await db.delete(assessmentGrades).where(eq(assessmentGrades.cycleId, cycleId));
  // Column arrays, one per field, unnested by the server: cheaper to send and to read than the same rows as JSON.
  for (let i = 0; i < graded.members.length; i += 20000) {
    const chunk = graded.members.slice(i, i + 20000);
    const column = (pick: (g: GradedMember) => unknown) => sql.param(chunk.map(pick));
    await db.execute(sql`insert into ${assessmentGrades} (participant_id, cycle_id, pool_key, status, proposed_grade, grade, rank, reasons)
      select s.id, ${cycleId}, s.pool, s.status, s.grade, s.grade, s.rank, s.reasons::jsonb
      from unnest(${column((g) => g.participantId)}::uuid[], ${column((g) => g.poolKey)}::text[], ${column((g) => g.status)}::text[],
        ${column((g) => g.grade)}::text[], ${column((g) => g.rank)}::int[], ${column((g) => JSON.stringify(g.reasons))}::text[])
        as s(id, pool, status, grade, rank, reasons)`);
  }
}

/** A grade decided by hand, with its reason. */
export async function changeGrade(db: Executor, participantId: string, grade: string | null, changeReason: string) {
  await db.update(assessmentGrades).set({ grade, changeReason }).where(eq(assessmentGrades.participantId, participantId));
}

/**
 * Locks a quota pool's row for the rest of the transaction and answers its quota: changes within one pool queue
 * behind it, so each counts the pool's grades as the one before it left them.
 */
export async function lockPool(db: Executor, cycleId: string, poolKey: string): Promise<number | null> {
  const [row] = await db
    .select({ quota: assessmentPools.quota })
    .from(assessmentPools)
    .where(and(eq(assessmentPools.cycleId, cycleId), eq(assessmentPools.poolKey, poolKey)))
    .for('update');
  return row?.quota ?? null;
}

/** The grades of a quota pool, except one participant's. */
export async function poolGrades(db: Executor, cycleId: string, poolKey: string, except: string): Promise<Array<string | null>> {
  const rows = await db
    .select({ grade: assessmentGrades.grade })
    .from(assessmentGrades)
    .where(and(eq(assessmentGrades.cycleId, cycleId), eq(assessmentGrades.poolKey, poolKey), sql`${assessmentGrades.participantId} <> ${except}`));
  return rows.map((r) => r.grade);
}

/** How many results of a cycle are still without a final score (those graded at all). */
export async function incompleteScores(db: Executor, cycleId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(assessmentResults)
    .where(and(eq(assessmentResults.cycleId, cycleId), sql`${assessmentResults.finalHundredths} is null`));
  return row?.n ?? 0;
}

function selectObjections(db: Executor) {
  return db
    .select({ objection: assessmentObjections, cadreName: cadres.name, unitName: units.name })
    .from(assessmentObjections)
    .innerJoin(assessmentParticipants, eq(assessmentParticipants.id, assessmentObjections.participantId))
    .innerJoin(units, eq(units.id, assessmentParticipants.unitId))
    .leftJoin(cadres, eq(cadres.id, assessmentParticipants.cadreId));
}
export type ObjectionRow = Awaited<ReturnType<typeof objectionsOf>>[number];

export function objectionsOf(db: Executor, cycleId: string, scope: SQL | undefined) {
  return selectObjections(db)
    .where(and(eq(assessmentObjections.cycleId, cycleId), scope))
    .orderBy(asc(assessmentObjections.createdAt));
}

export async function insertObjection(db: Executor, values: typeof assessmentObjections.$inferInsert): Promise<string> {
  const [row] = await db.insert(assessmentObjections).values(values).returning({ id: assessmentObjections.id });
  return (row as { id: string }).id;
}

/** Settles an open objection where the version still matches what the caller read. */
export async function resolveObjection(db: Executor, id: string, version: number, values: { state: string; resolution: string; resolvedAt: Date }) {
  const [row] = await db
    .update(assessmentObjections)
    .set({ ...values, version: sql`${assessmentObjections.version} + 1` })
    .where(and(eq(assessmentObjections.id, id), eq(assessmentObjections.version, version), eq(assessmentObjections.state, 'OPEN')))
    .returning({ id: assessmentObjections.id });
  return row;
}

export async function findObjection(db: Executor, id: string): Promise<ObjectionRow | null> {
  const [row] = await selectObjections(db).where(eq(assessmentObjections.id, id)).limit(1);
  return row ?? null;
}

/** Objections that keep a cycle from publishing: open ones, and upheld ones whose candidate still holds the grade. */
export async function blockingObjections(db: Executor, cycleId: string, top: string): Promise<number> {
  const result = (await db.execute(sql`select count(*)::int as n from ${assessmentObjections} o
    join ${assessmentGrades} r on r.participant_id = o.participant_id
    where o.cycle_id = ${cycleId} and (o.state = 'OPEN' or (o.state = 'UPHELD' and r.grade = ${top}))`)) as unknown as { rows: Array<{ n: number }> };
  return Number(result.rows[0]?.n ?? 0);
}

export interface GradingRow {
  participantId: string;
  category: string;
  unitId: string;
  parentId: string | null;
  unitName: string;
  cadreId: string | null;
  cadreName: string | null;
  entriesHash: string;
  digest: string | null;
  finalHundredths: number | null;
}

/**
 * What entering the grading stage reads of each participant: where it sits, who it is, its entries' hash and its
 * score, in list order (unit tree, then name), which settles ties (ADR 0015).
 */
export async function gradingRows(db: Executor, cycleId: string): Promise<GradingRow[]> {
  // The rows are joined first and sorted after (a materialized CTE). Left to itself, the planner sorts the
  // participants and then looks up each result by its key, 100,000 index probes, whenever bulk scoring has left the
  // results' statistics counting dead rows. Names and paths compare byte by byte, so both engines agree on the order.
  const result = (await db.execute(sql`with rows as materialized (
      select p.id, p.category, p.unit_id, u.parent_id, u.name as unit_name, u.path, p.cadre_id, c.name as cadre_name,
        r.entries_hash, r.inputs_digest, r.final_hundredths
      from ${assessmentParticipants} p
      join ${assessmentResults} r on r.participant_id = p.id
      join ${units} u on u.id = p.unit_id
      left join ${cadres} c on c.id = p.cadre_id
      where p.cycle_id = ${cycleId})
    select id as "participantId", category, unit_id as "unitId", parent_id as "parentId", unit_name as "unitName",
      cadre_id as "cadreId", cadre_name as "cadreName", entries_hash as "entriesHash", inputs_digest as "digest",
      final_hundredths as "finalHundredths"
    from rows order by path using ~<~, cadre_name collate "C", id`)) as unknown as { rows: GradingRow[] };
  return result.rows;
}

/** The typed entries of the results named, read a chunk at a time. */
export async function entriesOf(db: Executor, participantIds: readonly string[]): Promise<Map<string, ScoreEntries>> {
  const found = new Map<string, ScoreEntries>();
  for (let i = 0; i < participantIds.length; i += 5000) {
    const rows = await db
      .select({ id: assessmentResults.participantId, entries: assessmentResults.entries })
      .from(assessmentResults)
      .where(inArray(assessmentResults.participantId, participantIds.slice(i, i + 5000)));
    for (const row of rows) found.set(row.id, row.entries);
  }
  return found;
}

/** The cadres a cycle assesses, as a subquery for the signal sources and the measures register. */
export function cadresOf(cycleId: string): SQL {
  return sql`select ${assessmentParticipants.cadreId} from ${assessmentParticipants} where ${assessmentParticipants.cycleId} = ${cycleId} and ${assessmentParticipants.cadreId} is not null`;
}

/** The units assessed as units (or by their leadership teams) in a cycle, as a subquery for the indicator feeds. */
export function unitsOf(cycleId: string): SQL {
  return sql`select ${assessmentParticipants.unitId} from ${assessmentParticipants} where ${assessmentParticipants.cycleId} = ${cycleId} and ${assessmentParticipants.cadreId} is null`;
}
