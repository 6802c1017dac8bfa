import { progressIssues, reviewRefusal } from '@dandang/shared/assessment/target.rules';
import type { ProgressView, reportProgressBody, reviewProgressBody } from '@dandang/shared/assessment/target.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { violatesUnique } from '../../platform/db/pg-error';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { refreshAncestors } from './target-rollup';
import * as repo from './targets.repository';
import { REPORTING_STATES, requireCycleRow, requireTarget, targetScope } from './targets.service';
import { toProgressView } from './targets.view';

/*
 * Progress (进展填报, issue 5 "Targets"): owners report several targets at once from one pre-filled screen, citing the
 * evidence files they uploaded; the unit's leader confirms a report (its value becomes the target's confirmed value,
 * which scores are computed from) or returns it with a reason. A target has at most one report awaiting review.
 */

function requireReporting(state: string) {
  if (!REPORTING_STATES.includes(state)) throw new DomainError('STATE_CONFLICT', undefined, '只有处于“填报”或“评分”阶段的考核周期可以填报或审核进展');
}

const actorId = (ctx: RequestContext) => {
  if (!ctx.actor) throw new DomainError('AUTH_REQUIRED');
  return ctx.actor.userId;
};

export async function reportProgress(db: Db, ctx: RequestContext, body: z.output<typeof reportProgressBody>): Promise<ProgressView[]> {
  const userId = actorId(ctx);
  const scope = targetScope(ctx, 'assessment.progress');
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  const targets: repo.TargetRow[] = [];
  const cited = await repo.unattachedEvidence(
    db,
    body.reports.flatMap((r) => r.evidenceIds),
    userId,
  );
  const citedOnce = new Set<string>();
  for (const [i, report] of body.reports.entries()) {
    if (report.evidenceIds.some((id) => citedOnce.has(id) || report.evidenceIds.indexOf(id) !== report.evidenceIds.lastIndexOf(id))) {
      issues.push({ path: `reports.${i}.evidenceIds`, message: '同一份佐证材料只能引用一次' });
    }
    for (const id of report.evidenceIds) citedOnce.add(id);
    const row = await repo.findTarget(db, report.targetId, scope);
    if (!row) {
      issues.push({ path: `reports.${i}.targetId`, message: '目标任务不存在或无权填报' });
      continue;
    }
    if (seen.has(report.targetId)) issues.push({ path: `reports.${i}.targetId`, message: `“${row.target.title}”重复填报` });
    seen.add(report.targetId);
    targets.push(row);
    if (await repo.hasChildren(db, row.target.id)) {
      issues.push({ path: `reports.${i}.targetId`, message: `“${row.target.title}”已分解，进展由下级目标汇总，不单独填报` });
      continue;
    }
    const def = row.indicator?.definition ?? null;
    issues.push(
      ...progressIssues(i, { kind: def?.kind ?? null, evidenceRequired: row.indicator?.evidenceRequired ?? false }, report.value, report.evidenceIds.length),
    );
    if (report.evidenceIds.some((id) => !cited.has(id))) issues.push({ path: `reports.${i}.evidenceIds`, message: '佐证材料不存在、已被引用或不是本人上传的' });
  }
  if (issues.length > 0) throw validationError(issues);
  for (const cycleId of new Set(targets.map((t) => t.target.cycleId))) requireReporting((await requireCycleRow(db, cycleId)).state);
  const pending = await repo.pendingTargets(
    db,
    targets.map((t) => t.target.id),
  );
  if (pending.size > 0) {
    const titles = targets.filter((t) => pending.has(t.target.id)).map((t) => `“${t.target.title}”`);
    throw new DomainError('PROGRESS_PENDING', { targetIds: [...pending] }, `${titles.join('、')}还有待确认的进展，请待审核后再填报`);
  }
  return db
    .transaction(async (tx) => {
      const ids: string[] = [];
      for (const report of body.reports) {
        const id = await repo.insertProgress(tx, {
          targetId: report.targetId,
          value: report.value,
          note: report.note,
          reportedBy: userId,
          reportedAt: ctx.now,
        });
        // Bound only while still unbound and the reporter's own: a file cited by a request racing this one stays there.
        if ((await repo.attachEvidence(tx, report.evidenceIds, id, userId)) !== report.evidenceIds.length) {
          throw new DomainError('STATE_CONFLICT', undefined, '佐证材料已被其他进展引用，请重新上传');
        }
        await recordAudit(tx, ctx, {
          action: 'assessment_progress.report',
          entity: 'assessment_progress',
          entityId: id,
          changes: {
            targetId: { before: null, after: report.targetId },
            value: { before: null, after: report.value },
            note: { before: null, after: report.note },
            evidenceIds: { before: null, after: report.evidenceIds },
          },
        });
        ids.push(id);
      }
      const latest = await repo.latestProgress(
        tx,
        body.reports.map((r) => r.targetId),
      );
      const names = await repo.userNames(tx, [userId]);
      return body.reports.map((r) => toProgressView(latest.get(r.targetId) as repo.ProgressWithEvidence, names));
    })
    .catch((error: unknown) => {
      throw pendingRace(error);
    });
}

/** Two reports on one target sent at once meet the one-pending index: the same answer as the check above. */
function pendingRace(error: unknown): unknown {
  return violatesUnique(error, 'assessment_progress_pending_uq') ? new DomainError('PROGRESS_PENDING') : error;
}

/** 确认或退回: the reviewer must reach the target through their review scope, and never decides their own report. */
export async function reviewProgress(db: Db, ctx: RequestContext, progressId: string, body: z.output<typeof reviewProgressBody>) {
  const userId = actorId(ctx);
  const report = await repo.findProgress(db, progressId);
  if (!report) throw notFound();
  const target = await requireTarget(db, ctx, report.targetId, 'assessment.progress.review');
  requireReporting((await requireCycleRow(db, target.target.cycleId)).state);
  const refusal = reviewRefusal(report, { userId, cadreId: ctx.actor?.cadreId ?? null }, target.target.cadreId);
  if (refusal) throw new DomainError(report.state === 'SUBMITTED' ? 'FORBIDDEN' : 'STATE_CONFLICT', undefined, refusal);
  const confirm = body.decision === 'CONFIRM';
  // Decomposed since the report was filed: its progress is its children's now.
  if (confirm && (await repo.hasChildren(db, target.target.id))) {
    throw new DomainError('STATE_CONFLICT', undefined, '该目标已分解，进展由下级目标汇总，只能退回这条进展');
  }
  return db.transaction(async (tx) => {
    requireUpdated(
      await repo.decideProgress(tx, progressId, body.version, {
        state: confirm ? 'CONFIRMED' : 'RETURNED',
        returnReason: confirm ? '' : body.reason,
        reviewedBy: userId,
        reviewedAt: ctx.now,
      }),
    );
    if (confirm) {
      await repo.setConfirmed(tx, report.targetId, report.value, ctx.now);
      await refreshAncestors(tx, target.target.parentId, ctx.now);
    }
    await recordAudit(tx, ctx, {
      action: confirm ? 'assessment_progress.confirm' : 'assessment_progress.return',
      entity: 'assessment_progress',
      entityId: progressId,
      changes: {
        state: { before: 'SUBMITTED', after: confirm ? 'CONFIRMED' : 'RETURNED' },
        ...(confirm
          ? { confirmedValue: { before: target.target.confirmedValue, after: report.value } }
          : { returnReason: { before: null, after: body.reason } }),
      },
    });
    const history = await repo.progressHistory(tx, report.targetId);
    const decided = history.find((p) => p.id === progressId) as repo.ProgressWithEvidence;
    return toProgressView(decided, await repo.userNames(tx, [decided.reportedBy, userId]));
  });
}
