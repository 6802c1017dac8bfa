import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import { appealAnswerDue, checkAppeal } from '@dandang/shared/accountability/appeal.rules';
import type { AppealPage, AppealView, answerAppealBody, appealQuery, lodgeAppealBody } from '@dandang/shared/accountability/appeal.schema';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { violatesUnique } from '../../platform/db/pg-error';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { caseScope, reaches, requireCase } from '../cases';
import { policyDocumentById } from '../policy';
import { toAppealView } from './appeal.view';
import * as repo from './appeals.repository';
import { accountabilityDetail, requireFacts } from './case-detail.service';

/*
 * 申诉 (问责条例 第二十条): lodged on the subject's behalf by someone who may propose accountability, within the
 * policy's months of the decision; answered by the deciding side within its months. The case's state is untouched:
 * execution goes on meanwhile, and an upheld appeal is followed by a correction (the `correct` step), not replaced by it.
 */

const DECIDED = ['DECIDED', 'EXECUTED'];

export async function lodgeAppeal(db: Db, ctx: RequestContext, caseId: string, input: z.output<typeof lodgeAppealBody>): Promise<AccountabilityCaseDetail> {
  const row = await requireCase(db, ctx, ACCOUNTABILITY_WORKFLOW, caseId);
  if (!(await reaches(db, ctx, caseId, ['accountability.propose']))) throw new DomainError('FORBIDDEN');
  const { facts, cadreName, subjectUnitName } = await requireFacts(db, caseId);
  if (!DECIDED.includes(row.case.state) || !facts.decidedOn) {
    throw new DomainError('STATE_CONFLICT', { state: row.case.state }, '只能对已作出且未纠正的问责决定提出申诉');
  }
  const today = chinaDateOf(ctx.now);
  const receivedOn = input.receivedOn ?? today;
  if (isBefore(today, receivedOn)) throw validationError([{ path: 'receivedOn', message: '收到申诉的日期不能晚于今天' }]);
  const policy = await policyDocumentById(db, row.case.policyId);
  const check = checkAppeal({ decidedOn: facts.decidedOn, receivedOn, appealMonths: policy.accountability.appealMonths });
  const why = check.reasons[0]?.text ?? '';
  if (check.outcome === 'BEFORE_DECISION') throw validationError([{ path: 'receivedOn', message: why }]);
  if (check.outcome === 'LATE') throw new DomainError('APPEAL_PERIOD_ENDED', { lastDay: check.lastDay, decidedOn: facts.decidedOn }, why);
  const actor = ctx.actor;
  if (!actor) throw notFound();
  await db
    .transaction(async (tx) => {
      const id = await repo.insertAppeal(tx, {
        caseId,
        appellant: input.appellant || (cadreName ?? `${subjectUnitName}党组织`),
        receivedOn,
        grounds: input.grounds,
        lodgedBy: actor.userId,
        lodgedByName: actor.displayName,
        lodgedAt: ctx.now,
        answerDue: appealAnswerDue(receivedOn, policy.accountability.appealAnswerMonths),
      });
      await recordAudit(tx, ctx, {
        action: 'accountability_appeal.lodge',
        entity: 'accountability_appeal',
        entityId: id,
        changes: { caseId: { before: null, after: caseId }, receivedOn: { before: null, after: receivedOn } },
      });
    })
    .catch((error: unknown) => {
      if (violatesUnique(error, 'accountability_appeals_open_uq')) throw new DomainError('STATE_CONFLICT', undefined, '本案已有尚未答复的申诉');
      throw error;
    });
  return accountabilityDetail(db, ctx, caseId);
}

export async function answerAppeal(db: Db, ctx: RequestContext, id: string, input: z.output<typeof answerAppealBody>): Promise<AppealView> {
  const found = await repo.findAppeal(db, id, caseScope(ctx, 'accountability.read'));
  if (!found) throw notFound();
  if (!(await repo.findAppeal(db, id, caseScope(ctx, 'accountability.decide')))) throw new DomainError('FORBIDDEN');
  const before = found.appeal;
  if (before.answeredOn) throw new DomainError('STATE_CONFLICT', undefined, '该申诉已经答复');
  const today = chinaDateOf(ctx.now);
  const answeredOn = input.answeredOn ?? today;
  if (isBefore(today, answeredOn)) throw validationError([{ path: 'answeredOn', message: '答复日期不能晚于今天' }]);
  if (isBefore(answeredOn, before.receivedOn)) throw validationError([{ path: 'answeredOn', message: `答复日期不能早于收到申诉的日期 ${before.receivedOn}` }]);
  const actor = ctx.actor;
  if (!actor) throw notFound();
  return db.transaction(async (tx) => {
    const values = { upheld: input.upheld, answer: input.answer, answeredOn, answeredBy: actor.userId, answeredByName: actor.displayName };
    requireUpdated(await repo.answerAppeal(tx, id, input.version, values));
    await recordAudit(tx, ctx, {
      action: 'accountability_appeal.answer',
      entity: 'accountability_appeal',
      entityId: id,
      changes: { upheld: { before: null, after: input.upheld }, answeredOn: { before: null, after: answeredOn } },
    });
    return toAppealView((await repo.findAppeal(tx, id, undefined)) as repo.AppealRow, today);
  });
}

export async function listAppeals(db: Db, ctx: RequestContext, query: z.output<typeof appealQuery>): Promise<AppealPage> {
  const today = chinaDateOf(ctx.now);
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [rows, [total]] = await repo.listAppeals(db, caseScope(ctx, 'accountability.read'), query.state, today, page);
  return { items: rows.map((r) => toAppealView(r, today)), total: total?.n ?? 0 };
}
