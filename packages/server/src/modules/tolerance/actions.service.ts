import { transitionOf } from '@dandang/shared/cases/workflow';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { feedbackFields, filingFields, noFields, reportFields, type ToleranceAction } from '@dandang/shared/tolerance/tolerance.schema';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { datedStepIssues } from '@dandang/shared/tolerance/tolerance-decision.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { reaches, transitionCase } from '../cases';
import { lockForWrite } from './case-lock';
import { correctionsOf } from './corrections.repository';
import { prepareDecision } from './decision.service';
import { type ActionBody, checkFields, type PreparedStep, type StepContext } from './step';
import * as repo from './tolerance.repository';

/*
 * The steps of a tolerance case (DOMAIN.md §6 procedure), each the engine's transition with the module's rules on
 * top: the checklist before the report, the collective decision, the dated feedback and filing, and closing only once
 * the correction plan is done.
 */

async function plain(step: StepContext): Promise<PreparedStep> {
  const { value, issues } = checkFields(noFields, step);
  return { fields: value ?? step.body.fields, issues };
}

async function report(step: StepContext): Promise<PreparedStep> {
  if (!step.row.factsSavedAt) throw new DomainError('STATE_CONFLICT', undefined, '请先填写并保存调查核实清单，再提请集体研究');
  const { value, issues } = checkFields(reportFields, step);
  return { fields: value ?? step.body.fields, issues };
}

/** 书面反馈 to the person and their party organization, dated not before the meeting. */
async function feedback(step: StepContext): Promise<PreparedStep> {
  const { value, issues } = checkFields(feedbackFields, step);
  if (!value) return { fields: step.body.fields, issues };
  const at = { asOf: step.today, notBefore: step.row.meetingDate, path: 'fields.feedbackOn', label: '反馈日期', after: '集体研究会议日期' };
  return {
    fields: value,
    issues: datedStepIssues(value.feedbackOn, at),
    async record(tx) {
      const values = { feedbackOn: value.feedbackOn, feedbackRecipients: value.recipients };
      requireUpdated(await repo.updateToleranceCase(tx, step.id, step.row.version, values, step.ctx.now));
      const changes = { feedbackOn: { before: null, after: value.feedbackOn }, recipients: { before: null, after: value.recipients } };
      await recordAudit(tx, step.ctx, { action: 'tolerance_case.feedback', entity: 'tolerance_case', entityId: step.id, changes });
    },
  };
}

/** 报备 with the discipline commission and the organization department, dated not before the feedback. */
async function filing(step: StepContext): Promise<PreparedStep> {
  const { value, issues } = checkFields(filingFields, step);
  if (!value) return { fields: step.body.fields, issues };
  const at = { asOf: step.today, notBefore: step.row.feedbackOn, path: 'fields.filedOn', label: '报备日期', after: '书面反馈日期' };
  return {
    fields: value,
    issues: datedStepIssues(value.filedOn, at),
    async record(tx) {
      requireUpdated(await repo.updateToleranceCase(tx, step.id, step.row.version, { filedOn: value.filedOn, filedWith: value.filedWith }, step.ctx.now));
      const changes = { filedOn: { before: null, after: value.filedOn }, filedWith: { before: null, after: value.filedWith } };
      await recordAudit(tx, step.ctx, { action: 'tolerance_case.file', entity: 'tolerance_case', entityId: step.id, changes });
    },
  };
}

/** 整改完成，办结: a plan was drawn up (a case with nothing to correct closes on filing) and every task is done. */
async function close(step: StepContext): Promise<PreparedStep> {
  const tasks = await correctionsOf(step.tx, step.id);
  if (tasks.length === 0) throw new DomainError('STATE_CONFLICT', undefined, '尚未制定纠错整改任务，不能办结');
  const open = tasks.filter((t) => !t.done).length;
  if (open > 0) throw new DomainError('STATE_CONFLICT', { open }, `还有 ${open} 项纠错整改任务未完成，不能办结`);
  return plain(step);
}

const STEPS: Record<ToleranceAction, (step: StepContext) => Promise<PreparedStep>> = {
  accept: plain,
  refuse: plain,
  report,
  decide: prepareDecision,
  feedback,
  file: filing,
  fileAndClose: filing,
  close,
};

/**
 * Takes one step: the module's checks, then the engine's transition (permission, state, required fields, version,
 * event, audit), then what the step records on the tolerance case, all in one transaction.
 */
export async function takeAction(db: Db, ctx: RequestContext, id: string, action: ToleranceAction, body: ActionBody): Promise<void> {
  await db.transaction(async (tx) => {
    const { row, caseRow, state } = await lockForWrite(tx, ctx, id, null);
    const transition = transitionOf(TOLERANCE_WORKFLOW, state, action);
    let prepared: PreparedStep = { fields: body.fields, issues: [] };
    // Without a transition from this state the engine refuses below, naming the state.
    if (transition) {
      if (!(await reaches(tx, ctx, id, [transition.permission]))) throw new DomainError('FORBIDDEN');
      // A stale version is told before anything else: what the actor saw is no longer the case.
      if (caseRow.case.version !== body.version) throw new DomainError('VERSION_CONFLICT');
      prepared = await STEPS[action]({ tx, ctx, id, row, caseRow, transition, body, today: chinaDateOf(ctx.now) });
    }
    await transitionCase(
      tx,
      ctx,
      TOLERANCE_WORKFLOW,
      id,
      { action, version: body.version, note: body.note, fields: prepared.fields },
      { issues: prepared.issues },
    );
    await prepared.record?.(tx);
  });
}
