import type { intakeBody } from '@dandang/shared/complaints/complaint.schema';
import { COMPLAINT_WORKFLOW } from '@dandang/shared/complaints/complaint.states';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { DomainError, type FieldIssue, validationError } from '../../platform/errors';
import { openCase } from '../cases';
import { holds } from '../org';
import * as repo from './complaints.repository';
import { NOT_A_HANDLER } from './handling.service';

type IntakeInput = z.output<typeof intakeBody>;

/** Every reference of the intake that does not exist, named as the request names it. */
async function referenceIssues(db: Db, body: IntakeInput, today: string, actorUnitId: string | null): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  if (isBefore(today, body.receivedOn)) issues.push({ path: 'receivedOn', message: '收到日期不能晚于今天' });
  const found = await repo.findCadres(db, body.accusedCadreIds);
  body.accusedCadreIds.forEach((id, i) => {
    if (!found.some((c) => c.id === id)) issues.push({ path: `accusedCadreIds.${i}`, message: '干部不存在' });
  });
  if (body.handlerIds.length > 0) {
    const found = await repo.handlerCandidates(db, actorUnitId, { ids: body.handlerIds });
    body.handlerIds.forEach((id, i) => {
      if (!found.some((u) => u.id === id)) issues.push({ path: `handlerIds.${i}`, message: NOT_A_HANDLER });
    });
  }
  return issues;
}

/**
 * 登记检举控告 (issue 7 item 1): opens a COMPLAINT case about the first accused cadre (in that cadre's unit, which the
 * case's unit scopes filter on), keeps every accused cadre and the complaint's facts beside it, and the complainant's
 * identity SM4-encrypted in its own table. Neither the case event nor the audit entry carries the identity: the
 * audit says only whether one was given. Answers the new case's id.
 */
export async function intakeComplaint(db: Db, cipher: FieldCipher, ctx: RequestContext, body: IntakeInput): Promise<string> {
  if (!holds(ctx.actor, 'complaint.intake')) throw new DomainError('FORBIDDEN');
  const issues = await referenceIssues(db, body, chinaDateOf(ctx.now), ctx.actor?.unitId ?? null);
  if (issues.length > 0) throw validationError(issues);
  const [first] = await repo.findCadres(db, [body.accusedCadreIds[0] as string]);
  if (!first) throw validationError([{ path: 'accusedCadreIds.0', message: '干部不存在' }]);

  return db.transaction(async (tx) => {
    const facts = { channel: body.channel, anonymous: body.anonymous, classification: body.classification, accusedCadreIds: body.accusedCadreIds };
    const opened = await openCase(tx, ctx, COMPLAINT_WORKFLOW, {
      title: body.title,
      unitId: first.unitId,
      subjectCadreId: first.id,
      fields: facts,
      participants: body.handlerIds.map((userId) => ({ userId, role: 'HANDLER' })),
    });
    await repo.insertComplaint(
      tx,
      {
        caseId: opened.id,
        channel: body.channel,
        receivedOn: body.receivedOn,
        anonymous: body.anonymous,
        classification: body.classification,
        matter: body.matter,
        createdAt: ctx.now,
      },
      body.accusedCadreIds,
    );
    if (body.complainant) await repo.insertIdentity(tx, opened.id, cipher.encrypt(JSON.stringify(body.complainant)));
    await recordAudit(tx, ctx, {
      action: 'complaint.intake',
      entity: 'complaint',
      entityId: opened.id,
      changes: {
        ...Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, { before: null, after: v }])),
        receivedOn: { before: null, after: body.receivedOn },
        identityRecorded: { before: null, after: body.complainant !== undefined },
        handlerIds: { before: null, after: body.handlerIds },
      },
    });
    return opened.id;
  });
}
