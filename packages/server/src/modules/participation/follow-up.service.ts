import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { milestoneBody, milestoneProgressBody, rewardBody } from '@dandang/shared/participation/participation.schema';
import { ADOPTED_STATES } from '@dandang/shared/participation/participation.states';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './participation.repository';
import { requireSubmission } from './read.service';

/*
 * After adoption (issue 8 "adoption with a reward record; milestones and progress for adopted ideas"): the reward
 * and the milestones. Each write bumps the submission's version, so a 办结 taken on a stale page (one that did not
 * see a new open milestone) is refused as a conflict.
 */

async function requireAdopted(tx: Executor, ctx: RequestContext, id: string) {
  const r = await requireSubmission(tx, ctx, id, 'participation.handle');
  if (!ADOPTED_STATES.includes(r.s.state)) throw new DomainError('STATE_CONFLICT', undefined, '只有已采纳（已解决）的事项才能记录奖励和推进节点');
  return r;
}

async function noteStep(tx: Executor, ctx: RequestContext, r: Awaited<ReturnType<typeof requireAdopted>>, action: string, note: string) {
  requireUpdated(await repo.updateSubmission(tx, r.s.id, r.s.version, { updatedAt: ctx.now }));
  await repo.insertEvent(tx, { submissionId: r.s.id, at: ctx.now, actorName: ctx.actor?.displayName ?? '', action, state: r.s.state, note });
}

export async function recordReward(db: Db, ctx: RequestContext, id: string, body: z.output<typeof rewardBody>) {
  if (isBefore(chinaDateOf(ctx.now), body.grantedOn)) throw validationError([{ path: 'grantedOn', message: '奖励日期不能晚于今天' }]);
  await db.transaction(async (tx) => {
    const r = await requireAdopted(tx, ctx, id);
    if (r.s.version !== body.version) throw new DomainError('VERSION_CONFLICT');
    const inserted = await repo.insertReward(tx, {
      submissionId: id,
      form: body.form,
      amountYuan: body.amountYuan ?? null,
      grantedOn: body.grantedOn,
      note: body.note,
      recordedBy: ctx.actor?.userId ?? null,
      recordedByName: ctx.actor?.displayName ?? '',
      recordedAt: ctx.now,
    });
    if (!inserted) throw new DomainError('DUPLICATE', undefined, '该事项已记录奖励');
    await noteStep(tx, ctx, r, 'reward', body.note);
    await recordAudit(tx, ctx, {
      action: 'participation.reward',
      entity: 'participation_submission',
      entityId: id,
      changes: diffFields(null, { ...body, amountYuan: body.amountYuan ?? null }, ['form', 'amountYuan', 'grantedOn', 'note']),
    });
  });
}

export async function addMilestone(db: Db, ctx: RequestContext, id: string, body: z.output<typeof milestoneBody>) {
  await db.transaction(async (tx) => {
    const r = await requireAdopted(tx, ctx, id);
    if (r.s.state === 'DONE') throw new DomainError('STATE_CONFLICT', undefined, '已办结的事项不能再新增推进节点');
    const row = await repo.insertMilestone(tx, { submissionId: id, title: body.title, plannedOn: body.plannedOn, createdAt: ctx.now });
    if (!row) throw notFound();
    await noteStep(tx, ctx, r, 'milestone', `${body.title}（计划 ${body.plannedOn}）`);
    await recordAudit(tx, ctx, {
      action: 'participation.milestone.create',
      entity: 'participation_milestone',
      entityId: row.id,
      changes: diffFields(null, { submissionId: id, ...body }, ['submissionId', 'title', 'plannedOn']),
    });
  });
}

export async function updateMilestoneProgress(db: Db, ctx: RequestContext, id: string, milestoneId: string, body: z.output<typeof milestoneProgressBody>) {
  const issues = [];
  if (body.doneOn && body.percent !== 100) issues.push({ path: 'percent', message: '已完成的节点进度应为 100' });
  if (!body.doneOn && body.percent === 100) issues.push({ path: 'doneOn', message: '进度为 100 时请填写完成日期' });
  if (body.doneOn && isBefore(chinaDateOf(ctx.now), body.doneOn)) issues.push({ path: 'doneOn', message: '完成日期不能晚于今天' });
  if (issues.length > 0) throw validationError(issues);
  await db.transaction(async (tx) => {
    const r = await requireAdopted(tx, ctx, id);
    const before = await repo.findMilestone(tx, id, milestoneId);
    if (!before) throw notFound();
    const patch = { percent: body.percent, note: body.note, doneOn: body.doneOn };
    requireUpdated(await repo.updateMilestone(tx, milestoneId, body.version, patch));
    await noteStep(tx, ctx, r, 'progress', `${before.title}：${body.percent}%，${body.note}`);
    await recordAudit(tx, ctx, {
      action: 'participation.milestone.progress',
      entity: 'participation_milestone',
      entityId: milestoneId,
      changes: diffFields(before, { ...before, ...patch }, ['percent', 'note', 'doneOn']),
    });
  });
}
