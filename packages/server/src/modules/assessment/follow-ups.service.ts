import { type FollowUpKind, followUpsOf } from '@dandang/shared/assessment/follow-up.rules';
import type { closeFollowUpBody, FollowUpView, followUpQuery } from '@dandang/shared/assessment/follow-up.schema';
import type { GradeHistoryEntry } from '@dandang/shared/rules/grade-consequences.rules';
import type { AnnualGrade } from '@dandang/shared/rules/reason';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { scopeCondition } from '../org';
import type { CycleRow } from './cycles.repository';
import * as repo from './follow-ups.repository';
import { assessmentFollowUps } from './follow-ups.tables';

/*
 * 考核结果运用 (issue 5 "Results that drive things"): publishing an annual cycle turns each cadre's grade history into
 * tasks (followUpsOf); the organization department works through them and closes each with what was done.
 */

const GRADED = new Set<string>(['EXCELLENT', 'COMPETENT', 'BASIC', 'INCOMPETENT']);
/** A registry grade as the rules read it: UNGRADED and NOT_ASSESSED years have no grade. */
const entryOf = (year: number, grade: string): GradeHistoryEntry => ({ year, grade: GRADED.has(grade) ? (grade as AnnualGrade) : null });

/** One cadre's grade history from the registry. */
export async function gradeHistoryOf(db: Executor, cadreId: string): Promise<GradeHistoryEntry[]> {
  return (await repo.cadreGrades(db, cadreId)).map((g) => entryOf(g.year, g.grade));
}
const scope = (ctx: RequestContext) => scopeCondition(ctx.actor, 'assessment.follow_up', { unitId: assessmentFollowUps.unitId });

/** Writes the tasks of a cycle being published, for every cadre it graded this year. */
export async function recordFollowUps(tx: Executor, cycle: CycleRow, at: Date): Promise<number> {
  const histories = new Map<string, GradeHistoryEntry[]>();
  // Only those this cycle graded: a year graded by hand or by another cycle gave its tasks there, or gives none.
  const gradedHere = new Set<string>();
  for (const g of await repo.gradeHistories(tx, cycle.id, cycle.year)) {
    if (g.year === cycle.year && g.sourceId === cycle.id) gradedHere.add(g.cadreId);
    histories.set(g.cadreId, [...(histories.get(g.cadreId) ?? []), entryOf(g.year, g.grade)]);
  }
  const values: repo.FollowUpValues[] = [];
  for (const c of await repo.cycleCadres(tx, cycle.id)) {
    const history = histories.get(c.cadreId) ?? [];
    if (!gradedHere.has(c.cadreId)) continue;
    for (const task of followUpsOf(history, c.inPool)) {
      values.push({ cycleId: cycle.id, cadreId: c.cadreId, unitId: c.unitId, year: cycle.year, ...task, createdAt: at });
    }
  }
  await repo.insertFollowUps(tx, values);
  return values.length;
}

function toView(row: repo.FollowUpRow): FollowUpView {
  const t = row.task;
  return {
    id: t.id,
    cycleId: t.cycleId,
    cycleName: row.cycleName,
    cadreId: t.cadreId,
    name: row.cadreName,
    post: row.post,
    unitName: row.unitName,
    year: t.year,
    kind: t.kind,
    repeated: t.repeated,
    reasons: t.reasons,
    state: t.state,
    note: t.note,
    handledAt: t.handledAt?.toISOString() ?? null,
    version: t.version,
  };
}

export async function listFollowUps(db: Db, ctx: RequestContext, query: z.output<typeof followUpQuery>) {
  const filter = { scope: scope(ctx), kind: query.kind, state: query.state, cycleId: query.cycleId };
  const [[rows, [total]], counts] = await Promise.all([
    repo.listFollowUps(db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.openCounts(db, filter),
  ]);
  const open: Partial<Record<FollowUpKind, number>> = Object.fromEntries(counts.map((c) => [c.kind, c.n]));
  return { items: rows.map(toView), total: total?.n ?? 0, open };
}

/** 办结 or 不予处理, with what was done; a task is closed once. */
export async function closeFollowUp(db: Db, ctx: RequestContext, id: string, body: z.output<typeof closeFollowUpBody>) {
  const before = await repo.findFollowUp(db, id, scope(ctx));
  if (!before || !ctx.actor) throw notFound();
  if (before.task.state !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '该事项已办理');
  const actor = ctx.actor;
  return db.transaction(async (tx) => {
    requireUpdated(await repo.closeFollowUp(tx, id, body.version, { state: body.state, note: body.note, handledBy: actor.userId, handledAt: ctx.now }));
    await recordAudit(tx, ctx, {
      action: 'assessment_follow_up.close',
      entity: 'assessment_follow_up',
      entityId: id,
      changes: { state: { before: 'OPEN', after: body.state }, note: { before: '', after: body.note } },
    });
    return toView((await repo.findFollowUp(tx, id)) as repo.FollowUpRow);
  });
}

/**
 * A task as the accountability module reads it to open a 不担当不作为 clue from it: within the actor's follow-up
 * scope (null otherwise), with the annual grade of its year.
 */
export async function followUpForClue(db: Executor, ctx: RequestContext, id: string) {
  const row = await repo.findFollowUp(db, id, scope(ctx));
  if (!row) return null;
  const t = row.task;
  const grade = (await repo.cadreGrades(db, t.cadreId)).find((g) => g.year === t.year)?.grade ?? null;
  return { id: t.id, cadreId: t.cadreId, unitId: t.unitId, year: t.year, kind: t.kind, state: t.state, repeated: t.repeated, grade };
}

/** Closes a task as done inside the caller's transaction, with a note naming what was done (the clue opened from it). */
export async function completeFollowUp(tx: Executor, ctx: RequestContext, id: string, note: string): Promise<void> {
  const before = await repo.findFollowUp(tx, id);
  if (!before || !ctx.actor) throw notFound();
  if (before.task.state !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '该考核结果运用事项已办理');
  const values = { state: 'DONE' as const, note, handledBy: ctx.actor.userId, handledAt: ctx.now };
  requireUpdated(await repo.closeFollowUp(tx, id, before.task.version, values));
  await recordAudit(tx, ctx, {
    action: 'assessment_follow_up.close',
    entity: 'assessment_follow_up',
    entityId: id,
    changes: { state: { before: 'OPEN', after: 'DONE' }, note: { before: '', after: note } },
  });
}
