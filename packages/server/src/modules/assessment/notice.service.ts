import type { CycleKind } from '@dandang/shared/assessment/cycle.schema';
import type { CycleState } from '@dandang/shared/assessment/cycle.states';
import { seniorityOf } from '@dandang/shared/assessment/follow-up.rules';
import type { MyResultView, ObjectionView } from '@dandang/shared/assessment/result.schema';
import { gradeConsequences } from '@dandang/shared/rules/grade-consequences.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { cycleContext, sheetOf } from './cycle-context';
import { findCycle } from './cycles.repository';
import { gradeHistoryOf } from './follow-ups.service';
import { participantScope } from './participant-scope';
import * as repo from './results.repository';
import { participantName, toResultView } from './results.view';
import { requireResult } from './scoring.service';

/*
 * The notice stage (issue 5 "Grading"): EXCELLENT candidates are noticed inside their unit until noticeEndsOn;
 * objections raised meanwhile are recorded and each is resolved, upheld or not; every cadre confirms their result or
 * asks for a review (复核), which the organization department answers. Publishing waits for all of it.
 */

async function requireNoticeStage(db: Executor, cycleId: string, now: Date) {
  const context = await cycleContext(db, cycleId, now);
  if (context.cycle.state !== 'NOTICE') throw new DomainError('STATE_CONFLICT', undefined, '只有处于“公示”阶段的考核周期可以办理此事项');
  return context;
}

function toObjectionView(row: repo.ObjectionRow): ObjectionView {
  const o = row.objection;
  return {
    id: o.id,
    participantId: o.participantId,
    name: row.cadreName ?? row.unitName,
    content: o.content,
    state: o.state as ObjectionView['state'],
    resolution: o.resolution,
    createdAt: o.createdAt.toISOString(),
    resolvedAt: o.resolvedAt?.toISOString() ?? null,
    version: o.version,
  };
}

/** The objections of a cycle about the participants the reader's assessment.grade scope reaches. */
export async function listObjections(db: Db, ctx: RequestContext, cycleId: string) {
  if (!(await findCycle(db, cycleId))) throw notFound();
  return (await repo.objectionsOf(db, cycleId, participantScope(ctx, 'assessment.grade'))).map(toObjectionView);
}

/** Records an objection to a noticed candidate (one holding the top grade). */
export async function raiseObjection(db: Db, ctx: RequestContext, cycleId: string, body: { participantId: string; content: string }) {
  const target = await requireResult(db, ctx, body.participantId, 'assessment.grade');
  if (target.cycleId !== cycleId) throw notFound();
  const context = await requireNoticeStage(db, cycleId, ctx.now);
  if (target.grading?.grade !== sheetOf(context, target.category).scale.top) {
    throw new DomainError('STATE_CONFLICT', undefined, `${participantName(target)}不是公示的优秀等次人选`);
  }
  return db.transaction(async (tx) => {
    const id = await repo.insertObjection(tx, { cycleId, participantId: body.participantId, content: body.content, createdAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'objection.create',
      entity: 'assessment_objection',
      entityId: id,
      changes: { content: { before: null, after: body.content } },
    });
    return toObjectionView((await repo.findObjection(tx, id)) as repo.ObjectionRow);
  });
}

export async function resolveObjection(db: Db, ctx: RequestContext, id: string, body: { version: number; upheld: boolean; resolution: string }) {
  const found = (await repo.findObjection(db, id))?.objection;
  if (!found) throw notFound();
  await requireResult(db, ctx, found.participantId, 'assessment.grade');
  await requireNoticeStage(db, found.cycleId, ctx.now);
  if (found.state !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '该反映已处理');
  const state = body.upheld ? 'UPHELD' : 'DISMISSED';
  return db.transaction(async (tx) => {
    requireUpdated(await repo.resolveObjection(tx, id, body.version, { state, resolution: body.resolution, resolvedAt: ctx.now }));
    await recordAudit(tx, ctx, {
      action: 'objection.resolve',
      entity: 'assessment_objection',
      entityId: id,
      changes: { state: { before: 'OPEN', after: state }, resolution: { before: '', after: body.resolution } },
    });
    return toObjectionView((await repo.findObjection(tx, id)) as repo.ObjectionRow);
  });
}

/** The signed-in cadre's results in cycles past grading, with what each cycle asks of them. */
export async function myResults(db: Db, ctx: RequestContext): Promise<MyResultView[]> {
  const cadreId = ctx.actor?.cadreId;
  if (!cadreId) return [];
  const rows = await repo.resultsOfCadre(db, cadreId);
  const history = await gradeHistoryOf(db, cadreId);
  const items: MyResultView[] = [];
  for (const row of rows) {
    const context = await cycleContext(db, row.cycleId, ctx.now);
    const { cycle } = context;
    items.push({
      cycle: {
        id: cycle.id,
        name: cycle.name,
        kind: cycle.kind as CycleKind,
        year: cycle.year,
        quarter: cycle.quarter,
        state: cycle.state as CycleState,
        noticeEndsOn: cycle.noticeEndsOn,
      },
      result: toResultView(context, row),
      consequences:
        cycle.kind === 'ANNUAL' && cycle.state === 'PUBLISHED'
          ? {
              seniority: seniorityOf(history, cycle.year),
              reasons: gradeConsequences({ history: history.filter((h) => h.year <= cycle.year) }).reasons,
            }
          : null,
    });
  }
  return items;
}

/** The cadre's own step: confirm the result, or ask for a review with the reasons. */
export async function respondToResult(db: Db, ctx: RequestContext, participantId: string, body: { version: number; appeal?: string }) {
  const before = await requireResult(db, ctx, participantId, 'assessment.confirm');
  const context = await requireNoticeStage(db, before.cycleId, ctx.now);
  const r = before.result;
  if (r.confirmedAt || r.appealState) throw new DomainError('STATE_CONFLICT', undefined, '已确认或已申请复核，不能重复办理');
  const values = body.appeal ? { appeal: body.appeal, appealState: 'OPEN' } : { confirmedAt: ctx.now };
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateResult(tx, participantId, body.version, values, ctx.now));
    await recordAudit(tx, ctx, {
      action: body.appeal ? 'assessment_result.appeal' : 'assessment_result.confirm',
      entity: 'assessment_result',
      entityId: participantId,
      changes: body.appeal ? { appeal: { before: '', after: body.appeal } } : { confirmedAt: { before: null, after: ctx.now.toISOString() } },
    });
    return toResultView(context, (await repo.findResult(tx, participantId)) as repo.ResultRow);
  });
}

/** The organization department's answer to a review; an upheld one is followed by a grade change where needed. */
export async function answerAppeal(db: Db, ctx: RequestContext, participantId: string, body: { version: number; upheld: boolean; answer: string }) {
  const before = await requireResult(db, ctx, participantId, 'assessment.grade');
  const context = await requireNoticeStage(db, before.cycleId, ctx.now);
  if (before.result.appealState !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '没有待处理的复核申请');
  const appealState = body.upheld ? 'UPHELD' : 'DISMISSED';
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateResult(tx, participantId, body.version, { appealState, appealAnswer: body.answer }, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'assessment_result.answer_appeal',
      entity: 'assessment_result',
      entityId: participantId,
      changes: { appealState: { before: 'OPEN', after: appealState }, appealAnswer: { before: '', after: body.answer } },
    });
    return toResultView(context, (await repo.findResult(tx, participantId)) as repo.ResultRow);
  });
}
