import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import type { ProposalResult } from '@dandang/shared/accountability/accountability-case.schema';
import { leadProposal, proposalOutcome } from '@dandang/shared/accountability/coordination.rules';
import { BODY_LABELS } from '@dandang/shared/accountability/forms';
import { checkForms } from '@dandang/shared/accountability/forms.rules';
import type { proposalBody } from '@dandang/shared/accountability/proposal.schema';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { addParticipants, lockCase, noteCaseEvent, openCase, requireCase } from '../cases';
import { cadreScope, unitScope } from './accountability.policy';
import * as repo from './accountability.repository';
import { detailOf } from './case-detail.service';
import { findScopedCadre, findScopedUnit, lockMatter } from './matters.repository';
import { requireMatter } from './matters.service';

/*
 * 问责统筹: a body proposes accountability of one subject for a matter. The first proposal for a subject opens its
 * case; later ones (of any body) merge into it while it is open, and the lead is settled again (coordination.rules);
 * a subject already decided on these facts is refused (同一事实不得重复问责, 409 SAME_FACTS_DECIDED).
 */

type ProposalInput = z.output<typeof proposalBody>;
interface Subject {
  cadreId: string | null;
  unitId: string;
  name: string;
}

/** The subject, within the proposer's scope; a wrong or unreachable one is bad input named by its field. */
async function resolveSubject(db: Db, ctx: RequestContext, input: ProposalInput): Promise<Subject | FieldIssue> {
  if (input.subjectKind === 'CADRE') {
    const cadre = await findScopedCadre(db, input.cadreId as string, cadreScope(ctx, 'accountability.propose'));
    return cadre ? { cadreId: cadre.id, unitId: cadre.unitId, name: cadre.name } : { path: 'cadreId', message: '干部不存在或不在您的办理范围内' };
  }
  const unit = await findScopedUnit(db, input.unitId as string, unitScope(ctx, 'accountability.propose'));
  return unit ? { cadreId: null, unitId: unit.id, name: `${unit.name}党组织` } : { path: 'unitId', message: '单位不存在或不在您的办理范围内' };
}

async function checkInput(db: Db, ctx: RequestContext, input: ProposalInput): Promise<Subject> {
  const issues: FieldIssue[] = [];
  const subject = await resolveSubject(db, ctx, input);
  if ('path' in subject) issues.push(subject);
  const forms = checkForms({ subjectKind: input.subjectKind, forms: input.forms, probationMonths: input.probationMonths });
  for (const r of forms.reasons) issues.push({ path: r.field, message: r.text });
  if (input.proposedOn && isBefore(chinaDateOf(ctx.now), input.proposedOn)) issues.push({ path: 'proposedOn', message: '建议日期不能晚于今天' });
  if (issues.length > 0 || 'path' in subject) throw validationError(issues);
  return subject;
}

/** Settles the lead again after a proposal joined, and records the bodies' proposers as the case's participants. */
async function settleLead(tx: Executor, ctx: RequestContext, caseId: string, previousLead: string | null) {
  const proposals = await repo.proposalsOf(tx, caseId);
  const lead = leadProposal(proposals.map((p) => ({ id: p.id, body: p.body, seq: p.seq })));
  if (!lead) return null;
  if (lead.id !== previousLead) await repo.updateAccountabilityCase(tx, caseId, { leadProposalId: lead.id });
  const people = proposals.filter((p) => p.proposedBy).map((p) => ({ userId: p.proposedBy as string, role: p.id === lead.id ? 'HANDLER' : 'CONSULTED' }));
  await addParticipants(tx, caseId, people, ctx);
  return lead.id;
}

export async function propose(db: Db, ctx: RequestContext, matterId: string, input: ProposalInput): Promise<ProposalResult> {
  const { matter } = await requireMatter(db, ctx, matterId);
  const subject = await checkInput(db, ctx, input);
  const actor = ctx.actor;
  if (!actor) throw notFound();
  const proposedOn = input.proposedOn ?? chinaDateOf(ctx.now);
  const result = await db.transaction(async (tx) => {
    await lockMatter(tx, matterId);
    // The subject's cases are locked too and read again: a decision being taken on one of them finishes first and is
    // seen here, so a proposal never joins a case that was decided meanwhile.
    for (const c of await repo.subjectCases(tx, matterId, subject)) await lockCase(tx, c.caseId);
    const existing = await repo.subjectCases(tx, matterId, subject);
    const outcome = proposalOutcome(existing as Parameters<typeof proposalOutcome>[0]);
    if (outcome.outcome === 'REFUSE') {
      const text = outcome.reasons[0]?.text ?? '同一事实不得重复问责';
      throw new DomainError('SAME_FACTS_DECIDED', { caseId: outcome.caseId, reasons: outcome.reasons }, text);
    }
    let caseId: string;
    let previousLead: string | null = null;
    if (outcome.outcome === 'OPEN') {
      const opened = await openCase(tx, ctx, ACCOUNTABILITY_WORKFLOW, {
        title: `${subject.name}：${matter.title}`,
        unitId: subject.unitId,
        subjectCadreId: subject.cadreId,
        fields: { body: input.body, forms: input.forms },
        note: `${BODY_LABELS[input.body]}提出问责建议`,
      });
      caseId = opened.id;
      await repo.insertAccountabilityCase(tx, { caseId, matterId, subjectKind: input.subjectKind, cadreId: subject.cadreId, subjectUnitId: subject.unitId });
    } else {
      caseId = outcome.caseId;
      previousLead = (await repo.findAccountabilityCase(tx, caseId))?.facts.leadProposalId ?? null;
      // The case does not move, but its timeline shows that another body's proposal joined it.
      await noteCaseEvent(tx, ctx, caseId, {
        action: 'merge',
        state: existing.find((c) => c.caseId === caseId)?.state ?? 'PROPOSED',
        note: `${BODY_LABELS[input.body]}提出问责建议，并入本案统筹研究`,
        fields: { body: input.body, forms: input.forms },
      });
    }
    const proposalId = await repo.insertProposal(tx, {
      caseId,
      body: input.body,
      forms: input.forms,
      probationMonths: input.probationMonths ?? null,
      facts: input.facts,
      grounds: input.grounds,
      opinion: input.opinion,
      proposedOn,
      proposedBy: actor.userId,
      proposerName: actor.displayName,
      createdAt: ctx.now,
    });
    const lead = await settleLead(tx, ctx, caseId, previousLead);
    await recordAudit(tx, ctx, {
      action: 'accountability_proposal.create',
      entity: 'accountability_case',
      entityId: caseId,
      changes: {
        proposal: { before: null, after: { id: proposalId, body: input.body, forms: input.forms } },
        ...(lead !== previousLead ? { leadProposalId: { before: previousLead, after: lead } } : {}),
      },
    });
    return { proposalId, caseId, merged: outcome.outcome === 'MERGE' };
  });
  const row = await requireCase(db, ctx, ACCOUNTABILITY_WORKFLOW, result.caseId).catch(() => null);
  // A proposer whose read scope does not reach the subject's case still gets an answer about their own proposal.
  return { ...result, detail: row ? await detailOf(db, ctx, row) : null };
}
