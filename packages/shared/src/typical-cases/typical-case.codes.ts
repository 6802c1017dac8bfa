import { type AccountabilityForm, FORM_FAMILY, type FormFamily } from '../accountability/forms';
import { TOLERANCE_DECISIONS, type ToleranceDecision } from '../tolerance/tolerance-decision.rules';

/*
 * The words of the typical-case library (典型案例): which kind of case it came from, the outcome it is tagged with, its
 * sections, and the organ that issues it in print.
 */

export const TYPICAL_CASE_TYPES = { TOLERANCE: '容错纠错', ACCOUNTABILITY: '问责' } as const;
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

export const TYPICAL_OUTCOMES = { ...TOLERANCE_DECISIONS, ...ACCOUNTABILITY_OUTCOMES } as const;
export type TypicalOutcome = keyof typeof TYPICAL_OUTCOMES;

export const OUTCOMES_BY_TYPE: Record<TypicalCaseType, readonly TypicalOutcome[]> = {
  TOLERANCE: Object.keys(TOLERANCE_DECISIONS) as ToleranceDecision[],
  ACCOUNTABILITY: Object.keys(ACCOUNTABILITY_OUTCOMES) as FormFamily[],
};

/** Heaviest first: a sanction outweighs an adjustment, which outweighs 诫勉 and 通报. */
const FAMILY_WEIGHT: readonly FormFamily[] = ['PARTY_SANCTION', 'GOV_SANCTION', 'ADJUSTMENT', 'ADMONISH', 'NOTICE', 'ORGANIZATION'];

/** The outcome tag of an accountability decision: the family of its heaviest form. */
export function accountabilityOutcome(forms: readonly AccountabilityForm[]): FormFamily {
  const families = new Set(forms.map((f) => FORM_FAMILY[f]));
  return FAMILY_WEIGHT.find((family) => families.has(family)) ?? 'NOTICE';
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
 * department's work); an accountability case to warn (警示教育, the discipline commission's).
 */
export const ISSUING_ORGAN: Record<TypicalCaseType, 'ORG_DEPT' | 'DISCIPLINE'> = { TOLERANCE: 'ORG_DEPT', ACCOUNTABILITY: 'DISCIPLINE' };
