import type { correctFields, DecideFields, executeFields, exemptFields } from '@dandang/shared/accountability/accountability-case.schema';
import { decisionCircumstance, leadProposal } from '@dandang/shared/accountability/coordination.rules';
import { BODY_LABELS, isLeaderForm, type LeaderForm } from '@dandang/shared/accountability/forms';
import { checkForms } from '@dandang/shared/accountability/forms.rules';
import { chinaDateOf, type IsoDate, isBefore } from '@dandang/shared/dates/date';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue } from '../../platform/errors';
import { revokeCaseMeasures, writeCaseMeasures } from '../cadres';
import * as repo from './accountability.repository';
import { decisionSource } from './case-detail.service';
import type { ToleranceOutcome } from './tolerance-outcome';

/*
 * What the accountability module adds to the engine's steps: each step's own checks (reported with the engine's
 * missing fields in one answer), the fields it records, and what it writes beside the transition in the same
 * transaction: the decision and its measures, the execution date, the correction that revokes them.
 */

export interface Step {
  issues: FieldIssue[];
  /** The fields the event records: the request's, completed (the circumstance a tolerance decision gave). */
  fields: Record<string, unknown>;
  /** Writes the module's side of the step, after the transition succeeded. */
  write: (tx: Executor) => Promise<void>;
}

const noop = async () => {};

function dateIssues(path: string, day: IsoDate | undefined, today: IsoDate, notBefore: { day: IsoDate | null; what: string } | null): FieldIssue[] {
  if (!day) return [];
  if (isBefore(today, day)) return [{ path, message: '日期不能晚于今天' }];
  if (notBefore?.day && isBefore(day, notBefore.day)) return [{ path, message: `日期不能早于${notBefore.what} ${notBefore.day}` }];
  return [];
}

export interface DecisionContext {
  ctx: RequestContext;
  facts: repo.AccountabilityCaseRow['facts'];
  caseNumber: string;
  proposals: Awaited<ReturnType<typeof repo.proposalsOf>>;
  tolerance: ToleranceOutcome | null;
}

/**
 * 作出问责决定: forms that suit the subject (第八条), a date between the first proposal and today, the circumstance a
 * linked tolerance decision binds (第十八条; an exempted case is never decided, 第十七条). A leader's forms become
 * measures on the cadre, effective on the decision's date, with the case as their source.
 */
export function decideStep(d: DecisionContext, raw: Record<string, unknown>, f: DecideFields): Step {
  const today = chinaDateOf(d.ctx.now);
  const issues: FieldIssue[] = [];
  const circumstance = decisionCircumstance(f.circumstance, d.tolerance);
  if (circumstance.refusal?.code === 'EXEMPTED_BY_TOLERANCE')
    throw new DomainError('STATE_CONFLICT', { toleranceCaseId: d.tolerance?.caseId }, circumstance.refusal.text);
  if (circumstance.refusal) issues.push({ path: 'fields.circumstance', message: circumstance.refusal.text });
  if (f.forms && f.forms.length > 0) {
    const checked = checkForms({ subjectKind: d.facts.subjectKind, forms: f.forms, probationMonths: f.probationMonths });
    for (const r of checked.reasons) issues.push({ path: `fields.${r.field}`, message: r.text });
  }
  const firstProposal = d.proposals.map((p) => p.proposedOn).sort()[0] ?? null;
  issues.push(...dateIssues('fields.decidedOn', f.decidedOn, today, { day: firstProposal, what: '最早的问责建议日期' }));
  const leadId = d.facts.leadProposalId ?? leadProposal(d.proposals.map((p) => ({ id: p.id, body: p.body, seq: p.seq })))?.id;
  const leadBody = d.proposals.find((p) => p.id === leadId)?.body;
  const decidingBody = f.decidingBody || (leadBody ? BODY_LABELS[leadBody] : '问责决定机关');
  const fields = {
    ...raw,
    circumstance: circumstance.circumstance,
    decidingBody,
    ...(circumstance.adopted && d.tolerance ? { circumstanceFrom: d.tolerance.number } : {}),
  };
  const write = async (tx: Executor) => {
    const forms = f.forms ?? [];
    const decision = {
      forms,
      probationMonths: f.probationMonths ?? null,
      decidedOn: f.decidedOn as string,
      basis: f.basis ?? '',
      documentNo: f.documentNo ?? '',
      decidingBody,
      circumstance: circumstance.circumstance,
      circumstanceFromCaseId: circumstance.adopted ? (d.tolerance?.caseId ?? null) : null,
    };
    await repo.updateAccountabilityCase(tx, d.facts.caseId, decision);
    const leaderForms = forms.filter(isLeaderForm) as LeaderForm[];
    if (d.facts.cadreId && leaderForms.length > 0) {
      const list = leaderForms.map((code) => ({
        code,
        effectiveOn: decision.decidedOn,
        ...(code === 'PARTY_PROBATION' && decision.probationMonths ? { months: decision.probationMonths } : {}),
        decidingBody,
        documentNo: decision.documentNo,
        note: `问责决定 ${d.caseNumber}`,
      }));
      await writeCaseMeasures(tx, d.ctx, d.facts.cadreId, decisionSource(d.facts.caseId), list);
    }
    const changes = Object.fromEntries(Object.entries(decision).map(([k, v]) => [k, { before: null, after: v }]));
    await recordAudit(tx, d.ctx, { action: 'accountability_case.decide', entity: 'accountability_case', entityId: d.facts.caseId, changes });
  };
  return { issues, fields, write };
}

/** 执行完毕: on or after the decision, not later than today. */
export function executeStep(d: DecisionContext, raw: Record<string, unknown>, f: z.output<typeof executeFields>): Step {
  const issues = dateIssues('fields.executedOn', f.executedOn, chinaDateOf(d.ctx.now), { day: d.facts.decidedOn, what: '问责决定日期' });
  const write = async (tx: Executor) => {
    await repo.updateAccountabilityCase(tx, d.facts.caseId, { executedOn: f.executedOn as string });
    const changes = { executedOn: { before: null, after: f.executedOn } };
    await recordAudit(tx, d.ctx, { action: 'accountability_case.execute', entity: 'accountability_case', entityId: d.facts.caseId, changes });
  };
  return { issues, fields: raw, write };
}

/**
 * 纠正 (第二十一条): the decision is set aside and every measure it wrote is revoked, not deleted: the register keeps
 * them with the reason, and no rule counts them any more.
 */
export function correctStep(d: DecisionContext, raw: Record<string, unknown>, f: z.output<typeof correctFields>, note: string): Step {
  const today = chinaDateOf(d.ctx.now);
  const correctedOn = f.correctedOn ?? today;
  const issues = dateIssues('fields.correctedOn', f.correctedOn, today, { day: d.facts.decidedOn, what: '问责决定日期' });
  const write = async (tx: Executor) => {
    const reason = `问责决定 ${d.caseNumber} 已纠正${f.documentNo ? `（${f.documentNo}）` : ''}：${note}`;
    const revoked = await revokeCaseMeasures(tx, d.ctx, decisionSource(d.facts.caseId), reason);
    await repo.updateAccountabilityCase(tx, d.facts.caseId, { correctedOn });
    const changes = { correctedOn: { before: null, after: correctedOn }, measuresRevoked: { before: null, after: revoked } };
    await recordAudit(tx, d.ctx, { action: 'accountability_case.correct', entity: 'accountability_case', entityId: d.facts.caseId, changes });
  };
  return { issues, fields: { ...raw, correctedOn }, write };
}

/** 免予问责 by hand: only with the linked tolerance case that decided 免责 (the tolerance module normally takes it). */
export function exemptStep(d: DecisionContext, raw: Record<string, unknown>, f: z.output<typeof exemptFields>): Step {
  const named = f.toleranceCaseId;
  const matches = d.tolerance?.decision === 'EXEMPT' && d.tolerance.caseId === named;
  const issues = named && !matches ? [{ path: 'fields.toleranceCaseId', message: '须为关联本案并已认定免责的容错案件' }] : [];
  return { issues, fields: raw, write: noop };
}

export const plainStep = (raw: Record<string, unknown>): Step => ({ issues: [], fields: raw, write: noop });
