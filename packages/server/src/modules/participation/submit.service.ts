import { chinaDateOf } from '@dandang/shared/dates/date';
import type { submitBody } from '@dandang/shared/participation/participation.schema';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import { newQueryCode } from '../../platform/crypto/query-code';
import { type FieldCipher, sm3 } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import { spendChallenge } from './challenge.service';
import { replyDeadline } from './deadline';
import { notifyReceived } from './participation.notices';
import * as repo from './participation.repository';

type SubmitInput = z.output<typeof submitBody>;

/**
 * 提交金点子/企业诉求 from the public page (no account): checks the category, spends the challenge, routes the
 * submission to the category's unit with its reply deadline, and answers the query code once (only its hash is kept).
 * The name and phone are stored SM4-encrypted; the audit row says only whether they were given. The unit's handlers
 * are told in the same transaction.
 */
export async function submit(db: Db, cipher: FieldCipher, ctx: RequestContext, body: SubmitInput) {
  const category = await repo.findCategory(db, body.categoryId);
  if (!category?.c.active || category.c.kind !== body.kind) {
    throw validationError([{ path: 'categoryId', message: '类别不存在或已停用，请重新选择' }]);
  }
  await spendChallenge(db, body.challengeToken, body.challengeAnswer, ctx.now);

  const today = chinaDateOf(ctx.now);
  const due = await replyDeadline(db, body.kind, today, category.jurisdictionId);
  const queryCode = newQueryCode();
  const id = crypto.randomUUID();
  const contact = body.contactName && body.phone ? cipher.encrypt(JSON.stringify({ name: body.contactName, phone: body.phone })) : null;
  await db.transaction(async (tx) => {
    await repo.insertSubmission(tx, {
      id,
      kind: body.kind,
      queryCodeHash: sm3(queryCode),
      categoryId: category.c.id,
      unitId: category.c.unitId,
      title: body.title,
      content: body.content,
      anonymous: body.anonymous,
      contactEnc: contact,
      enterpriseName: body.enterpriseName || null,
      creditCode: body.creditCode || null,
      state: 'RECEIVED',
      submittedAt: ctx.now,
      submittedOn: today,
      ...due,
      updatedAt: ctx.now,
    });
    await repo.insertEvent(tx, {
      submissionId: id,
      at: ctx.now,
      actorName: body.enterpriseName || (body.anonymous ? '匿名群众' : '群众'),
      action: 'submit',
      state: 'RECEIVED',
    });
    await recordAudit(tx, ctx, {
      action: 'participation.submit',
      entity: 'participation_submission',
      entityId: id,
      changes: {
        kind: { before: null, after: body.kind },
        categoryId: { before: null, after: category.c.id },
        unitId: { before: null, after: category.c.unitId },
        anonymous: { before: null, after: body.anonymous },
        contactRecorded: { before: null, after: contact !== null },
        dueOn: { before: null, after: due.dueOn },
      },
    });
    await notifyReceived(tx, ctx, { id, kind: body.kind, title: body.title, unitId: category.c.unitId, unitName: category.unitName, dueOn: due.dueOn });
  });
  return { queryCode, dueOn: due.dueOn, dueProvisional: due.dueProvisional, unitName: category.unitName };
}
