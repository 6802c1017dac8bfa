import type { CaseView } from '@dandang/shared/cases/case.schema';
import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import {
  TOLERANCE_CONDITIONS,
  TOLERANCE_EXCLUSIONS,
  TOLERANCE_MITIGATIONS,
  TOLERANCE_OUTCOMES,
  TOLERANCE_SITUATIONS,
  type ToleranceCondition,
} from '@dandang/shared/rules/tolerance.codes';
import type { ToleranceInput, ToleranceResult } from '@dandang/shared/rules/tolerance.rules';
import { TOLERANCE_ORIGINS } from '@dandang/shared/tolerance/tolerance.schema';
import { matchesRecommendation, TOLERANCE_DECISIONS } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { CorrectionView, RecommendationView, ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { CorrectionRow } from './corrections.repository';
import type { ToleranceRow } from './tolerance.repository';

/** How the tolerance records read on the screen: codes with their labels, dates as ISO strings. */

const labelled = <T extends Record<string, string>>(table: T, codes: readonly string[]) =>
  codes.map((code) => ({ code, label: table[code as keyof T] ?? code }));

export function toRecommendationView(result: ToleranceResult, policy: { code: string; version: number }): RecommendationView {
  return {
    outcome: result.outcome,
    outcomeLabel: TOLERANCE_OUTCOMES[result.outcome],
    reasons: result.reasons,
    policyCode: policy.code,
    policyVersion: policy.version,
  };
}

export function toCorrectionView(task: CorrectionRow, now: Date): CorrectionView {
  return {
    id: task.id,
    description: task.description,
    owner: task.owner,
    deadline: task.deadline,
    done: task.done,
    doneAt: task.doneAt?.toISOString() ?? null,
    followUp: task.followUp,
    overdue: !task.done && isBefore(task.deadline, chinaDateOf(now)),
    version: task.version,
  };
}

function factsView(row: ToleranceRow, facts: ToleranceInput): NonNullable<ToleranceDetail['facts']> {
  return {
    situations: labelled(TOLERANCE_SITUATIONS, facts.situations),
    conditions: (Object.keys(TOLERANCE_CONDITIONS) as ToleranceCondition[]).map((code) => ({
      code,
      label: TOLERANCE_CONDITIONS[code],
      established: facts.conditions[code] === true,
    })),
    exclusions: labelled(TOLERANCE_EXCLUSIONS, facts.exclusions),
    mitigations: labelled(TOLERANCE_MITIGATIONS, facts.mitigations),
    notes: row.factsNotes,
    savedAt: row.factsSavedAt?.toISOString() ?? '',
    savedByName: row.factsSavedByName ?? '',
  };
}

function decisionView(row: ToleranceRow): ToleranceDetail['decision'] {
  const record = row.decisionRecord;
  if (!row.decision || !record || !row.meetingDate) return null;
  return {
    decision: row.decision,
    decisionLabel: TOLERANCE_DECISIONS[row.decision],
    meetingDate: row.meetingDate,
    attendees: record.attendees,
    votes: record.votes,
    matchesRecommendation: matchesRecommendation(record.recommendation.outcome, row.decision),
    differenceReason: record.differenceReason,
    recommendation: record.recommendation,
    decidedAt: row.decidedAt?.toISOString() ?? '',
    deciderName: row.deciderName ?? '',
    exemptedCases: record.exemptedCases,
  };
}

export interface DetailParts {
  caseView: CaseView;
  row: ToleranceRow;
  corrections: CorrectionRow[];
  accountabilityCases: Array<{ id: string; number: string }>;
  /** The live recommendation; null when the checklist is not saved or not shown to this reader. */
  recommendation: RecommendationView | null;
  /** Whether the reader is shown the investigation's checklist. */
  showsFacts: boolean;
  now: Date;
}

export function toToleranceDetail(p: DetailParts): ToleranceDetail {
  const { row } = p;
  const corrections = p.corrections.map((task) => toCorrectionView(task, p.now));
  return {
    case: p.caseView,
    origin: row.origin,
    originLabel: TOLERANCE_ORIGINS[row.origin],
    applicantName: row.applicantName,
    matter: row.matter,
    occurredOn: row.occurredOn,
    claimedSituations: labelled(TOLERANCE_SITUATIONS, row.claimedSituations),
    grounds: row.grounds,
    accountabilityCases: p.accountabilityCases.map((c) => ({ caseId: c.id, number: c.number })),
    facts: p.showsFacts && row.facts ? factsView(row, row.facts) : null,
    recommendation: p.showsFacts ? p.recommendation : null,
    decision: decisionView(row),
    feedback: row.feedbackOn ? { feedbackOn: row.feedbackOn, recipients: row.feedbackRecipients ?? [] } : null,
    filing: row.filedOn ? { filedOn: row.filedOn, filedWith: row.filedWith ?? [] } : null,
    corrections,
    overdueCorrections: corrections.filter((c) => c.overdue).length,
    version: row.version,
  };
}
