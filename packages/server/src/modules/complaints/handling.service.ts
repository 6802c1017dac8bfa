import { missingInputs, transitionOf } from '@dandang/shared/cases/workflow';
import { concludeFields } from '@dandang/shared/complaints/complaint.schema';
import { COMPLAINT_WORKFLOW, type ComplaintState } from '@dandang/shared/complaints/complaint.states';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { parseWith } from '@dandang/shared/rules/validation';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, type FieldIssue, validationError } from '../../platform/errors';
import { addParticipants, reaches, requireCase, transitionCase } from '../cases';
import * as repo from './complaints.repository';

/*
 * Handling a complaint (issue 7 item 1): the steps of its workflow through the engine, assigning handlers (case
 * participants with role HANDLER, which the `assigned` scope of complaint.identity reads), and verification notes.
 */

/** Said of an assignee who is not an active user allowed to handle complaints in the actor's jurisdiction. */
export const NOT_A_HANDLER = '承办人应为本地区有办理检举控告权限的在用账号';

export type ComplaintAction = 'verify' | 'fileAway' | 'conclude';

interface ActionBody {
  version: number;
  note: string;
  fields: Record<string, unknown>;
}

/** The conclusion's fields through their schema; a field the workflow already reports missing is not named twice. */
function conclusionOf(body: ActionBody) {
  const parsed = parseWith(concludeFields, body.fields, ['fields']);
  if (parsed.ok) return { value: parsed.value, issues: [] as FieldIssue[] };
  const transition = transitionOf(COMPLAINT_WORKFLOW, 'VERIFYING', 'conclude');
  const missing = new Set(transition ? missingInputs(transition, body).map((i) => i.path) : []);
  return { value: null, issues: parsed.issues.filter((i) => !missing.has(i.path)) };
}

/** One step: the engine checks permission, state, required fields and version; a conclusion is also kept on the complaint. */
export async function takeAction(db: Db, ctx: RequestContext, id: string, action: ComplaintAction, body: ActionBody): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await requireCase(tx, ctx, COMPLAINT_WORKFLOW, id);
    const transition = transitionOf(COMPLAINT_WORKFLOW, row.case.state as ComplaintState, action);
    // A stale version is told before the fields: what the actor saw is no longer the complaint. Without a transition
    // from this state the engine refuses below, naming the state.
    if (transition && (await reaches(tx, ctx, id, [transition.permission])) && row.case.version !== body.version) throw new DomainError('VERSION_CONFLICT');
    const concluded = action === 'conclude' ? conclusionOf(body) : { value: null, issues: [] };
    const fields = concluded.value ?? body.fields;
    await transitionCase(tx, ctx, COMPLAINT_WORKFLOW, id, { action, version: body.version, note: body.note, fields }, { issues: concluded.issues });
    if (concluded.value) {
      const values = { conclusion: concluded.value.conclusion, conclusionGrounds: concluded.value.grounds, concludedOn: chinaDateOf(ctx.now) };
      await repo.setConclusion(tx, id, values);
      await recordAudit(tx, ctx, {
        action: 'complaint.conclude',
        entity: 'complaint',
        entityId: id,
        changes: { conclusion: { before: null, after: values.conclusion }, grounds: { before: null, after: values.conclusionGrounds } },
      });
    }
  });
}

/** The case, readable and workable by the actor: 404 out of the read scope, 403 when they may only read it. */
export async function requireHandling(db: Db, ctx: RequestContext, id: string) {
  const row = await requireCase(db, ctx, COMPLAINT_WORKFLOW, id);
  if (!(await reaches(db, ctx, id, ['complaint.handle']))) throw new DomainError('FORBIDDEN');
  return row;
}

/** 分办: adds handlers to the complaint; they then see the complainant's identity if they hold that grant. */
export async function assignHandlers(db: Db, ctx: RequestContext, id: string, userIds: readonly string[]): Promise<void> {
  const row = await requireHandling(db, ctx, id);
  if (row.case.closedAt) throw new DomainError('STATE_CONFLICT', undefined, '检举控告已办结，不能再分办');
  const found = await repo.handlerCandidates(db, ctx.actor?.unitId ?? null, { ids: userIds });
  const issues = userIds.flatMap((u, i) => (found.some((f) => f.id === u) ? [] : [{ path: `userIds.${i}`, message: NOT_A_HANDLER }]));
  if (issues.length > 0) throw validationError(issues);
  await db.transaction(async (tx) => {
    await addParticipants(
      tx,
      id,
      userIds.map((userId) => ({ userId, role: 'HANDLER' })),
      ctx,
    );
    await recordAudit(tx, ctx, { action: 'complaint.assign', entity: 'complaint', entityId: id, changes: { handlers: { before: null, after: userIds } } });
  });
}

/** 核查情况: a verification note, while the complaint is being verified. */
export async function addNote(db: Db, ctx: RequestContext, id: string, body: string) {
  const row = await requireHandling(db, ctx, id);
  if (row.case.state !== 'VERIFYING') throw new DomainError('STATE_CONFLICT', undefined, '只有在核查阶段才能记录核查情况');
  return db.transaction(async (tx) => {
    const note = await repo.insertNote(tx, {
      caseId: id,
      body,
      authorId: ctx.actor?.userId ?? null,
      authorName: ctx.actor?.displayName ?? '系统',
      at: ctx.now,
    });
    await recordAudit(tx, ctx, { action: 'complaint.note', entity: 'complaint', entityId: id, changes: { note: { before: null, after: body } } });
    return { id: note.id, at: note.at.toISOString(), authorName: note.authorName, body: note.body };
  });
}
