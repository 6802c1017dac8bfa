import type { IndicatorKind } from '@dandang/shared/assessment/indicator.schema';
import { type ParentPlacement, placementIssues } from '@dandang/shared/assessment/target.rules';
import type { TargetInput, TargetView, targetsQuery, updateTargetBody } from '@dandang/shared/assessment/target.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import type { PermissionCode } from '@dandang/shared/org/permissions';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { scopeCondition } from '../org';
import { findCycle, listCycles } from './cycles.repository';
import { findIndicator } from './indicators.repository';
import { refreshAncestors } from './target-rollup';
import * as repo from './targets.repository';
import { assessmentTargets } from './targets.tables';
import { toProgressView, toTargetView } from './targets.view';

/*
 * The target tree (目标任务清单化, issue 5 "Targets"). The organization department sets the jurisdiction's targets and
 * decomposes them to units; each unit's admin decomposes the unit's targets to its people, by dragging a person onto a
 * target or by importing a workbook. Every read and write is filtered by the actor's scope for the permission used.
 */

/** Decomposing is done before scoring starts: while the cycle is a draft or open for reporting. */
const DECOMPOSING_STATES = ['DRAFT', 'OPEN'];
/** Reporting and reviewing progress run while the cycle collects figures: open for reporting, or in scoring. */
export const REPORTING_STATES = ['OPEN', 'SCORING'];
export const AUDITED = ['parentId', 'level', 'title', 'description', 'unitId', 'cadreId', 'indicatorId', 'targetValue', 'deadline'] as const;

export const targetScope = (ctx: RequestContext, permission: PermissionCode) =>
  scopeCondition(ctx.actor, permission, { unitId: assessmentTargets.unitId, cadreId: assessmentTargets.cadreId });

export async function requireCycleRow(db: Executor, cycleId: string) {
  const cycle = await findCycle(db, cycleId);
  if (!cycle) throw notFound();
  return cycle;
}

/** Views of target rows, with their newest reports, their children's values and the names of reporters. */
async function present(db: Executor, rows: repo.TargetRow[], now: Date): Promise<TargetView[]> {
  const ids = rows.map((r) => r.target.id);
  const [latest, children] = await Promise.all([repo.latestProgress(db, ids), repo.childValues(db, ids)]);
  const names = await repo.userNames(
    db,
    [...latest.values()].flatMap((p) => [p.reportedBy, p.reviewedBy ?? p.reportedBy]),
  );
  const today = chinaDateOf(now);
  return rows.map((r) => toTargetView(r, latest.get(r.target.id), children.get(r.target.id) ?? [], names, today));
}

export async function listTargets(db: Db, ctx: RequestContext, cycleId: string, query: z.output<typeof targetsQuery>) {
  await requireCycleRow(db, cycleId);
  const scope = targetScope(ctx, query.mine ? 'assessment.progress' : 'assessment.target.read');
  const rows = await repo.listTargets(db, cycleId, { scope, unitId: query.unitId, indicatorId: query.indicatorId });
  return present(db, rows, ctx.now);
}

/**
 * 我的目标任务: the targets the actor may report on in every cycle now taking reports, cycle by cycle, for the one
 * pre-filled screen people report from.
 */
export async function myTargets(db: Db, ctx: RequestContext) {
  const scope = targetScope(ctx, 'assessment.progress');
  const cycles = (await listCycles(db)).filter((c) => REPORTING_STATES.includes(c.state));
  const answer = [];
  for (const cycle of cycles) {
    const rows = await repo.listTargets(db, cycle.id, { scope });
    if (rows.length > 0) answer.push({ cycle: { id: cycle.id, name: cycle.name, state: cycle.state }, targets: await present(db, rows, ctx.now) });
  }
  return answer;
}

export async function requireTarget(db: Executor, ctx: RequestContext, id: string, permission: PermissionCode) {
  const row = await repo.findTarget(db, id, targetScope(ctx, permission));
  if (!row) throw notFound();
  return row;
}

/** One target with every report made on it, newest first. */
export async function getTarget(db: Db, ctx: RequestContext, id: string) {
  const row = await requireTarget(db, ctx, id, 'assessment.target.read');
  const [target] = await present(db, [row], ctx.now);
  const history = await repo.progressHistory(db, id);
  const names = await repo.userNames(
    db,
    history.flatMap((p) => [p.reportedBy, p.reviewedBy ?? p.reportedBy]),
  );
  return { target: target as TargetView, history: history.map((p) => toProgressView(p, names)) };
}

export function requireDecomposing(state: string) {
  if (!DECOMPOSING_STATES.includes(state)) throw new DomainError('STATE_CONFLICT', undefined, '只有草稿或填报阶段的考核周期可以分解目标任务');
}

async function indicatorKind(db: Executor, indicatorId: string | null, issues: FieldIssue[], path = 'indicatorId'): Promise<IndicatorKind | null> {
  if (!indicatorId) return null;
  const indicator = await findIndicator(db, indicatorId);
  if (!indicator) issues.push({ path, message: '考核指标不存在' });
  else if (indicator.retired) issues.push({ path, message: `指标“${indicator.name}”已停用` });
  return indicator?.definition.kind ?? null;
}

/**
 * Everything wrong with a new target, each issue naming its field: the parent must be a target of the same cycle the
 * actor can read, the unit one the cycle covers, the person one on the roster, the indicator a live one of the
 * library, and the place in the tree one the rules allow. `fileParent` is a parent not stored yet (a row of the same
 * import), checked by its parsed fields when `input.parentId` is null.
 */
export async function creationIssues(
  db: Executor,
  ctx: RequestContext,
  cycleId: string,
  input: TargetInput,
  prefix = '',
  fileParent: ParentPlacement | null = null,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const at = (path: string) => `${prefix}${path}`;
  let parent: ParentPlacement | null = fileParent;
  if (input.parentId) {
    const row = await repo.findTarget(db, input.parentId, targetScope(ctx, 'assessment.target.read'));
    if (!row || row.target.cycleId !== cycleId) issues.push({ path: at('parentId'), message: '上级目标不存在' });
    else parent = row.target;
  }
  const kind = await indicatorKind(db, input.indicatorId, issues, at('indicatorId'));
  if (input.unitId && !(await repo.unitCovered(db, cycleId, input.unitId))) issues.push({ path: at('unitId'), message: '该单位不在本考核周期的范围内' });
  const ownerUnit = input.cadreId ? await repo.cadreUnit(db, input.cadreId) : null;
  if (input.cadreId && !ownerUnit) issues.push({ path: at('cadreId'), message: '责任人不存在' });
  const placed = placementIssues({ ...input, indicatorKind: kind }, parent, ownerUnit);
  issues.push(...placed.filter((p) => !issues.some((i) => i.path === at(p.path))).map((p) => ({ path: at(p.path), message: p.message })));
  return issues;
}

/** The stored values of a new target: a person target belongs to its owner's unit. */
export async function targetValues(db: Executor, cycleId: string, input: TargetInput): Promise<repo.TargetValues> {
  const unitId = input.level === 'PERSON' && input.cadreId ? await repo.cadreUnit(db, input.cadreId) : input.unitId;
  return { ...input, cycleId, unitId };
}

/**
 * Inserts a target and re-reads it through the actor's write scope: a target outside it (another unit's, or a
 * jurisdiction target for a unit admin) rolls the transaction back with 403.
 */
export async function insertScoped(tx: Executor, ctx: RequestContext, values: repo.TargetValues): Promise<string> {
  const id = await repo.insertTarget(tx, values, ctx.now);
  if (!(await repo.findTarget(tx, id, targetScope(ctx, 'assessment.target.write')))) {
    throw new DomainError('FORBIDDEN', undefined, '只能为本人有权管理的单位分解目标任务');
  }
  // A new, unconfirmed child takes back its parent's confirmation.
  await refreshAncestors(tx, values.parentId ?? null, ctx.now);
  return id;
}

export async function createTarget(db: Db, ctx: RequestContext, cycleId: string, input: TargetInput) {
  requireDecomposing((await requireCycleRow(db, cycleId)).state);
  const issues = await creationIssues(db, ctx, cycleId, input);
  if (issues.length > 0) throw validationError(issues);
  const values = await targetValues(db, cycleId, input);
  return db.transaction(async (tx) => {
    const id = await insertScoped(tx, ctx, values);
    await recordAudit(tx, ctx, {
      action: 'assessment_target.create',
      entity: 'assessment_target',
      entityId: id,
      changes: diffFields(null, values, [...AUDITED]),
    });
    const [view] = await present(tx, [(await repo.findTarget(tx, id)) as repo.TargetRow], ctx.now);
    return view as TargetView;
  });
}

export async function updateTarget(db: Db, ctx: RequestContext, id: string, body: z.output<typeof updateTargetBody>) {
  const before = await requireTarget(db, ctx, id, 'assessment.target.write');
  requireDecomposing((await requireCycleRow(db, before.target.cycleId)).state);
  const t = before.target;
  const input: TargetInput = { ...t, ...body, level: t.level as TargetInput['level'] };
  const issues: FieldIssue[] = [];
  const kind = await indicatorKind(db, body.indicatorId, issues);
  const parent = t.parentId ? ((await repo.findTarget(db, t.parentId))?.target ?? null) : null;
  const placed = placementIssues({ ...input, indicatorKind: kind }, parent, t.level === 'PERSON' ? t.unitId : null);
  issues.push(...placed.filter((p) => !issues.some((i) => i.path === p.path)));
  // Its children measure what it measures and are due no later: a decomposed target stays in step with them.
  const children = await repo.childPlacements(db, id);
  if (children.length > 0 && body.indicatorId !== t.indicatorId) issues.push({ path: 'indicatorId', message: '已分解的目标不能更换考核指标' });
  const latest = children.reduce<string | null>((a, c) => (a === null || c.deadline > a ? c.deadline : a), null);
  if (latest && body.deadline < latest) issues.push({ path: 'deadline', message: `截止日期不能早于下级目标的截止日期 ${latest}` });
  if (issues.length > 0) throw validationError(issues);
  const { version, ...values } = body;
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateTarget(tx, id, version, values, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'assessment_target.update',
      entity: 'assessment_target',
      entityId: id,
      changes: diffFields(t, { ...t, ...values }, [...AUDITED]),
    });
    const [view] = await present(tx, [(await repo.findTarget(tx, id)) as repo.TargetRow], ctx.now);
    return view as TargetView;
  });
}

export async function deleteTarget(db: Db, ctx: RequestContext, id: string, version: number) {
  const before = await requireTarget(db, ctx, id, 'assessment.target.write');
  requireDecomposing((await requireCycleRow(db, before.target.cycleId)).state);
  if (await repo.hasChildren(db, id)) throw new DomainError('TARGET_HAS_CHILDREN');
  await db.transaction(async (tx) => {
    requireUpdated(await repo.deleteTarget(tx, id, version));
    await refreshAncestors(tx, before.target.parentId, ctx.now);
    await recordAudit(tx, ctx, {
      action: 'assessment_target.delete',
      entity: 'assessment_target',
      entityId: id,
      changes: diffFields(before.target, null, [...AUDITED]),
    });
  });
}
