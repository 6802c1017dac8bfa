import type { CaseType } from '@dandang/shared/cases/workflow';
import { isPersonName } from '@dandang/shared/typical-cases/person-names';
import { looksLikeUnit } from '@dandang/shared/typical-cases/unit-names';
import type { Executor } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import type { CaseRow } from '../cases';
import { falseAccusationSource } from './complaint-source';
import type { AccountabilitySource, SourceCase, ToleranceSource } from './source';
import * as repo from './source.repository';
import { caseHead, notDecided, unitIdentifiers } from './source-identifiers';

/*
 * Reads a decided case for drafting (issue 6 item 6: a tolerance case with a collective decision, whatever it decided,
 * or an accountability case DECIDED or EXECUTED; issue 7 item 3: a complaint concluded 诬告陷害 whose accuser was dealt
 * with, read in complaint-source.ts), and collects every name it holds for redaction.
 */

const DECIDED_ACCOUNTABILITY = ['DECIDED', 'EXECUTED'];

/** Names given in one list that may be people or bodies (反馈对象: 甲一, 甲局党组), each put where it belongs. */
function split(names: readonly string[]): { people: string[]; units: string[] } {
  const units = names.filter(looksLikeUnit);
  return { people: names.filter((n) => !looksLikeUnit(n) && isPersonName(n)), units };
}

async function toleranceSource(db: Executor, row: CaseRow): Promise<ToleranceSource> {
  const c = row.case;
  const t = await repo.toleranceFacts(db, c.id);
  if (!t?.decision || !t.decisionRecord || !t.meetingDate) throw notDecided('该容错案件尚未经集体研究认定');
  const [findings, corrections] = await Promise.all([repo.reportedFindings(db, c.id), repo.correctionsOf(db, c.id)]);
  const record = t.decisionRecord;
  const recipients = split(t.feedbackRecipients ?? []);
  // The subject first, so they are 张某 and a colleague of the same surname 张某某.
  const people = [row.subjectName ?? '', t.applicantName, ...record.attendees, ...recipients.people, ...corrections.map((x) => x.owner)];
  const { unitName, identifiers } = await unitIdentifiers(db, c.unitId, people, recipients.units);
  return {
    type: 'TOLERANCE',
    ...caseHead(c, unitName, identifiers),
    subjectName: row.subjectName ?? '',
    origin: t.origin,
    matter: t.matter,
    occurredOn: t.occurredOn,
    grounds: t.grounds,
    findings,
    facts: t.facts,
    decision: t.decision,
    meetingDate: t.meetingDate,
    attendeeCount: record.attendees.length,
    votes: record.votes,
    differenceReason: record.differenceReason,
    recommendation: record.recommendation,
    exemptedCount: record.exemptedCases.length,
    filedWith: t.filedWith ?? [],
    corrections: corrections.map((x) => x.description),
  };
}

async function accountabilitySource(db: Executor, row: CaseRow): Promise<AccountabilitySource> {
  const c = row.case;
  const found = await repo.accountabilityFacts(db, c.id);
  const d = found?.decision;
  if (!found || !d || !DECIDED_ACCOUNTABILITY.includes(c.state) || !d.decidedOn || !d.forms) {
    throw notDecided('该问责案件尚未作出问责决定（或已不予问责、免予问责、已纠正）');
  }
  const { matter } = found;
  const [proposals, appellants, involvedPeople, involvedUnits] = await Promise.all([
    repo.proposalsOf(db, c.id),
    repo.appellantsOf(db, c.id),
    repo.cadreNames(db, matter.involvedCadreIds),
    repo.unitNames(db, matter.involvedUnitIds),
  ]);
  const subjectName = found.cadreName ?? `${found.subjectUnitName}党组织`;
  const people = [found.cadreName ?? '', ...involvedPeople, ...appellants];
  const { unitName, identifiers } = await unitIdentifiers(db, d.subjectUnitId, people, [found.subjectUnitName, ...involvedUnits]);
  return {
    type: 'ACCOUNTABILITY',
    caseId: c.id,
    number: c.number,
    title: c.title,
    unitId: d.subjectUnitId,
    cadreId: d.cadreId,
    unitName,
    jurisdiction: identifiers.jurisdiction ?? '',
    identifiers,
    subjectKind: d.subjectKind,
    subjectName,
    matterTitle: matter.title,
    matterFacts: matter.facts,
    occurredOn: matter.occurredOn,
    proposals: proposals.map((p) => ({ body: p.body, facts: p.facts, grounds: p.grounds })),
    forms: d.forms,
    probationMonths: d.probationMonths,
    decidedOn: d.decidedOn,
    basis: d.basis ?? '',
    documentNo: d.documentNo ?? '',
    decidingBody: d.decidingBody ?? '',
    circumstance: d.circumstance ?? 'NONE',
    executed: c.state === 'EXECUTED',
  };
}

const SOURCES: Partial<Record<CaseType, (db: Executor, row: CaseRow) => Promise<SourceCase>>> = {
  TOLERANCE: toleranceSource,
  ACCOUNTABILITY: accountabilitySource,
  COMPLAINT: falseAccusationSource,
};

/** The decided case behind a typical case; 400 naming caseId for a type the library does not take, 409 while undecided. */
export async function loadSource(db: Executor, row: CaseRow): Promise<SourceCase> {
  const load = SOURCES[row.case.type];
  if (!load) throw validationError([{ path: 'caseId', message: '只有容错纠错案件、问责案件和认定为诬告陷害的检举控告可以生成典型案例' }]);
  return load(db, row);
}
