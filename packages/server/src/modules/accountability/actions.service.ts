import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import {
  type AccountabilityCaseDetail,
  correctFields,
  type DecideFields,
  decideFields,
  executeFields,
  exemptFields,
  noFields,
} from '@dandang/shared/accountability/accountability-case.schema';
import { adjustmentForms } from '@dandang/shared/accountability/forms.rules';
import type { transitionBody } from '@dandang/shared/cases/case.schema';
import type { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import { lockCase, requireCase, transitionCase } from '../cases';
import { holds } from '../org';
import * as repo from './accountability.repository';
import { accountabilityDetail, requireFacts } from './case-detail.service';
import { correctStep, type DecisionContext, decideStep, executeStep, exemptStep, plainStep, type Step } from './decision.service';
import { parseStepFields } from './step-fields';
import { pendingToleranceFor, type ToleranceOutcome, toleranceOutcomeFor } from './tolerance-outcome';

/*
 * POST /api/v1/accountability/cases/:id/actions/:action: the engine moves the case (permission, scope, state,
 * required fields, version); this module checks each step's own fields first and writes its side in the same
 * transaction, so a refused or raced step leaves nothing behind.
 */

const FIELDS: Record<string, z.ZodObject> = {
  coordinate: noFields,
  decide: decideFields,
  notHold: noFields,
  exempt: exemptFields,
  execute: executeFields,
  correct: correctFields,
};

type Body = z.output<typeof transitionBody>;

function stepOf(action: string, d: DecisionContext, body: Body, parsed: Record<string, unknown>): Step {
  switch (action) {
    case 'decide':
      return decideStep(d, body.fields, parsed as DecideFields);
    case 'execute':
      return executeStep(d, body.fields, parsed as z.output<typeof executeFields>);
    case 'correct':
      return correctStep(d, body.fields, parsed as z.output<typeof correctFields>, body.note);
    case 'exempt':
      return exemptStep(d, body.fields, parsed as z.output<typeof exemptFields>);
    default:
      return plainStep(body.fields);
  }
}

/** A decision waits for a linked tolerance case, and is refused if one was decided since the page was read. */
async function requireToleranceSettled(tx: Executor, id: string, readBefore: ToleranceOutcome | null) {
  const pending = await pendingToleranceFor(tx, id);
  if (pending) throw new DomainError('STATE_CONFLICT', undefined, `关联的容错案件${pending.number}尚未集体研究认定，请待认定后再作出问责决定`);
  const now = await toleranceOutcomeFor(tx, id);
  if (now?.caseId !== readBefore?.caseId || now?.decision !== readBefore?.decision)
    throw new DomainError('VERSION_CONFLICT', undefined, '容错认定刚刚作出，请刷新后重试');
}

export async function actOnCase(db: Db, ctx: RequestContext, id: string, action: string, body: Body): Promise<AccountabilityCaseDetail> {
  const row = await requireCase(db, ctx, ACCOUNTABILITY_WORKFLOW, id);
  const transition = ACCOUNTABILITY_WORKFLOW.transitions.find((t) => t.action === action);
  const schema = FIELDS[action];
  if (!transition || !schema) throw validationError([{ path: 'action', message: `没有“${action}”这个办理操作` }]);
  if (!holds(ctx.actor, transition.permission)) throw new DomainError('FORBIDDEN');
  const facts = (await requireFacts(db, id)).facts;
  const [proposals, tolerance] = await Promise.all([repo.proposalsOf(db, id), toleranceOutcomeFor(db, id)]);
  const parsed = parseStepFields(schema, body.fields);
  const d: DecisionContext = { ctx, facts, caseNumber: row.case.number, proposals, tolerance };
  const step = stepOf(action, d, body, parsed.value);
  const issues = [...parsed.issues, ...step.issues];
  await db.transaction(async (tx) => {
    // The case's row first, before anything is audited (the audit chain is locked last), then what may have changed.
    await lockCase(tx, id);
    if (action === 'decide') await requireToleranceSettled(tx, id, tolerance);
    const decided = action === 'decide' ? (parsed.value as DecideFields) : undefined;
    await transitionCase(
      tx,
      ctx,
      ACCOUNTABILITY_WORKFLOW,
      id,
      { action, version: body.version, note: body.note, fields: step.fields },
      {
        issues,
        // Organizational adjustment is due within a month of the decision's own date (DOMAIN.md §7); a decision
        // without one has nothing to complete, so no month runs.
        ...(decided?.decidedOn ? { limitFrom: decided.decidedOn } : {}),
        ...(decided && adjustmentForms(decided.forms ?? []).length === 0 ? { withoutLimit: true } : {}),
      },
    );
    await step.write(tx);
  });
  return accountabilityDetail(db, ctx, id);
}
