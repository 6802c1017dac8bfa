import type { AccountabilityForm, Circumstance, ProposingBody, SubjectKind } from '@dandang/shared/accountability/forms';
import type { ClarificationForm, ComplaintChannel, ComplaintClass } from '@dandang/shared/complaints/complaint.codes';
import type { Referral } from '@dandang/shared/complaints/false-accusation.rules';
import type { Reason } from '@dandang/shared/rules/reason';
import type { ToleranceInput } from '@dandang/shared/rules/tolerance.rules';
import type { ToleranceOrigin } from '@dandang/shared/tolerance/tolerance.schema';
import type { ToleranceDecision, Votes } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { RecommendationView } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { KnownIdentifiers } from '@dandang/shared/typical-cases/redaction.rules';
import type { TypicalCaseType } from '@dandang/shared/typical-cases/typical-case.codes';

/** A decided case as a typical case is drafted from it: the facts in plain data, and every name it is known to hold. */

export interface SourceBase {
  type: TypicalCaseType;
  caseId: string;
  number: string;
  title: string;
  unitId: string;
  cadreId: string | null;
  unitName: string;
  jurisdiction: string;
  identifiers: KnownIdentifiers;
}

export interface ToleranceSource extends SourceBase {
  type: 'TOLERANCE';
  subjectName: string;
  origin: ToleranceOrigin;
  matter: string;
  occurredOn: string;
  grounds: string;
  findings: string;
  facts: ToleranceInput | null;
  decision: ToleranceDecision;
  meetingDate: string;
  attendeeCount: number;
  votes: Votes;
  differenceReason: string;
  recommendation: RecommendationView;
  exemptedCount: number;
  filedWith: string[];
  corrections: string[];
}

export interface AccountabilitySource extends SourceBase {
  type: 'ACCOUNTABILITY';
  subjectKind: SubjectKind;
  subjectName: string;
  matterTitle: string;
  matterFacts: string;
  occurredOn: string;
  proposals: Array<{ body: ProposingBody; facts: string; grounds: string }>;
  forms: AccountabilityForm[];
  probationMonths: number | null;
  decidedOn: string;
  basis: string;
  documentNo: string;
  decidingBody: string;
  circumstance: Circumstance;
  executed: boolean;
}

/** A complaint concluded 诬告陷害 whose false accuser has been dealt with; never the accuser's identity. */
export interface FalseAccusationSource extends SourceBase {
  type: 'FALSE_ACCUSATION';
  /** The accused cadres in the order the intake named them, each with their unit. */
  accused: Array<{ name: string; unitName: string }>;
  channel: ComplaintChannel;
  classification: ComplaintClass;
  matter: string;
  receivedOn: string;
  grounds: string;
  concludedOn: string;
  referrals: Referral[];
  /** Why each referral applies, as the rule gave it when the handling was recorded. */
  referralReasons: Reason[];
  recordedOn: string;
  /** Clarifications carried out: whom, how, when. */
  clarifications: Array<{ name: string; forms: ClarificationForm[]; completedOn: string }>;
  correctedMeasures: number;
}

export type SourceCase = ToleranceSource | AccountabilitySource | FalseAccusationSource;
