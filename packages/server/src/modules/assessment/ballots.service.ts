import { answerIssues, isSuspicious, tallySubject } from '@dandang/shared/assessment/ballot.rules';
import {
  type BallotFormView,
  type BallotLevel,
  type BallotSessionView,
  type createBallotSessionBody,
  normalizeBallotCode,
} from '@dandang/shared/assessment/ballot.schema';
import { RATER_GROUPS, type RaterGroup, type SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import { newQueryCode } from '../../platform/crypto/query-code';
import { sm3 } from '../../platform/crypto/sm';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { effectiveDocument } from '../policy';
import * as repo from './ballots.repository';
import * as cycles from './cycles.repository';
import { participantScope } from './participant-scope';
import * as schemes from './schemes.repository';

/*
 * Democratic evaluation (民主测评). The organizers make one-time codes per rater group for a unit of an open cycle;
 * the plain codes are answered once and only their SM3 hashes are kept. A code opens the ballot without an account,
 * and casting it uses the code and stores the ballot in one statement, so a code casts at most one ballot. Ballots
 * carry no code, no time and no audit row: nothing links a ballot to whoever held its code (ADR 0014).
 */

const subjectName = (s: { name: string | null; category: string }, unitName: string) =>
  s.name ?? (s.category === 'LEADERSHIP_TEAM' ? `${unitName}领导班子` : unitName);

/** Each category's rater groups and weights, from the scheme the cycle assesses it by. */
async function raterGroupsByCategory(db: Executor, cycleId: string) {
  const { schemes: chosen } = await cycles.partsOf(db, [cycleId]);
  const byCategory = new Map<string, Array<{ group: RaterGroup; weight: number }>>();
  for (const entry of chosen) byCategory.set(entry.category, (await schemes.findScheme(db, entry.schemeId))?.raterGroups ?? []);
  return byCategory;
}

async function present(db: Executor, row: NonNullable<Awaited<ReturnType<typeof repo.findSession>>>): Promise<BallotSessionView> {
  const turnout = await repo.turnout(db, row.session.id);
  return {
    id: row.session.id,
    cycleId: row.session.cycleId,
    unitId: row.session.unitId,
    unitName: row.unitName,
    status: row.session.status as BallotSessionView['status'],
    minValidPerGroup: row.session.minValidPerGroup,
    // In the scheme editor's order of groups: 上级, 同级, 下级, 服务对象.
    turnout: turnout.map((t) => ({ ...t, group: t.group as RaterGroup })).sort((a, b) => RATER_GROUPS.indexOf(a.group) - RATER_GROUPS.indexOf(b.group)),
    version: row.session.version,
  };
}

async function requireSession(db: Executor, id: string) {
  const row = await repo.findSession(db, id);
  if (!row) throw notFound();
  return row;
}

export async function createBallotSession(db: Db, ctx: RequestContext, cycleId: string, body: z.output<typeof createBallotSessionBody>) {
  const cycle = await cycles.findCycle(db, cycleId);
  if (!cycle) throw notFound();
  if (cycle.state !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '只有处于“填报”阶段的考核周期可以组织民主测评');
  const subjects = await repo.subjectsOf(db, cycleId, body.unitId);
  const issues: FieldIssue[] = [];
  if (subjects.length === 0) issues.push({ path: 'unitId', message: '该单位在本周期没有考核对象' });
  const byCategory = await raterGroupsByCategory(db, cycleId);
  const allowed = new Set(subjects.flatMap((s) => (byCategory.get(s.category) ?? []).map((g) => g.group)));
  body.groups.forEach((g, i) => {
    if (subjects.length > 0 && !allowed.has(g.group)) issues.push({ path: `groups.${i}.group`, message: '考核方案没有设置这个测评组' });
  });
  if (new Set(body.groups.map((g) => g.group)).size !== body.groups.length) issues.push({ path: 'groups', message: '测评组重复' });
  // The policy's minimum is a floor: a session may ask for more valid ballots, never fewer.
  const floor = (await effectiveDocument(db, chinaDateOf(ctx.now))).assessment.minValidBallots;
  const minValidPerGroup = body.minValidPerGroup ?? floor;
  if (minValidPerGroup < floor) issues.push({ path: 'minValidPerGroup', message: `每组最少有效票数不能少于政策规定的 ${floor} 票` });
  if (issues.length > 0) throw validationError(issues);
  if (await repo.sessionExists(db, cycleId, body.unitId)) throw new DomainError('DUPLICATE', undefined, '该单位在本周期已组织过民主测评');

  const codes = body.groups.flatMap((g) => Array.from({ length: g.codes }, () => ({ group: g.group, code: newQueryCode() })));
  return db.transaction(async (tx) => {
    const id = await repo.insertSession(tx, { cycleId, unitId: body.unitId, minValidPerGroup, createdAt: ctx.now });
    await repo.insertCodes(
      tx,
      id,
      codes.map((c) => ({ codeHash: sm3(c.code), raterGroup: c.group })),
    );
    // The audit row says how many codes were made, never which.
    await recordAudit(tx, ctx, {
      action: 'ballot_session.create',
      entity: 'ballot_session',
      entityId: id,
      changes: {
        unitId: { before: null, after: body.unitId },
        codes: { before: null, after: body.groups },
        minValidPerGroup: { before: null, after: minValidPerGroup },
      },
    });
    return { ...(await present(tx, await requireSession(tx, id))), codes };
  });
}

export async function listBallotSessions(db: Db, cycleId: string) {
  if (!(await cycles.findCycle(db, cycleId))) throw notFound();
  return Promise.all((await repo.listSessions(db, cycleId)).map((row) => present(db, row)));
}

export async function closeBallotSession(db: Db, ctx: RequestContext, id: string, version: number) {
  const before = await requireSession(db, id);
  if (before.session.status !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '该民主测评已经结束');
  return db.transaction(async (tx) => {
    requireUpdated(await repo.closeSession(tx, id, version, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'ballot_session.close',
      entity: 'ballot_session',
      entityId: id,
      changes: { status: { before: 'OPEN', after: 'CLOSED' } },
    });
    return present(tx, await requireSession(tx, id));
  });
}

async function openedBy(db: Executor, code: string) {
  const opened = await repo.openCode(db, sm3(normalizeBallotCode(code)));
  if (!opened) throw new DomainError('BALLOT_CODE_INVALID');
  return opened;
}

/** The ballot a code opens: who is rated, by which group; the same answer for a forged, a used and a closed code. */
export async function openBallot(db: Db, code: string): Promise<BallotFormView> {
  const opened = await openedBy(db, code);
  const subjects = await repo.subjectsOf(db, opened.session.cycleId, opened.session.unitId);
  return {
    cycleName: opened.cycleName,
    unitName: opened.unitName,
    group: opened.raterGroup as RaterGroup,
    subjects: subjects.map((s) => ({ id: s.id, name: subjectName(s, opened.unitName), post: s.post ?? '' })),
  };
}

/**
 * Casts a ballot. The happy path is one statement that checks the code and the answers and stores the ballot; only
 * when it stores nothing is the code looked up again, to say whether the code or the answers were wrong.
 */
export async function castBallot(db: Db, body: { code: string; answers: Record<string, BallotLevel> }): Promise<{ accepted: true }> {
  const codeHash = sm3(normalizeBallotCode(body.code));
  if (await repo.castBallot(db, codeHash, body.answers, isSuspicious(body.answers))) return { accepted: true };
  const opened = await openedBy(db, body.code);
  const subjects = await repo.subjectsOf(db, opened.session.cycleId, opened.session.unitId);
  const { missing, unknown } = answerIssues(
    subjects.map((s) => s.id),
    body.answers,
  );
  // Used or closed in the meantime: the same answer as for any code that cannot be used.
  if (missing.length === 0 && unknown.length === 0) throw new DomainError('BALLOT_CODE_INVALID');
  throw validationError([
    ...missing.map((id) => ({
      path: `answers.${id}`,
      message: `请评价${subjectName(subjects.find((s) => s.id === id) as (typeof subjects)[number], opened.unitName)}`,
    })),
    ...unknown.map((id) => ({ path: `answers.${id}`, message: '不是本测评的测评对象' })),
  ]);
}

/** Each subject's democratic score with its groups and reasons, for the subjects the reader's scope shows. */
export async function tallyBallotSession(db: Db, ctx: RequestContext, id: string) {
  const row = await requireSession(db, id);
  const scope = participantScope(ctx, 'assessment.result.read');
  const subjects = await repo.subjectsOf(db, row.session.cycleId, row.session.unitId, scope);
  if (subjects.length === 0) throw notFound();
  const byCategory = await raterGroupsByCategory(db, row.session.cycleId);
  const ballots = (await repo.ballotsOf(db, id)).map((b) => ({ group: b.group as RaterGroup, answers: b.answers }));
  return {
    session: await present(db, row),
    subjects: subjects.map((s) => ({
      id: s.id,
      category: s.category as SchemeCategory,
      name: subjectName(s, row.unitName),
      ...tallySubject(s.id, byCategory.get(s.category) ?? [], ballots, row.session.minValidPerGroup),
    })),
  };
}

/**
 * The democratic score of every subject of the cycle's closed evaluations (or of one unit's), by participant id; a
 * subject of an evaluation still open, or of none, is absent. Scoring reads it; the tally screen shows the same.
 */
export async function democraticScores(db: Executor, cycleId: string, unitId?: string): Promise<Map<string, number | null>> {
  const sessions = (await repo.listSessions(db, cycleId)).filter((s) => s.session.status === 'CLOSED' && (!unitId || s.session.unitId === unitId));
  const scores = new Map<string, number | null>();
  if (sessions.length === 0) return scores;
  const byCategory = await raterGroupsByCategory(db, cycleId);
  for (const { session } of sessions) {
    const ballots = (await repo.ballotsOf(db, session.id)).map((b) => ({ group: b.group as RaterGroup, answers: b.answers }));
    for (const s of await repo.subjectsOf(db, cycleId, session.unitId)) {
      scores.set(s.id, tallySubject(s.id, byCategory.get(s.category) ?? [], ballots, session.minValidPerGroup).score);
    }
  }
  return scores;
}
