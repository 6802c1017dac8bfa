import { CLARIFICATION_FORMS, CLARIFICATION_STATUSES, type ClarificationStatus } from '@dandang/shared/complaints/complaint.codes';
import type { approveBody, completeBody, paperConsentBody, proposeClarificationBody } from '@dandang/shared/complaints/complaint.schema';
import { COMPLAINT_WORKFLOW } from '@dandang/shared/complaints/complaint.states';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import { type ComplaintConclusion, recommendClarification } from '@dandang/shared/rules/clarification.rules';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { reaches, requireCase } from '../cases';
import { holds, scopeCondition } from '../org';
import { recommendationOf } from './clarification.view';
import * as repo from './complaints.repository';
import { complaintClarifications } from './complaints.tables';
import { requireHandling } from './handling.service';

/*
 * 澄清正名 (issue 7 item 2; DOMAIN.md §8, 检举控告工作规则第五十条): after the conclusion the handler proposes it for
 * each accused cadre it concerns, the cadre agrees (in the app, or on paper entered by the handler with the signed file), the
 * head of the body approves it, and the handler records it carried out. "谁核实、谁澄清": the complaint's own handlers.
 */

const conflict = (text: string) => new DomainError('STATE_CONFLICT', undefined, text);

/** The concluded complaint's conclusion, or 409: clarification comes only after one. */
async function conclusionFor(db: Executor, id: string): Promise<ComplaintConclusion> {
  const complaint = await repo.findComplaint(db, id);
  if (!complaint) throw notFound();
  if (!complaint.conclusion) throw conflict('尚未作出核查结论，不能澄清正名');
  return complaint.conclusion;
}

type Key = { caseId: string; cadreId: string };

/** One cadre's clarification row locked, in the status a step needs, at the version the actor read. */
async function lockedIn(tx: Executor, key: Key, statuses: readonly ClarificationStatus[], version: number) {
  const row = await repo.lockClarification(tx, key.caseId, key.cadreId);
  if (!row) throw conflict('尚未对该干部提出澄清正名');
  if (!statuses.includes(row.status)) throw conflict(`澄清正名当前为“${CLARIFICATION_STATUSES[row.status]}”，不能执行此操作`);
  if (row.version !== version) throw new DomainError('VERSION_CONFLICT');
  return row;
}

async function write(
  tx: Executor,
  ctx: RequestContext,
  key: Key,
  version: number,
  action: string,
  values: Parameters<typeof repo.updateClarification>[3],
  note = '',
) {
  requireUpdated(await repo.updateClarification(tx, key, version, values, ctx.now));
  const written = note ? { ...values, note } : values;
  const changes = Object.fromEntries(Object.entries(written).map(([k, v]) => [k, { before: null, after: v instanceof Date ? v.toISOString() : v }]));
  await recordAudit(tx, ctx, {
    action: `clarification.${action}`,
    entity: 'complaint',
    entityId: key.caseId,
    changes: { cadreId: { before: null, after: key.cadreId }, ...changes },
  });
}

/** 提出澄清正名: refused when the conclusion can never qualify (UNPROVEN, TRUE) or no impact is named. */
export async function proposeClarification(db: Db, ctx: RequestContext, id: string, body: z.output<typeof proposeClarificationBody>) {
  await requireHandling(db, ctx, id);
  const conclusion = await conclusionFor(db, id);
  const accused = await repo.accusedOf(db, id);
  if (!accused.some((a) => a.cadreId === body.cadreId)) throw validationError([{ path: 'cadreId', message: '应为本件被反映的干部' }]);
  // Consent is asked after the proposal, so it is assumed here; every other requirement must already hold.
  const rule = recommendClarification({ conclusion, impacts: body.impacts, consent: true, toleranceGranted: body.toleranceGranted });
  const byConclusion = rule.reasons.find((r) => r.code === 'CONCLUSION');
  if (!rule.recommended && byConclusion) throw new DomainError('STATE_CONFLICT', { reasons: rule.reasons }, byConclusion.text);
  if (!rule.recommended) throw validationError([{ path: 'impacts', message: '请至少选择一项影响情形（选拔任用等受影响、权益受损害、反复被举报）' }]);
  await db.transaction(async (tx) => {
    if (await repo.lockClarification(tx, id, body.cadreId)) throw new DomainError('DUPLICATE', undefined, '已对该干部提出澄清正名');
    await repo.insertClarification(tx, { caseId: id, status: 'PROPOSED', ...body, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, {
      action: 'clarification.propose',
      entity: 'complaint',
      entityId: id,
      changes: Object.fromEntries(Object.entries(body).map(([k, v]) => [k, { before: null, after: v }])),
    });
  });
}

/**
 * The accused cadre's own answer in the app. The cadre cannot read the complaint: the clarification is found by
 * the scope of `clarification.consent` on its cadre (self), so anyone else's clarification is not found.
 */
export async function consentAsCadre(db: Db, ctx: RequestContext, id: string, body: { version: number; consent: boolean }) {
  const scope = scopeCondition(ctx.actor, 'clarification.consent', { cadreId: complaintClarifications.cadreId });
  // Only the cadre themself answers in the app, whatever the scope: for anyone else the consent is on paper.
  const cadreId = ctx.actor?.cadreId;
  if (!cadreId) throw notFound();
  const [mine] = await db
    .select({ caseId: complaintClarifications.caseId })
    .from(complaintClarifications)
    .where(and(eq(complaintClarifications.caseId, id), eq(complaintClarifications.cadreId, cadreId), scope));
  if (!mine) throw notFound();
  const key = { caseId: id, cadreId };
  await db.transaction(async (tx) => {
    await lockedIn(tx, key, ['PROPOSED'], body.version);
    await write(tx, ctx, key, body.version, 'consent', { status: body.consent ? 'CONSENTED' : 'DECLINED', consentWay: 'APP', consentAt: ctx.now });
  });
  return key;
}

/** Consent given on paper: the handler records it with the signed statement, a file of this case. */
export async function recordPaperConsent(db: Db, ctx: RequestContext, id: string, body: z.output<typeof paperConsentBody>) {
  await requireHandling(db, ctx, id);
  if (!(await repo.attachmentOfCase(db, id, body.attachmentId))) throw validationError([{ path: 'attachmentId', message: '应为本件已上传的本人书面意见' }]);
  await db.transaction(async (tx) => {
    await lockedIn(tx, { caseId: id, cadreId: body.cadreId }, ['PROPOSED'], body.version);
    const values = {
      status: body.consent ? 'CONSENTED' : 'DECLINED',
      consentWay: 'PAPER',
      consentAt: ctx.now,
      consentAttachmentId: body.attachmentId,
    } as const;
    await write(tx, ctx, { caseId: id, cadreId: body.cadreId }, body.version, 'consent', values);
  });
}

/** 审批 by the head of the body (clarification.approve), only when the rule recommends it with the consent given. */
export async function approveClarification(db: Db, ctx: RequestContext, id: string, body: z.output<typeof approveBody>) {
  await requireCase(db, ctx, COMPLAINT_WORKFLOW, id);
  if (!(await reaches(db, ctx, id, ['clarification.approve']))) throw new DomainError('FORBIDDEN');
  const conclusion = await conclusionFor(db, id);
  await db.transaction(async (tx) => {
    const row = await lockedIn(tx, { caseId: id, cadreId: body.cadreId }, ['CONSENTED'], body.version);
    const rule = recommendationOf(row, conclusion);
    if (!rule.recommended) throw new DomainError('STATE_CONFLICT', { reasons: rule.reasons }, rule.reasons.map((r) => r.text).join('；'));
    const values = { status: 'APPROVED', approvedBy: ctx.actor?.userId ?? null, approverName: ctx.actor?.displayName ?? null, approvedAt: ctx.now } as const;
    await write(tx, ctx, { caseId: id, cadreId: body.cadreId }, body.version, 'approve', values, body.note);
  });
}

/** 澄清完成: the day it was carried out, neither in the future nor before the approval. */
export async function completeClarification(db: Db, ctx: RequestContext, id: string, body: z.output<typeof completeBody>) {
  await requireHandling(db, ctx, id);
  await db.transaction(async (tx) => {
    const row = await lockedIn(tx, { caseId: id, cadreId: body.cadreId }, ['APPROVED'], body.version);
    const approvedOn = row.approvedAt ? chinaDateOf(row.approvedAt) : null;
    if (isBefore(chinaDateOf(ctx.now), body.completedOn)) throw validationError([{ path: 'completedOn', message: '澄清日期不能晚于今天' }]);
    if (approvedOn && isBefore(body.completedOn, approvedOn)) throw validationError([{ path: 'completedOn', message: '澄清日期不能早于批准日期' }]);
    await write(tx, ctx, { caseId: id, cadreId: body.cadreId }, body.version, 'complete', {
      status: 'COMPLETED',
      completedOn: body.completedOn,
      completionNote: body.note,
    });
  });
}

/** What the signed-in cadre is asked to agree to: their own pending clarifications, without the complaint behind them. */
export async function myClarifications(db: Db, ctx: RequestContext) {
  const cadreId = ctx.actor?.cadreId;
  if (!holds(ctx.actor, 'clarification.consent') || !cadreId) return [];
  const rows = await repo.clarificationsOfCadre(db, cadreId);
  return rows.map((r) => ({
    complaintId: r.caseId,
    status: r.status,
    statusLabel: CLARIFICATION_STATUSES[r.status],
    falsePoints: r.falsePoints,
    forms: r.forms.map((code) => ({ code, label: CLARIFICATION_FORMS[code] })),
    version: r.version,
  }));
}
