import { chinaDateOf } from '@dandang/shared/dates/date';
import { isNoticeOpen } from '@dandang/shared/honors/honor.rules';
import type { FileObjectionBody, PublicObjectionView, ResolveObjectionBody } from '@dandang/shared/honors/honor.schema';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import { newQueryCode } from '../../platform/crypto/query-code';
import { type FieldCipher, sm3 } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './honors.repository';
import { nominationScope } from './honors.scope';
import { presentObjection } from './honors.view';

/*
 * 公示异议 (DOMAIN.md §10): filed on the public notice page without an account, real-name or anonymous, answered with a
 * query code the objector uses to follow the answer. An open objection suspends its nominee; the organizer resolves it
 * (属实: the nomination is dropped; 不属实: the nominee stands) with an answer the objector reads by the code.
 */

export async function fileObjection(db: Db, cipher: FieldCipher, ctx: RequestContext, campaignId: string, body: FileObjectionBody) {
  return db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, campaignId, undefined);
    if (!campaign || (campaign.state !== 'NOTICE' && campaign.state !== 'PUBLISHED')) throw notFound();
    if (!isNoticeOpen(campaign, chinaDateOf(ctx.now))) throw new DomainError('STATE_CONFLICT', undefined, '不在公示期内，不再受理异议');
    const nomination = await repo.findNomination(tx, body.nominationId, undefined);
    if (!nomination || nomination.campaignId !== campaignId || nomination.state !== 'SHORTLISTED') {
      throw validationError([{ path: 'nominationId', message: '该人选不在本次公示名单中' }]);
    }
    const code = newQueryCode();
    const id = crypto.randomUUID();
    const identity = body.realName ? cipher.encrypt(JSON.stringify({ name: body.name, phone: body.phone })) : null;
    await repo.insertObjection(tx, {
      id,
      nominationId: nomination.id,
      codeHash: sm3(code),
      realName: body.realName,
      identityEnc: identity,
      content: body.content,
      state: 'OPEN',
      filedAt: ctx.now,
    });
    // The audit row says that an objection came in and about whom; never who sent it.
    await recordAudit(tx, ctx, {
      action: 'honor.objection.file',
      entity: 'honor_objection',
      entityId: id,
      changes: { nominationId: { before: null, after: nomination.id }, realName: { before: null, after: body.realName } },
    });
    return { code, filedAt: ctx.now.toISOString() };
  });
}

/**
 * The objector's view by query code (as objectionCodeParam leaves it: upper case, dashed), the state and the answer,
 * nothing about other objections.
 */
export async function objectionByCode(db: Db, code: string): Promise<PublicObjectionView> {
  const row = await repo.findObjectionByCode(db, sm3(code));
  if (!row) throw new DomainError('NOT_FOUND', undefined, '查询码无效，请核对后重新输入');
  return {
    campaignTitle: row.campaignTitle,
    cadreName: row.cadreName,
    state: row.state,
    filedAt: row.filedAt.toISOString(),
    answer: row.state === 'OPEN' ? '' : row.answer,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  };
}

/** 核实办结: an upheld objection drops the nomination; a dismissed one lifts the suspension. Both answer the objector. */
export async function resolveObjection(db: Db, ctx: RequestContext, id: string, body: ResolveObjectionBody) {
  const before = await repo.findObjection(db, id, nominationScope(ctx, 'honor.manage'));
  if (!before) throw notFound();
  if (before.state !== 'OPEN') throw new DomainError('STATE_CONFLICT', undefined, '该异议已办结');
  return db.transaction(async (tx) => {
    const campaign = await repo.findCampaign(tx, before.campaignId, undefined, true);
    if (campaign?.state !== 'NOTICE') throw new DomainError('STATE_CONFLICT', undefined, '只有公示阶段可以办结异议');
    requireUpdated(
      await repo.updateObjection(tx, id, body.version, {
        state: body.outcome,
        answer: body.answer,
        resolvedBy: ctx.actor?.userId ?? null,
        resolvedAt: ctx.now,
      }),
    );
    if (body.outcome === 'UPHELD') await repo.updateNomination(tx, before.nominationId, null, { state: 'DROPPED' }, ctx.now);
    const after = (await repo.findObjection(tx, id, undefined)) as repo.ObjectionRow;
    await recordAudit(tx, ctx, {
      action: 'honor.objection.resolve',
      entity: 'honor_objection',
      entityId: id,
      changes: {
        state: { before: before.state, after: after.state },
        answer: { before: before.answer, after: after.answer },
        ...(body.outcome === 'UPHELD' ? { nominationState: { before: 'SHORTLISTED', after: 'DROPPED' } } : {}),
      },
    });
    return presentObjection(after);
  });
}

/** 异议人身份: for the organizer only, every read logged (an anonymous one too: someone looked). */
export async function readObjector(db: Db, cipher: FieldCipher, ctx: RequestContext, id: string) {
  const objection = await repo.findObjection(db, id, nominationScope(ctx, 'honor.manage'));
  if (!objection) throw notFound();
  const stored = await repo.identityOf(db, id);
  const identity = stored ? (JSON.parse(cipher.decrypt(stored)) as { name: string; phone: string }) : null;
  await db.transaction((tx) => recordAudit(tx, ctx, { action: 'honor.objection.read_identity', entity: 'honor_objection', entityId: id }));
  return { realName: objection.realName, name: identity?.name ?? null, phone: identity?.phone ?? null };
}
