import type { correctionBody, updateCorrectionBody } from '@dandang/shared/tolerance/tolerance.schema';
import { CORRECTION_ADD_STATES, TOLERANCE_WORKFLOW, type ToleranceState } from '@dandang/shared/tolerance/tolerance.states';
import type { CorrectionView } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { z } from 'zod';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { caseScope } from '../cases';
import { lockForWrite } from './case-lock';
import * as repo from './corrections.repository';
import { CORRECTION_UPDATE_STATES } from './tolerance.policy';
import { toCorrectionView } from './tolerance.view';

/*
 * 纠错整改 (DOMAIN.md §6 "correction plan with deadline and follow-up"): tasks drawn up while filing or correcting,
 * each done with what was done; the case closes when all are.
 */

const AUDITED = ['description', 'owner', 'deadline', 'done', 'followUp'] as const;

function refuseInState(state: ToleranceState, allowed: readonly ToleranceState[], what: string): void {
  if (allowed.includes(state)) return;
  const here = TOLERANCE_WORKFLOW.states[state]?.label ?? state;
  const where = allowed.map((s) => `“${TOLERANCE_WORKFLOW.states[s].label}”`).join('或');
  throw new DomainError('STATE_CONFLICT', { state }, `案件当前处于“${here}”阶段；${what}只能在${where}阶段进行`);
}

export async function addCorrection(db: Db, ctx: RequestContext, caseId: string, body: z.output<typeof correctionBody>): Promise<CorrectionView> {
  return db.transaction(async (tx) => {
    const { state } = await lockForWrite(tx, ctx, caseId, 'tolerance.handle');
    refuseInState(state, CORRECTION_ADD_STATES, '制定纠错整改任务');
    const task = await repo.insertCorrection(tx, {
      caseId,
      description: body.description,
      owner: body.owner,
      deadline: body.deadline,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'tolerance_correction.create',
      entity: 'tolerance_correction',
      entityId: task.id,
      changes: { caseId: { before: null, after: caseId }, ...diffFields(null, task, [...AUDITED]) },
    });
    return toCorrectionView(task, ctx.now);
  });
}

/** Marks a task done (or not yet) with its follow-up; found by id only within the actor's scope over its case. */
export async function updateCorrection(db: Db, ctx: RequestContext, id: string, body: z.output<typeof updateCorrectionBody>): Promise<CorrectionView> {
  const found = await repo.findCorrection(db, id, caseScope(ctx, 'tolerance.handle'));
  if (!found) throw notFound();
  return db.transaction(async (tx) => {
    const { state } = await lockForWrite(tx, ctx, found.caseId, 'tolerance.handle');
    refuseInState(state, CORRECTION_UPDATE_STATES, '更新纠错整改任务');
    const before = await repo.findCorrection(tx, id, undefined);
    if (!before) throw notFound();
    // The day it was first marked done stays when only the follow-up is edited.
    const doneAt = body.done ? (before.doneAt ?? ctx.now) : null;
    const after = requireUpdated(await repo.updateCorrection(tx, id, body.version, { done: body.done, followUp: body.followUp, doneAt }, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'tolerance_correction.update',
      entity: 'tolerance_correction',
      entityId: id,
      changes: diffFields(before, after, [...AUDITED]),
    });
    return toCorrectionView(after, ctx.now);
  });
}
