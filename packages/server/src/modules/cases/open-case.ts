import type { Workflow } from '@dandang/shared/cases/workflow';
import { chinaDateOf, yearOf } from '@dandang/shared/dates/date';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { units } from '../org';
import { policyInForce } from '../policy';
import { stateDue } from './case-deadline';
import { nextCaseNumber } from './case-numbers';
import * as repo from './cases.repository';

export interface NewCase {
  title: string;
  unitId: string;
  subjectCadreId: string | null;
  /** What the opening carried (the application's facts, the proposal), kept on the first event. */
  fields?: Record<string, unknown>;
  note?: string;
  participants?: ReadonlyArray<{ userId: string; role: string }>;
}

/**
 * Opens a case of a workflow inside the caller's transaction: its number, the policy in force today, the first
 * state with its limit, the opening event and the audit entry. The caller checks who may open it and writes its
 * module's own facts beside it. Answers the new case's id and number.
 */
export async function openCase(tx: Executor, ctx: RequestContext, workflow: Workflow, input: NewCase): Promise<{ id: string; number: string }> {
  const today = chinaDateOf(ctx.now);
  // The jurisdiction's own policy when it has one in force, else the national default (DOMAIN.md preamble).
  const [unit] = await tx.select({ jurisdictionId: units.jurisdictionId }).from(units).where(eq(units.id, input.unitId)).limit(1);
  const policy = await policyInForce(tx, today, unit?.jurisdictionId ?? null);
  const { number, seq } = await nextCaseNumber(tx, workflow.prefix, yearOf(today));
  const due = await stateDue(tx, workflow, policy.id, workflow.initial, today);
  const id = await repo.insertCase(tx, {
    type: workflow.type,
    number,
    year: yearOf(today),
    seq,
    title: input.title,
    state: workflow.initial,
    unitId: input.unitId,
    subjectCadreId: input.subjectCadreId,
    policyId: policy.id,
    policyCode: policy.code,
    policyVersion: policy.version,
    openedAt: ctx.now,
    openedBy: ctx.actor?.userId ?? null,
    stateSince: today,
    ...due,
    updatedAt: ctx.now,
  });
  await repo.addParticipants(tx, id, input.participants ?? []);
  await repo.insertEvent(tx, {
    caseId: id,
    at: ctx.now,
    actorId: ctx.actor?.userId ?? null,
    actorName: ctx.actor?.displayName ?? '系统',
    action: 'open',
    fromState: null,
    toState: workflow.initial,
    note: input.note ?? '',
    fields: input.fields ?? {},
  });
  await recordAudit(tx, ctx, {
    action: `case.open`,
    entity: 'case',
    entityId: id,
    changes: { number: { before: null, after: number }, type: { before: null, after: workflow.type }, state: { before: null, after: workflow.initial } },
  });
  return { id, number };
}
