import { type CycleMember, type GradedCycle, gradeCycle } from '@dandang/shared/assessment/grade-cycle.rules';
import { changeRefusal, type GradeConstraint } from '@dandang/shared/assessment/grading.rules';
import { subjectOf } from '@dandang/shared/assessment/population.rules';
import type { SchemeCategory } from '@dandang/shared/assessment/scheme.schema';
import type { SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { oneCadre } from './adjustment-signals';
import { type CycleContext, cycleContext, sheetOf } from './cycle-context';
import { constraintsFor } from './grade-constraints';
import * as repo from './results.repository';
import { participantName, toResultView } from './results.view';
import { requireResult } from './scoring.service';

/*
 * Grading (issue 5 "Grading"). Entering the grading stage proposes every participant's grade (gradeCycle: quota
 * pools, quotas, annual-grade effects); the organization department may then change a grade with a reason, and a
 * change that breaks the pool's quota or the person's annual-grade effects is refused with the rule's reason.
 */

const INPUT_REFUSALS: readonly string[] = ['UNKNOWN_GRADE', 'GRADE_REQUIRED'];

/** Annual-grade effects bind only an annual cycle's cadres (ADR 0015). */
async function constraintsOf(db: Executor, context: CycleContext, cadres: SQL, cadreIds: string[]): Promise<Map<string, GradeConstraint>> {
  if (context.cycle.kind !== 'ANNUAL') return new Map();
  return constraintsFor(db, context.cycle.year, cadres, cadreIds);
}

/**
 * Proposes and stores every participant's grade from their final scores; earlier changes give way to the proposal.
 * Answers what it proposed.
 */
export async function proposeCycleGrades(
  tx: Executor,
  context: CycleContext,
  rows: readonly repo.GradingRow[],
  finals: ReadonlyMap<string, number | null>,
): Promise<GradedCycle> {
  const cadreIds = rows.flatMap((r) => (r.cadreId ? [r.cadreId] : []));
  const constraints = await constraintsOf(tx, context, repo.cadresOf(context.cycle.id), cadreIds);
  const members: CycleMember[] = rows.map((r) => {
    const final = finals.get(r.participantId) ?? null;
    const constraint = r.cadreId ? constraints.get(r.cadreId) : undefined;
    return {
      participantId: r.participantId,
      category: r.category as SchemeCategory,
      unitId: r.unitId,
      parentId: r.parentId,
      name: participantName(r),
      score: final === null ? null : final / 100,
      ...(constraint ? { constraint } : {}),
    };
  });
  const scales = new Map([...context.sheets].map(([category, sheet]) => [category, sheet.scale]));
  const graded = gradeCycle(members, scales, context.policy);
  await repo.saveProposals(tx, context.cycle.id, graded);
  return graded;
}

export async function changeGrade(db: Db, ctx: RequestContext, participantId: string, body: { version: number; grade: string | null; reason: string }) {
  const before = await requireResult(db, ctx, participantId, 'assessment.grade');
  const context = await cycleContext(db, before.cycleId, ctx.now);
  const { state } = context.cycle;
  if (state !== 'GRADING' && state !== 'NOTICE') throw new DomainError('STATE_CONFLICT', undefined, '只有处于“定等”或“公示”阶段的考核周期可以调整等次');
  const sheet = sheetOf(context, before.category);
  const r = before.result;
  const constraint =
    before.cadreId && subjectOf(before.category as SchemeCategory) === 'CADRE'
      ? (await constraintsOf(db, context, oneCadre(before.cadreId), [before.cadreId])).get(before.cadreId)
      : undefined;
  const candidate = { id: participantId, name: participantName(before), score: r.finalHundredths === null ? null : r.finalHundredths / 100, constraint };
  // In the notice stage a grade may only leave the top (an objection upheld, an appeal answered); nobody new is noticed.
  const current = before.grading;
  if (!current) throw new DomainError('STATE_CONFLICT', undefined, '该考核对象还没有拟定等次');
  if (state === 'NOTICE' && body.grade === sheet.scale.top && current.grade !== sheet.scale.top) {
    throw new DomainError('STATE_CONFLICT', undefined, '公示期间不能新增优秀等次人选');
  }
  return db.transaction(async (tx) => {
    // The pool is locked before its grades are counted: two changes that each fit the quota alone, taken at once,
    // would otherwise both see the same free place and together exceed it.
    const quota = await repo.lockPool(tx, context.cycle.id, current.poolKey);
    const others = await repo.poolGrades(tx, context.cycle.id, current.poolKey, participantId);
    const refused = changeRefusal(sheet.scale, candidate, body.grade, others, quota ?? 0);
    // A grade that is not on the scale, or none for someone to be graded, is bad input on the field; the rest are rules.
    if (refused && INPUT_REFUSALS.includes(refused.code)) throw validationError([{ path: 'grade', message: refused.text }]);
    if (refused) throw new DomainError(refused.code === 'QUOTA_EXCEEDED' ? 'QUOTA_EXCEEDED' : 'GRADE_NOT_ALLOWED', { reason: refused }, refused.text);
    // The result's version guards the change, as for every other step on a result.
    requireUpdated(await repo.updateResult(tx, participantId, body.version, {}, ctx.now));
    await repo.changeGrade(tx, participantId, body.grade, body.reason);
    await recordAudit(tx, ctx, {
      action: 'assessment_result.grade',
      entity: 'assessment_result',
      entityId: participantId,
      changes: { grade: { before: current.grade, after: body.grade }, changeReason: { before: current.changeReason, after: body.reason } },
    });
    return toResultView(context, (await repo.findResult(tx, participantId)) as repo.ResultRow);
  });
}
