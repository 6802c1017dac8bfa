import { z } from 'zod';
import { caseView } from '../cases/case.schema';
import { reasonSchema } from '../rules/reason.schema';
import { keysOf, TOLERANCE_OUTCOMES } from '../rules/tolerance.codes';
import { TOLERANCE_ORIGINS } from './tolerance.schema';
import { TOLERANCE_DECISIONS } from './tolerance-decision.rules';

/** What the tolerance screens are answered with: a case's tolerance part beside the engine's case view, and the list. */

const coded = z.object({ code: z.string(), label: z.string() });

/** A recommendation (DOMAIN.md §6) with its reasons, under the policy it was evaluated with. */
export const recommendationView = z.object({
  outcome: z.enum(keysOf(TOLERANCE_OUTCOMES)),
  outcomeLabel: z.string(),
  reasons: z.array(reasonSchema),
  policyCode: z.string(),
  policyVersion: z.number(),
});
export type RecommendationView = z.infer<typeof recommendationView>;

/** The facts checklist as last saved. */
export const factsView = z.object({
  situations: z.array(coded),
  conditions: z.array(coded.extend({ established: z.boolean() })),
  exclusions: z.array(coded),
  mitigations: z.array(coded),
  notes: z.string(),
  savedAt: z.string(),
  savedByName: z.string(),
});

/** 集体研究: the decision with its meeting, and the recommendation as it stood when the body decided. */
export const decisionView = z.object({
  decision: z.enum(keysOf(TOLERANCE_DECISIONS)),
  decisionLabel: z.string(),
  meetingDate: z.string(),
  attendees: z.array(z.string()),
  votes: z.object({ for: z.number(), against: z.number(), abstain: z.number() }),
  matchesRecommendation: z.boolean(),
  differenceReason: z.string(),
  recommendation: recommendationView,
  decidedAt: z.string(),
  deciderName: z.string(),
  /** Accountability cases the exemption closed as 免予问责, by number. */
  exemptedCases: z.array(z.string()),
});

export const correctionView = z.object({
  id: z.string(),
  description: z.string(),
  owner: z.string(),
  deadline: z.string(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  followUp: z.string(),
  /** Not done and past its deadline (today in China). */
  overdue: z.boolean(),
  version: z.number(),
});
export type CorrectionView = z.infer<typeof correctionView>;

export const toleranceDetail = z.object({
  case: caseView,
  origin: z.enum(keysOf(TOLERANCE_ORIGINS)),
  originLabel: z.string(),
  applicantName: z.string(),
  matter: z.string(),
  occurredOn: z.string(),
  claimedSituations: z.array(coded),
  grounds: z.string(),
  /** The accountability case an ex officio case was opened from (or one linked to it later as 容错认定所涉问责事项). */
  accountabilityCases: z.array(z.object({ caseId: z.string(), number: z.string() })),
  /** The investigation's checklist and the live recommendation: shown to those who handle the case, and to every reader once decided. */
  facts: factsView.nullable(),
  recommendation: recommendationView.nullable(),
  decision: decisionView.nullable(),
  feedback: z.object({ feedbackOn: z.string(), recipients: z.array(z.string()) }).nullable(),
  filing: z.object({ filedOn: z.string(), filedWith: z.array(z.string()) }).nullable(),
  corrections: z.array(correctionView),
  overdueCorrections: z.number(),
  /** The version of the tolerance record (the facts checklist); transitions take `case.version`. */
  version: z.number(),
});
export type ToleranceDetail = z.infer<typeof toleranceDetail>;

export const toleranceListItem = z.object({
  case: caseView,
  origin: z.string(),
  originLabel: z.string(),
  decision: z.string().nullable(),
  decisionLabel: z.string().nullable(),
});
export const tolerancePage = z.object({ items: z.array(toleranceListItem), total: z.number() });
export type TolerancePage = z.infer<typeof tolerancePage>;
