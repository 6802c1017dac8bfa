import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import { appealLastDay } from '@dandang/shared/accountability/appeal.rules';
import { leadProposal, repeatFlag } from '@dandang/shared/accountability/coordination.rules';
import { BODY_LABELS, CIRCUMSTANCE_LABELS, FORM_LABELS, TOLERANCE_DECISION_LABELS } from '@dandang/shared/accountability/forms';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { MEASURE_LABELS, type MeasureCode } from '@dandang/shared/rules/measures';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { measuresOfSource } from '../cadres';
import { type CaseRow, requireCase, toCaseView } from '../cases';
import { policyDocumentById } from '../policy';
import * as repo from './accountability.repository';
import { toAppealView } from './appeal.view';
import { appealsOfCase } from './appeals.repository';
import { toleranceOutcomeFor } from './tolerance-outcome';

/** The source every measure of an accountability decision is recorded under: the case. */
export const decisionSource = (caseId: string) => ({ type: 'accountability_matter' as const, id: caseId });

/** The module's facts of an engine case; a case of this type without them was not opened here (404). */
export async function requireFacts(db: Executor, caseId: string): Promise<repo.AccountabilityCaseRow> {
  const facts = await repo.findAccountabilityCase(db, caseId);
  if (!facts) throw notFound();
  return facts;
}

const formOrder = (forms: readonly string[] | null, code: string) => {
  const i = forms?.indexOf(code) ?? -1;
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
};

function repeatOf(asOf: string, windowMonths: number, others: Awaited<ReturnType<typeof repo.priorDecisions>>) {
  const r = repeatFlag(asOf, windowMonths, others);
  return { flagged: r.flagged, windowMonths, earlier: r.earlier, reasons: r.reasons };
}

/** The case page of the module, for a row the reader was allowed to read. */
export async function detailOf(db: Executor, ctx: RequestContext, row: CaseRow): Promise<AccountabilityCaseDetail> {
  const id = row.case.id;
  const today = chinaDateOf(ctx.now);
  const { facts: f, ...names } = await requireFacts(db, id);
  const [proposals, measures, tolerance, appeals, policy] = await Promise.all([
    repo.proposalsOf(db, id),
    measuresOfSource(db, decisionSource(id)),
    toleranceOutcomeFor(db, id),
    appealsOfCase(db, id),
    policyDocumentById(db, row.case.policyId),
  ]);
  const windowMonths = policy.accountability.repeatWindowMonths;
  const asOf = f.decidedOn ?? today;
  const prior = f.cadreId ? await repo.priorDecisions(db, f.cadreId, id, asOf) : [];
  const lead = leadProposal(proposals.map((p) => ({ id: p.id, body: p.body, seq: p.seq })));
  const leadRow = proposals.find((p) => p.id === (f.leadProposalId ?? lead?.id));
  return {
    case: toCaseView(row, ctx.now),
    matter: { id: f.matterId, title: names.matterTitle, occurredOn: names.matterOccurredOn },
    subject: {
      kind: f.subjectKind,
      cadreId: f.cadreId,
      name: names.cadreName ?? `${names.subjectUnitName}党组织`,
      unitId: f.subjectUnitId,
      unitName: names.subjectUnitName,
    },
    lead: leadRow && lead ? { proposalId: leadRow.id, body: leadRow.body, bodyLabel: BODY_LABELS[leadRow.body], reason: lead.reason } : null,
    proposals: proposals.map((p) => ({
      id: p.id,
      body: p.body,
      bodyLabel: BODY_LABELS[p.body],
      role: p.id === leadRow?.id ? ('LEAD' as const) : ('CONSULTED' as const),
      forms: p.forms,
      formLabels: p.forms.map((code) => FORM_LABELS[code]),
      probationMonths: p.probationMonths,
      facts: p.facts,
      grounds: p.grounds,
      opinion: p.opinion,
      proposedOn: p.proposedOn,
      proposerName: p.proposerName,
      createdAt: p.createdAt.toISOString(),
    })),
    decision:
      f.decidedOn && f.forms
        ? {
            forms: f.forms,
            formLabels: f.forms.map((code) => FORM_LABELS[code]),
            probationMonths: f.probationMonths,
            decidedOn: f.decidedOn,
            basis: f.basis ?? '',
            documentNo: f.documentNo ?? '',
            decidingBody: f.decidingBody ?? '',
            circumstance: f.circumstance ?? 'NONE',
            circumstanceLabel: CIRCUMSTANCE_LABELS[f.circumstance ?? 'NONE'],
            circumstanceFromTolerance: f.circumstanceFromCaseId !== null,
            appealLastDay: appealLastDay(f.decidedOn, policy.accountability.appealMonths),
            executedOn: f.executedOn,
            correctedOn: f.correctedOn,
          }
        : null,
    // Written in one instant, the decision's measures are shown in the order of its forms.
    measures: [...measures]
      .sort((a, b) => formOrder(f.forms, a.code) - formOrder(f.forms, b.code))
      .map((m) => ({
        id: m.id,
        code: m.code,
        label: MEASURE_LABELS[m.code as MeasureCode] ?? m.code,
        effectiveOn: m.effectiveOn,
        revokedAt: m.revokedAt?.toISOString() ?? null,
      })),
    tolerance: tolerance ? { ...tolerance, decisionLabel: TOLERANCE_DECISION_LABELS[tolerance.decision] } : null,
    repeat: repeatOf(asOf, windowMonths, prior),
    appeals: appeals.map((a) => toAppealView(a, today)),
  };
}

/** GET an accountability case: 404 when out of the reader's scope. */
export async function accountabilityDetail(db: Executor, ctx: RequestContext, id: string): Promise<AccountabilityCaseDetail> {
  return detailOf(db, ctx, await requireCase(db, ctx, ACCOUNTABILITY_WORKFLOW, id));
}
