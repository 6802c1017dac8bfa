import { type AccountabilityForm, FORM_FAMILY, type FormFamily } from '../accountability/forms';
import type { Referral } from '../complaints/false-accusation.rules';
import { TOLERANCE_DECISIONS, type ToleranceDecision } from '../tolerance/tolerance-decision.rules';

/*
 * The words of the typical-case library (典型案例): which kind of case it came from, the outcome it is tagged with, its
 * sections, and the organ that issues it in print.
 */

export const TYPICAL_CASE_TYPES = { TOLERANCE: '容错纠错', ACCOUNTABILITY: '问责', FALSE_ACCUSATION: '诬告陷害' } as const;
export type TypicalCaseType = keyof typeof TYPICAL_CASE_TYPES;

/** Accountability outcomes are tagged by the family of their heaviest form (问责条例第八条). */
const ACCOUNTABILITY_OUTCOMES = {
  ORGANIZATION: '对党组织问责',
  NOTICE: '通报',
  ADMONISH: '诫勉',
  ADJUSTMENT: '组织调整',
  PARTY_SANCTION: '党纪处分',
  GOV_SANCTION: '政务处分',
} as const satisfies Record<FormFamily, string>;

/**
 * A false accusation (诬告陷害) is tagged by where the false accuser was sent (DOMAIN.md §8: by status; a suspected crime
 * to the judicial organs). Revoking benefits comes on top of one of these, so it is a keyword, not an outcome.
 */
const FALSE_ACCUSATION_OUTCOMES = {
  REFERRED_JUDICIAL: '移送司法机关',
  REFERRED_PARTY_DISCIPLINE: '移送党纪处理',
  REFERRED_GOV_SANCTION: '依法政务处分',
  REFERRED_PUBLIC_SECURITY: '移送公安机关',
} as const;
type FalseAccusationOutcome = keyof typeof FALSE_ACCUSATION_OUTCOMES;

export const TYPICAL_OUTCOMES = { ...TOLERANCE_DECISIONS, ...ACCOUNTABILITY_OUTCOMES, ...FALSE_ACCUSATION_OUTCOMES } as const;
export type TypicalOutcome = keyof typeof TYPICAL_OUTCOMES;

export const OUTCOMES_BY_TYPE: Record<TypicalCaseType, readonly TypicalOutcome[]> = {
  TOLERANCE: Object.keys(TOLERANCE_DECISIONS) as ToleranceDecision[],
  ACCOUNTABILITY: Object.keys(ACCOUNTABILITY_OUTCOMES) as FormFamily[],
  FALSE_ACCUSATION: Object.keys(FALSE_ACCUSATION_OUTCOMES) as FalseAccusationOutcome[],
};

/** Heaviest first: a sanction outweighs an adjustment, which outweighs 诫勉 and 通报. */
const FAMILY_WEIGHT: readonly FormFamily[] = ['PARTY_SANCTION', 'GOV_SANCTION', 'ADJUSTMENT', 'ADMONISH', 'NOTICE', 'ORGANIZATION'];

/** The outcome tag of an accountability decision: the family of its heaviest form. */
export function accountabilityOutcome(forms: readonly AccountabilityForm[]): FormFamily {
  const families = new Set(forms.map((f) => FORM_FAMILY[f]));
  return FAMILY_WEIGHT.find((family) => families.has(family)) ?? 'NOTICE';
}

/** Heaviest first: a suspected crime outweighs a party sanction, which outweighs 政务处分 and a referral to the police. */
const REFERRAL_WEIGHT: ReadonlyArray<[Referral, FalseAccusationOutcome]> = [
  ['JUDICIAL', 'REFERRED_JUDICIAL'],
  ['PARTY_DISCIPLINE', 'REFERRED_PARTY_DISCIPLINE'],
  ['GOVERNMENT_SANCTION', 'REFERRED_GOV_SANCTION'],
  ['PUBLIC_SECURITY', 'REFERRED_PUBLIC_SECURITY'],
];

/** The outcome tag of a handled false accusation: its heaviest referral (the rule always gives one of the last three). */
export function falseAccusationOutcome(referrals: readonly Referral[]): FalseAccusationOutcome {
  return REFERRAL_WEIGHT.find(([referral]) => referrals.includes(referral))?.[1] ?? 'REFERRED_PUBLIC_SECURITY';
}

export const SECTION_KEYS = ['facts', 'handling', 'analysis'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const SECTION_LABELS: Record<SectionKey, string> = { facts: '基本案情', handling: '处理结果', analysis: '案例评析' };

/** Every text field of a typical case by the path a request names it with, for messages that say where. */
export const TEXT_FIELD_LABELS = {
  title: '标题',
  'sections.facts': SECTION_LABELS.facts,
  'sections.handling': SECTION_LABELS.handling,
  'sections.analysis': SECTION_LABELS.analysis,
  'tags.keywords': '关键词',
} as const;
export type TextField = keyof typeof TEXT_FIELD_LABELS;

/**
 * Who issues a typical case in print. A tolerance case is published to encourage (激励干部担当作为 is the organization
 * department's work); an accountability case to warn (警示教育, the discipline commission's); a false accusation by
 * the body that verified it and cleared the cadre (谁核实、谁澄清: the discipline commission).
 */
export const ISSUING_ORGAN: Record<TypicalCaseType, 'ORG_DEPT' | 'DISCIPLINE'> = {
  TOLERANCE: 'ORG_DEPT',
  ACCOUNTABILITY: 'DISCIPLINE',
  FALSE_ACCUSATION: 'DISCIPLINE',
};
