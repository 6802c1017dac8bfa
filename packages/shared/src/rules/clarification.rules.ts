import { CITE } from './citations';
import { type Reason, reason } from './reason';

export const COMPLAINT_CONCLUSIONS = {
  TRUE: '属实',
  PARTLY_TRUE: '部分属实',
  FALSE: '失实',
  UNPROVEN: '查无实据（不能排除）',
  FALSE_ACCUSATION: '诬告陷害',
  MISTAKEN: '错告误告',
} as const;
export type ComplaintConclusion = keyof typeof COMPLAINT_CONCLUSIONS;

export const CLARIFICATION_IMPACTS = {
  SELECTION_AFFECTED: '选拔任用、评先评优等已经或者可能受到影响',
  RIGHTS_AFFECTED: '合法权益或者正常工作生活受到损害',
  REPEATED_REPORTS: '作出结论后同一问题仍被反复举报',
} as const;
export type ClarificationImpact = keyof typeof CLARIFICATION_IMPACTS;

export interface ClarificationInput {
  conclusion: ComplaintConclusion;
  impacts: readonly ClarificationImpact[];
  consent: boolean;
  /** PARTLY_TRUE only: the true part was granted fault tolerance. */
  toleranceGranted?: boolean;
}

export interface ClarificationResult {
  recommended: boolean;
  /** When recommended: the facts that qualify; otherwise every requirement that is missing. */
  reasons: Reason[];
}

/** Conclusions that the report was false (失实, 诬告陷害, 错告误告): they qualify for clarification, and a measure the report caused is corrected. */
export const FALSE_REPORT_CONCLUSIONS: readonly ComplaintConclusion[] = ['FALSE', 'FALSE_ACCUSATION', 'MISTAKEN'];

/**
 * Whether a complaint so concluded may lead to 澄清正名 at all (DOMAIN.md §8, 检举控告工作规则第五十条): a false report,
 * or a partly true one, whose true part must then have been granted tolerance (checked when it is proposed).
 */
export function mayBeCleared(conclusion: string | null | undefined): boolean {
  return conclusion === 'PARTLY_TRUE' || FALSE_REPORT_CONCLUSIONS.includes(conclusion as ComplaintConclusion);
}

function conclusionReason(input: ClarificationInput): { ok: boolean; reason: Reason } {
  const { conclusion } = input;
  const label = COMPLAINT_CONCLUSIONS[conclusion];
  if (FALSE_REPORT_CONCLUSIONS.includes(conclusion)) {
    return { ok: true, reason: reason('CONCLUSION', CITE.clarification, `核查结论为${label}`) };
  }
  if (conclusion === 'PARTLY_TRUE') {
    return input.toleranceGranted
      ? { ok: true, reason: reason('CONCLUSION', CITE.clarification, '核查结论为部分属实，属实部分已予容错') }
      : { ok: false, reason: reason('CONCLUSION', CITE.clarification, '核查结论为部分属实，且属实部分未予容错') };
  }
  const why = conclusion === 'UNPROVEN' ? '不能排除问题存在，不予澄清' : '反映问题属实，不予澄清';
  return { ok: false, reason: reason('CONCLUSION', CITE.clarification, `核查结论为${label}：${why}`) };
}

/** Whether to recommend publicly clearing the cadre (DOMAIN.md §8); the head of the body approves. */
export function recommendClarification(input: ClarificationInput): ClarificationResult {
  const conclusion = conclusionReason(input);
  const impacts = [...new Set(input.impacts)];
  const met: Reason[] = [conclusion.reason];
  const missing: Reason[] = conclusion.ok ? [] : [conclusion.reason];

  if (impacts.length > 0) {
    met.push(...impacts.map((code) => reason(code, CITE.clarification, CLARIFICATION_IMPACTS[code])));
  } else {
    const text = '未认定任何影响（选拔任用等受影响、权益受损害、反复被举报），无须澄清';
    missing.push(reason('NO_IMPACT', CITE.clarification, text));
  }
  if (input.consent) met.push(reason('CONSENT', CITE.clarification, '本人同意澄清'));
  else missing.push(reason('NO_CONSENT', CITE.clarification, '未取得本人同意'));

  return missing.length === 0 ? { recommended: true, reasons: met } : { recommended: false, reasons: missing };
}
