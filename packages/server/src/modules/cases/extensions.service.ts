import { extensionRefusal } from '@dandang/shared/cases/workflow';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { policyDocumentById } from '../policy';
import { reaches, readableCase, workableCase } from './case-access';
import { stateDue } from './case-deadline';
import * as repo from './cases.repository';

/*
 * Extensions (延期): whoever works on a case asks for more working days in a state the workflow allows it in, within
 * the policy's count and length; the approver grants or refuses, and a grant moves the state's last day.
 */

export async function requestExtension(db: Db, ctx: RequestContext, caseId: string, body: { version: number; workdays: number; reason: string }) {
  const { workflow, row } = await workableCase(db, ctx, caseId);
  const c = row.case;
  const policy = await policyDocumentById(db, c.policyId);
  const refusal = extensionRefusal(workflow, policy, c.state, c.extensionsGranted, body.workdays);
  if (refusal?.field) throw validationError([{ path: refusal.field, message: refusal.text }]);
  if (refusal) throw new DomainError('STATE_CONFLICT', undefined, refusal.text);
  return db.transaction(async (tx) => {
    // Checked again under the case's lock: of two requests sent at once, the second finds the first pending.
    if ((await repo.lockCase(tx, caseId))?.version !== body.version) throw new DomainError('VERSION_CONFLICT');
    if ((await repo.extensionsOf(tx, caseId)).some((x) => x.status === 'PENDING')) throw new DomainError('STATE_CONFLICT', undefined, '已有延期申请待审批');
    const saved = await repo.insertExtension(tx, {
      caseId,
      state: c.state,
      workdays: body.workdays,
      reason: body.reason,
      requestedBy: ctx.actor?.userId ?? null,
      requesterName: ctx.actor?.displayName ?? '系统',
      requestedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'case.extension_request',
      entity: 'case',
      entityId: caseId,
      changes: { extension: { before: null, after: { workdays: body.workdays, reason: body.reason } } },
    });
    return saved.id;
  });
}

export async function decideExtension(
  db: Db,
  ctx: RequestContext,
  caseId: string,
  extensionId: string,
  body: { version: number; approve: boolean; answer: string },
) {
  // An approver need not work on the case: reading it and holding the approval over it is enough.
  const { workflow, row } = await readableCase(db, ctx, caseId);
  const rule = workflow.extension;
  if (!rule || !(await reaches(db, ctx, caseId, [rule.approvePermission]))) throw new DomainError('FORBIDDEN');
  const extension = await repo.findExtension(db, extensionId);
  if (!extension || extension.caseId !== caseId) throw notFound();
  // "Extendable … with approval" (DOMAIN.md §6) means someone else's: a handler who also decides cannot grant their own.
  if (extension.requestedBy === ctx.actor?.userId) throw new DomainError('FORBIDDEN', undefined, '不能审批本人提出的延期申请');
  if (extension.status !== 'PENDING') throw new DomainError('STATE_CONFLICT', undefined, '该延期申请已审批');
  const c = row.case;
  if (body.approve && c.state !== extension.state) throw new DomainError('STATE_CONFLICT', undefined, '案件已离开申请延期的阶段，不能再批准');
  return db.transaction(async (tx) => {
    requireUpdated(
      await repo.decideExtension(tx, extensionId, body.version, {
        status: body.approve ? 'APPROVED' : 'REFUSED',
        decidedBy: ctx.actor?.userId ?? null,
        deciderName: ctx.actor?.displayName ?? '系统',
        decidedAt: ctx.now,
        answer: body.answer,
      }),
    );
    let dueOn = c.dueOn;
    if (body.approve) {
      const extra = c.extraWorkdays + extension.workdays;
      const due = await stateDue(tx, workflow, c.policyId, c.state, c.stateSince, extra);
      requireUpdated(await repo.updateCase(tx, caseId, c.version, { ...due, extraWorkdays: extra, extensionsGranted: c.extensionsGranted + 1 }, ctx.now));
      await repo.insertEvent(tx, {
        caseId,
        at: ctx.now,
        actorId: ctx.actor?.userId ?? null,
        actorName: ctx.actor?.displayName ?? '系统',
        action: 'extend',
        fromState: c.state,
        toState: c.state,
        note: extension.reason,
        fields: { workdays: extension.workdays, dueOn: due.dueOn },
      });
      dueOn = due.dueOn;
    }
    await recordAudit(tx, ctx, {
      action: 'case.extension_decide',
      entity: 'case',
      entityId: caseId,
      changes: { extension: { before: 'PENDING', after: body.approve ? 'APPROVED' : 'REFUSED' }, dueOn: { before: c.dueOn, after: dueOn } },
    });
  });
}
