import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres } from '../cadres';
import { units } from '../org';
import { assessmentBallotCodes, assessmentBallotSessions, assessmentBallots } from './ballots.tables';
import { assessmentCycles, assessmentParticipants } from './cycles.tables';

export type SessionRow = typeof assessmentBallotSessions.$inferSelect;

export function listSessions(db: Executor, cycleId: string) {
  return db
    .select({ session: assessmentBallotSessions, unitName: units.name })
    .from(assessmentBallotSessions)
    .innerJoin(units, eq(units.id, assessmentBallotSessions.unitId))
    .where(eq(assessmentBallotSessions.cycleId, cycleId))
    .orderBy(asc(units.path));
}

export async function findSession(db: Executor, id: string) {
  const [row] = await db
    .select({ session: assessmentBallotSessions, unitName: units.name })
    .from(assessmentBallotSessions)
    .innerJoin(units, eq(units.id, assessmentBallotSessions.unitId))
    .where(eq(assessmentBallotSessions.id, id))
    .limit(1);
  return row ?? null;
}

export async function sessionExists(db: Executor, cycleId: string, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assessmentBallotSessions.id })
    .from(assessmentBallotSessions)
    .where(and(eq(assessmentBallotSessions.cycleId, cycleId), eq(assessmentBallotSessions.unitId, unitId)))
    .limit(1);
  return Boolean(row);
}

export async function insertSession(db: Executor, values: typeof assessmentBallotSessions.$inferInsert): Promise<string> {
  const [row] = await db.insert(assessmentBallotSessions).values(values).returning({ id: assessmentBallotSessions.id });
  return (row as { id: string }).id;
}

export async function insertCodes(db: Executor, sessionId: string, codes: ReadonlyArray<{ codeHash: string; raterGroup: string }>) {
  for (let i = 0; i < codes.length; i += 1000) {
    await db.insert(assessmentBallotCodes).values(codes.slice(i, i + 1000).map((c) => ({ ...c, sessionId })));
  }
}

/** Codes made and used, and suspicious ballots, per group. */
export async function turnout(db: Executor, sessionId: string) {
  const issued = await db
    .select({ group: assessmentBallotCodes.raterGroup, issued: count(), cast: sql<number>`count(*) filter (where ${assessmentBallotCodes.used})::int` })
    .from(assessmentBallotCodes)
    .where(eq(assessmentBallotCodes.sessionId, sessionId))
    .groupBy(assessmentBallotCodes.raterGroup);
  const flagged = await db
    .select({ group: assessmentBallots.raterGroup, n: count() })
    .from(assessmentBallots)
    .where(and(eq(assessmentBallots.sessionId, sessionId), eq(assessmentBallots.suspicious, true)))
    .groupBy(assessmentBallots.raterGroup);
  return issued.map((g) => ({ ...g, suspicious: flagged.find((f) => f.group === g.group)?.n ?? 0 }));
}

/** The session an unused code opens, while the session is open; null for a forged, used or closed one. */
export async function openCode(db: Executor, codeHash: string) {
  const [row] = await db
    .select({ session: assessmentBallotSessions, raterGroup: assessmentBallotCodes.raterGroup, cycleName: assessmentCycles.name, unitName: units.name })
    .from(assessmentBallotCodes)
    .innerJoin(assessmentBallotSessions, eq(assessmentBallotSessions.id, assessmentBallotCodes.sessionId))
    .innerJoin(assessmentCycles, eq(assessmentCycles.id, assessmentBallotSessions.cycleId))
    .innerJoin(units, eq(units.id, assessmentBallotSessions.unitId))
    .where(and(eq(assessmentBallotCodes.codeHash, codeHash), eq(assessmentBallotCodes.used, false), eq(assessmentBallotSessions.status, 'OPEN')))
    .limit(1);
  return row ?? null;
}

/** Who a session's ballot rates: the cycle's participants in its unit, people first, then the leadership team or the unit. */
export function subjectsOf(db: Executor, cycleId: string, unitId: string, scope?: SQL) {
  return db
    .select({ id: assessmentParticipants.id, category: assessmentParticipants.category, name: cadres.name, post: cadres.post })
    .from(assessmentParticipants)
    .leftJoin(cadres, eq(cadres.id, assessmentParticipants.cadreId))
    .where(and(eq(assessmentParticipants.cycleId, cycleId), eq(assessmentParticipants.unitId, unitId), scope))
    .orderBy(sql`${assessmentParticipants.cadreId} is null`, asc(cadres.name));
}

/**
 * Uses the code and stores the ballot in one statement, only when the answers rate exactly the ballot's subjects:
 * two submissions of one code cannot both find it unused, so exactly one ballot is stored. Answers the new ballot's
 * id, or null when nothing was stored (the code unusable, or the answers not matching; the caller tells which).
 */
export async function castBallot(db: Executor, codeHash: string, answers: Record<string, string>, suspicious: boolean): Promise<string | null> {
  // The answers are read once (given); the ballot's subjects are the cycle's participants in the session's unit.
  const subjects = sql`from ${assessmentParticipants} p where p.cycle_id = t.cycle_id and p.unit_id = t.unit_id`;
  const result = (await db.execute(sql`
    with given as (select a as answers, (select count(*) from jsonb_object_keys(a)) as n from (select ${JSON.stringify(answers)}::jsonb as a) sent),
    target as (
      select c.code_hash, s.cycle_id, s.unit_id from ${assessmentBallotCodes} c join ${assessmentBallotSessions} s on s.id = c.session_id
      where c.code_hash = ${codeHash} and not c.used and s.status = 'OPEN'
    ), checked as (
      select t.code_hash from target t, given g
      where (select count(*) ${subjects}) = g.n and (select count(*) ${subjects} and g.answers ? p.id::text) = g.n
    ), used as (
      update ${assessmentBallotCodes} c set used = true from checked where c.code_hash = checked.code_hash and not c.used
      returning c.session_id, c.rater_group
    )
    insert into ${assessmentBallots} (session_id, rater_group, answers, suspicious)
    select used.session_id, used.rater_group, g.answers, ${suspicious} from used, given g
    returning id`)) as unknown as { rows: Array<{ id: string }> };
  return result.rows[0]?.id ?? null;
}

export function ballotsOf(db: Executor, sessionId: string) {
  return db
    .select({ group: assessmentBallots.raterGroup, answers: assessmentBallots.answers })
    .from(assessmentBallots)
    .where(eq(assessmentBallots.sessionId, sessionId));
}

export async function closeSession(db: Executor, id: string, version: number, at: Date) {
  const [row] = await db
    .update(assessmentBallotSessions)
    .set({ status: 'CLOSED', closedAt: at, version: sql`${assessmentBallotSessions.version} + 1` })
    .where(and(eq(assessmentBallotSessions.id, id), eq(assessmentBallotSessions.version, version), eq(assessmentBallotSessions.status, 'OPEN')))
    .returning({ id: assessmentBallotSessions.id });
  return row;
}
