import type { AdjustmentPage, AdjustmentView, adjustmentQuery, openAdjustmentBody } from '@dandang/shared/accountability/adjustment.schema';
import { ADJUSTMENT_WORKFLOW } from '@dandang/shared/accountability/adjustment.states';
import { UNFIT_SITUATIONS } from '@dandang/shared/accountability/unfit-situations';
import { ANNUAL_GRADE_LABELS, type AnnualGrade } from '@dandang/shared/rules/reason';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { violatesUnique } from '../../platform/db/pg-error';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { completeFollowUp, followUpForClue } from '../assessment';
import { caseScope, openCase, requireCase } from '../cases';
import { holds } from '../org';
import { cadreScope } from './accountability.policy';
import { toAdjustmentView } from './adjustment.view';
import * as repo from './adjustments.repository';
import { findScopedCadre } from './matters.repository';

/*
 * 不担当不作为 clues (DOMAIN.md §7): a clue on a cadre, classified under a situation of 能上能下规定 第五条, opens an
 * ADJUSTMENT case. A 能上能下 task of the assessment's results may be the clue's source: the clue takes its cadre and
 * grade, and the task is closed as done with a note naming the clue, in the same transaction.
 */

type OpenInput = z.output<typeof openAdjustmentBody>;
type FollowUp = NonNullable<Awaited<ReturnType<typeof followUpForClue>>>;

const gradeLabel = (grade: string | null) => (grade && grade in ANNUAL_GRADE_LABELS ? ANNUAL_GRADE_LABELS[grade as AnnualGrade] : '未定等次');

/** The follow-up a clue is opened from: a 能上能下 task the actor may handle, still open and not yet turned into a clue. */
async function sourceFollowUp(db: Db, ctx: RequestContext, id: string, issues: FieldIssue[]): Promise<FollowUp | null> {
  const task = holds(ctx.actor, 'assessment.follow_up') ? await followUpForClue(db, ctx, id) : null;
  if (!task) {
    issues.push({ path: 'followUpId', message: '考核结果运用事项不存在或无权办理' });
    return null;
  }
  if (task.kind !== 'UP_DOWN') issues.push({ path: 'followUpId', message: '只有“能上能下”事项可以转为不担当不作为线索' });
  const clue = await repo.clueOfFollowUp(db, id);
  if (clue) throw new DomainError('STATE_CONFLICT', { caseId: clue.caseId }, `该事项已转为线索 ${clue.number}`);
  if (task.state !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '该考核结果运用事项已办理');
  return task;
}

export async function openAdjustment(db: Db, ctx: RequestContext, input: OpenInput): Promise<AdjustmentView> {
  const issues: FieldIssue[] = [];
  const task = input.followUpId ? await sourceFollowUp(db, ctx, input.followUpId, issues) : null;
  if (task && input.cadreId && input.cadreId !== task.cadreId) issues.push({ path: 'cadreId', message: '与考核结果运用事项的干部不一致' });
  const cadreId = task?.cadreId ?? input.cadreId;
  const cadre = cadreId ? await findScopedCadre(db, cadreId, cadreScope(ctx, 'adjustment.handle')) : null;
  if (cadreId && !cadre && !task) issues.push({ path: 'cadreId', message: '干部不存在或不在您的办理范围内' });
  if (task && !cadre) issues.push({ path: 'followUpId', message: '该事项的干部不在您的办理范围内' });
  if (issues.length > 0 || !cadre) throw validationError(issues);
  const source = input.source || (task ? `${task.year} 年度考核${gradeLabel(task.grade)}（考核结果运用·能上能下）` : '');
  const actor = ctx.actor;
  if (!actor) throw notFound();
  const caseId = await db
    .transaction(async (tx) => {
      const opened = await openCase(tx, ctx, ADJUSTMENT_WORKFLOW, {
        title: `${cadre.name}：${UNFIT_SITUATIONS[input.situation].slice(0, 30)}`,
        unitId: cadre.unitId,
        subjectCadreId: cadre.id,
        fields: { situation: input.situation, source, ...(task ? { followUpId: task.id } : {}) },
        note: input.clue,
        participants: [{ userId: actor.userId, role: 'HANDLER' }],
      });
      await repo.insertAdjustment(tx, {
        caseId: opened.id,
        cadreId: cadre.id,
        situation: input.situation,
        clue: input.clue,
        source,
        followUpId: task?.id ?? null,
        gradeYear: task?.year ?? null,
        grade: task?.grade ?? null,
      });
      if (task) await completeFollowUp(tx, ctx, task.id, `已转为不担当不作为线索 ${opened.number}`);
      await recordAudit(tx, ctx, {
        action: 'adjustment_case.open',
        entity: 'adjustment_case',
        entityId: opened.id,
        changes: {
          situation: { before: null, after: input.situation },
          source: { before: null, after: source },
          followUpId: { before: null, after: task?.id ?? null },
        },
      });
      return opened.id;
    })
    .catch((error: unknown) => {
      // Two clues racing from one task: the index keeps one, the other is told the task is taken.
      if (violatesUnique(error, 'adjustment_cases_follow_up_uq')) throw new DomainError('STATE_CONFLICT', undefined, '该考核结果运用事项已转为线索');
      throw error;
    });
  return getAdjustment(db, ctx, caseId);
}

export async function getAdjustment(db: Executor, ctx: RequestContext, id: string): Promise<AdjustmentView> {
  await requireCase(db, ctx, ADJUSTMENT_WORKFLOW, id);
  const row = await repo.findAdjustment(db, id);
  if (!row) throw notFound();
  return toAdjustmentView(row, ctx.now);
}

export async function listAdjustments(db: Db, ctx: RequestContext, query: z.output<typeof adjustmentQuery>): Promise<AdjustmentPage> {
  const filter = { scope: caseScope(ctx, 'adjustment.read'), ...query };
  const [rows, [total]] = await repo.listAdjustments(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize });
  return { items: rows.map((r) => toAdjustmentView(r, ctx.now)), total: total?.n ?? 0 };
}
