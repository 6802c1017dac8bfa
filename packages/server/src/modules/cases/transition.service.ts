import { missingInputs, type TransitionInfo, transitionOf, type Workflow } from '@dandang/shared/cases/workflow';
import { chinaDateOf, type IsoDate } from '@dandang/shared/dates/date';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { stateDue } from './case-deadline';
import { announceStep } from './case-hooks';
import { caseScope } from './case-scope';
import * as repo from './cases.repository';

export interface TransitionRequest {
  action: string;
  version: number;
  note: string;
  fields: Record<string, unknown>;
}

export interface TransitionOptions {
  /**
   * A transition another decision causes (a tolerance decision exempting an accountability case): the actor's right
   * was the causing decision's, so no permission or scope is asked again, and the case's current version is taken.
   */
  asEffect?: boolean;
  /** The module's own findings on the request, reported together with the engine's. */
  issues?: FieldIssue[];
  /**
   * The day the new state's limit runs from, when the step records one (an accountability decision's own date, from
   * which its month for organizational adjustment counts); today otherwise.
   */
  limitFrom?: IsoDate;
  /** The new state's limit does not apply to this case (a decision with no organizational adjustment to complete). */
  withoutLimit?: boolean;
}

export interface Transitioned {
  row: repo.CaseRow;
  from: string;
  transition: TransitionInfo;
}

/** The case if the actor may read it with the workflow's read permission; 404 otherwise (its existence is not told). */
export async function requireCase(db: Executor, ctx: RequestContext, workflow: Workflow, id: string): Promise<repo.CaseRow> {
  const row = await repo.findCase(db, id, caseScope(ctx, workflow.readPermission));
  if (!row || row.case.type !== workflow.type) throw notFound();
  return row;
}

function refuseAction(workflow: Workflow, state: string, action: string): never {
  const known = workflow.transitions.find((t) => t.action === action);
  if (!known) throw validationError([{ path: 'action', message: `没有“${action}”这个办理操作` }]);
  const here = workflow.states[state]?.label ?? state;
  throw new DomainError('STATE_CONFLICT', { state, action }, `案件当前处于“${here}”阶段，不能${known.label}`);
}

/**
 * Moves a case one step, in the caller's transaction: the step must leave the case's state, the actor must hold its
 * permission over this case, the fields it needs must be there, and the version must be the one the actor read (of
 * two racing steps one wins, the other gets 409). The case enters the new state with that state's limit counted from
 * today; the event and the audit entry are written with it. The caller writes what the step does to its module.
 */
export async function transitionCase(
  tx: Executor,
  ctx: RequestContext,
  workflow: Workflow,
  id: string,
  request: TransitionRequest,
  options: TransitionOptions = {},
): Promise<Transitioned> {
  const found = options.asEffect ? await repo.findCase(tx, id) : await requireCase(tx, ctx, workflow, id);
  if (!found || found.case.type !== workflow.type) throw notFound();
  const from = found.case.state;
  const transition = transitionOf(workflow, from, request.action) ?? refuseAction(workflow, from, request.action);
  if (!options.asEffect && !(await repo.findCase(tx, id, caseScope(ctx, transition.permission)))) throw new DomainError('FORBIDDEN');
  const issues = [...missingInputs(transition, request), ...(options.issues ?? [])];
  if (issues.length > 0) throw validationError(issues);
  const version = options.asEffect ? found.case.version : request.version;

  const today = chinaDateOf(ctx.now);
  const due = options.withoutLimit
    ? { dueOn: null, dueProvisional: false }
    : await stateDue(tx, workflow, found.case.policyId, transition.to, options.limitFrom ?? today);
  const closes = workflow.states[transition.to]?.closed === true;
  requireUpdated(
    await repo.updateCase(
      tx,
      id,
      version,
      { state: transition.to, stateSince: options.limitFrom ?? today, ...due, extensionsGranted: 0, extraWorkdays: 0, closedAt: closes ? ctx.now : null },
      ctx.now,
    ),
  );
  await repo.insertEvent(tx, {
    caseId: id,
    at: ctx.now,
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? '系统',
    action: request.action,
    fromState: from,
    toState: transition.to,
    note: request.note,
    fields: request.fields,
  });
  await recordAudit(tx, ctx, {
    action: `case.${request.action}`,
    entity: 'case',
    entityId: id,
    changes: {
      state: { before: from, after: transition.to },
      ...(request.note ? { note: { before: null, after: request.note } } : {}),
      ...(Object.keys(request.fields).length > 0 ? { fields: { before: null, after: request.fields } } : {}),
    },
  });
  const row = (await repo.findCase(tx, id)) as repo.CaseRow;
  await announceStep(tx, ctx, { row, from, action: request.action, closed: closes });
  return { row, from, transition };
}
