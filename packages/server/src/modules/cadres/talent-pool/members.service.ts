import type { MemberStatus } from '@dandang/shared/cadres/talent-pool.schema';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { TalentLevel } from '@dandang/shared/policy/policy.schema';
import type { Reason } from '@dandang/shared/rules/reason';
import { poolEligibility } from '@dandang/shared/rules/talent-pool.rules';
import { diffFields, recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db, Executor } from '../../../platform/db/client';
import { violatesUnique } from '../../../platform/db/pg-error';
import { DomainError, notFound, validationError } from '../../../platform/errors';
import { requireUpdated } from '../../../platform/versioning';
import { findScopedCadre } from '../measures.repository';
import { loadFacts, maxAgeByLevelOn, memberScope, presentMember } from './pool-facts';
import { requirePool } from './pools.service';
import * as repo from './talent-pool.repository';

const AUDITED = ['status', 'reason', 'decidedByName', 'decisionNote', 'enteredOn', 'exitedOn', 'exitReason', 'exitNote'] as const;
const OPEN_ENTRY_INDEX = 'talent_pool_members_open_uq';

const duplicateEntry = () =>
  new DomainError('DUPLICATE', { fields: [{ path: 'cadreId', message: '已在本库中' }] }, '该干部在本人才库中已有待审批或在库记录，不能重复推荐');

/** Two nominations racing past the check still meet the partial unique index: a duplicate, not a server fault. */
function asDuplicateEntry(error: unknown): unknown {
  return violatesUnique(error, OPEN_ENTRY_INDEX) ? duplicateEntry() : error;
}

function notEligible(reasons: Reason[]) {
  return new DomainError('STATE_CONFLICT', { reasons }, `不符合入库条件：${reasons.map((r) => r.text).join('；')}`);
}

/** The entry rule for one cadre and one pool level on `asOf`, under the policy in force that day. */
async function entryReasons(db: Executor, cadreId: string, level: TalentLevel, asOf: string): Promise<Reason[]> {
  const facts = (await loadFacts(db, [cadreId])).get(cadreId);
  if (!facts) throw notFound();
  const maxAgeByLevel = await maxAgeByLevelOn(db, asOf);
  return poolEligibility({ birthDate: facts.birthDate, asOf, level, maxAgeByLevel, recentGrades: facts.grades, measures: facts.measures }).reasons;
}

export async function listMembers(db: Db, ctx: RequestContext, poolId: string, filter: repo.MemberFilter) {
  await requirePool(db, poolId);
  const page = await repo.listMembers(db, poolId, memberScope(ctx, 'talent_pool.read'), filter);
  return { items: page.items.map(presentMember), total: page.total };
}

async function memberAfter(tx: Executor, id: string) {
  return presentMember((await repo.findMember(tx, id, undefined)) as repo.MemberRow);
}

/** Nominates a cadre (推荐入库) with reasons: the cadre must be in the nominator's scope and pass the entry rule today. */
export async function nominate(db: Db, ctx: RequestContext, poolId: string, body: { cadreId: string; reason: string }) {
  const pool = await requirePool(db, poolId);
  if (!pool.active) throw new DomainError('STATE_CONFLICT', undefined, '该人才库已停用，不能推荐入库');
  if (!(await findScopedCadre(db, body.cadreId, memberScope(ctx, 'talent_pool.nominate')))) throw notFound();
  if (await repo.findOpenEntry(db, poolId, body.cadreId)) throw duplicateEntry();
  const today = chinaDateOf(ctx.now);
  const reasons = await entryReasons(db, body.cadreId, pool.level as TalentLevel, today);
  if (reasons.length > 0) throw notEligible(reasons);
  try {
    return await db.transaction(async (tx) => {
      const { id } = await repo.insertMember(tx, {
        poolId,
        cadreId: body.cadreId,
        status: 'NOMINATED',
        reason: body.reason,
        nominatedBy: ctx.actor?.userId ?? null,
        nominatedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      const after = await memberAfter(tx, id);
      const changes = diffFields(null, { ...after, poolId, cadreId: body.cadreId }, ['poolId', 'cadreId', 'status', 'reason']);
      await recordAudit(tx, ctx, { action: 'talent_pool.nominate', entity: 'talent_pool_member', entityId: id, changes });
      return after;
    });
  } catch (error) {
    throw asDuplicateEntry(error);
  }
}

/** The entry by id within the write scope, in the status the step starts from. */
async function memberIn(db: Db, ctx: RequestContext, id: string, status: MemberStatus) {
  const row = await repo.findMember(db, id, memberScope(ctx, 'talent_pool.write'));
  if (!row) throw notFound();
  if (row.status !== status) throw new DomainError('STATE_CONFLICT', { status: row.status }, `当前状态下不能执行此操作（应为“${STEP_FROM[status]}”）`);
  return row;
}
const STEP_FROM: Record<MemberStatus, string> = { NOMINATED: '待审批', ACTIVE: '在库', REJECTED: '未同意入库', EXITED: '已出库' };

async function move(db: Db, ctx: RequestContext, before: repo.MemberRow, version: number, values: Parameters<typeof repo.updateMember>[3], action: string) {
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateMember(tx, before.id, { version, status: before.status }, values, ctx.now));
    const after = await memberAfter(tx, before.id);
    await recordAudit(tx, ctx, { action, entity: 'talent_pool_member', entityId: before.id, changes: diffFields(presentMember(before), after, [...AUDITED]) });
    return after;
  });
}

/** 审批入库: the rule is applied again on the entry day, since grades or measures may have changed since nomination. */
export async function approveEntry(db: Db, ctx: RequestContext, id: string, body: { version: number; enteredOn?: string; note: string }) {
  const before = await memberIn(db, ctx, id, 'NOMINATED');
  const pool = await requirePool(db, before.poolId);
  const enteredOn = body.enteredOn ?? chinaDateOf(ctx.now);
  const reasons = await entryReasons(db, before.cadreId, pool.level as TalentLevel, enteredOn);
  if (reasons.length > 0) throw notEligible(reasons);
  const decision = { decidedBy: ctx.actor?.userId ?? null, decidedAt: ctx.now, decisionNote: body.note };
  return move(db, ctx, before, body.version, { status: 'ACTIVE', enteredOn, ...decision }, 'talent_pool.approve');
}

export async function rejectEntry(db: Db, ctx: RequestContext, id: string, body: { version: number; note: string }) {
  const before = await memberIn(db, ctx, id, 'NOMINATED');
  const decision = { decidedBy: ctx.actor?.userId ?? null, decidedAt: ctx.now, decisionNote: body.note };
  return move(db, ctx, before, body.version, { status: 'REJECTED', ...decision }, 'talent_pool.reject');
}

/** 出库 by decision of the organization department, with its reason. */
export async function exitByDecision(db: Db, ctx: RequestContext, id: string, body: { version: number; note: string; exitedOn?: string }) {
  const before = await memberIn(db, ctx, id, 'ACTIVE');
  const exitedOn = body.exitedOn ?? chinaDateOf(ctx.now);
  if (before.enteredOn && isBefore(exitedOn, before.enteredOn))
    throw validationError([{ path: 'exitedOn', message: `出库日期不能早于入库日期 ${before.enteredOn}` }]);
  return move(
    db,
    ctx,
    before,
    body.version,
    { status: 'EXITED', exitedOn, exitReason: 'DECISION', exitNote: body.note, exitedBy: ctx.actor?.userId ?? null },
    'talent_pool.exit',
  );
}
