import { addMonthsClamped, isBefore } from '../dates/date';
import { checkIdNumber, type IdNumberProblemCode } from './id-number.rules';

/**
 * Consistency of a cadre's profile dates and ID number. Pure, so the edit form can say why before saving and the
 * server refuses the same records.
 */
export type ProfileField = 'idNumber' | 'partyJoinedOn' | 'workStartedOn';

export interface ProfileProblem {
  field: ProfileField;
  code: IdNumberProblemCode | 'PARTY_JOIN_TOO_YOUNG' | 'WORK_START_TOO_YOUNG';
  text: string;
}

export interface ProfileFacts {
  birthDate: string;
  gender: string;
  /** Null when the record has no ID number (older records); then there is nothing to compare. */
  idNumber?: string | null;
  partyJoinedOn?: string | null;
  workStartedOn?: string | null;
}

/** 中国共产党章程 第一条: 年满十八岁 may apply to join the party. */
export const PARTY_MIN_AGE = 18;
/** 劳动法 第十五条: no employer may hire anyone under sixteen. */
export const WORK_MIN_AGE = 16;

/** The day a person born on `birthDate` turns `years` old; a 29 February birthday counts from 28 February. */
export function dateOfAge(birthDate: string, years: number): string {
  return addMonthsClamped(birthDate, years * 12);
}

export function checkCadreProfile(facts: ProfileFacts): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  if (facts.idNumber) {
    for (const p of checkIdNumber(facts.idNumber, { birthDate: facts.birthDate, gender: facts.gender })) problems.push({ field: 'idNumber', ...p });
  }
  const party = dateOfAge(facts.birthDate, PARTY_MIN_AGE);
  if (facts.partyJoinedOn && isBefore(facts.partyJoinedOn, party)) {
    problems.push({ field: 'partyJoinedOn', code: 'PARTY_JOIN_TOO_YOUNG', text: `入党时间不能早于年满${PARTY_MIN_AGE}周岁之日（${party}）` });
  }
  const work = dateOfAge(facts.birthDate, WORK_MIN_AGE);
  if (facts.workStartedOn && isBefore(facts.workStartedOn, work)) {
    problems.push({ field: 'workStartedOn', code: 'WORK_START_TOO_YOUNG', text: `参加工作时间不能早于年满${WORK_MIN_AGE}周岁之日（${work}）` });
  }
  return problems;
}
