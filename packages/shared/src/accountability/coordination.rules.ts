import { addMonthsClamped, compareDates, type IsoDate, isBefore } from '../dates/date';
import { type Reason, reason } from '../rules/reason';
import { type AccountabilityState, OPEN_ACCOUNTABILITY_STATES } from './accountability.states';
import { ACC_CITE, BODY_LABELS, CIRCUMSTANCE_LABELS, type Circumstance, type ProposingBody, TOLERANCE_DECISION_LABELS, type ToleranceDecision } from './forms';

/*
 * 问责统筹 (DOMAIN.md §7): one matter, proposals from several bodies, one decision per subject. These rules say where a
 * new proposal goes, which body leads, when a cadre is flagged for a second accountability within the window, and how
 * a tolerance decision binds the circumstance of the accountability decision.
 */

/** A subject's earlier case for the same matter. */
export interface ExistingCase {
  caseId: string;
  number: string;
  state: AccountabilityState;
}

export type ProposalOutcome =
  | { outcome: 'OPEN'; reasons: Reason[] }
  | { outcome: 'MERGE'; caseId: string; reasons: Reason[] }
  | { outcome: 'REFUSE'; caseId: string; reasons: Reason[] };

const REFUSING: Partial<Record<AccountabilityState, string>> = {
  DECIDED: '已作出问责决定',
  EXECUTED: '已作出问责决定并执行完毕',
  NOT_HELD: '已决定不予问责',
  EXEMPTED: '已经容错认定免予问责',
};

/**
 * Where a new proposal for a subject and a matter goes: into the subject's open case (one decision per subject and
 * matter); refused when the subject's case for these facts has been decided either way (同一事实不得重复问责); a new
 * case when there is none, or when every earlier one was corrected (第二十一条: a wrong decision is set aside, and the
 * facts may be decided again).
 */
export function proposalOutcome(existing: readonly ExistingCase[]): ProposalOutcome {
  const open = existing.find((c) => OPEN_ACCOUNTABILITY_STATES.includes(c.state));
  if (open) {
    return {
      outcome: 'MERGE',
      caseId: open.caseId,
      reasons: [reason('MERGED', ACC_CITE.coordination, `并入已有的问责案件 ${open.number}，由牵头机关统一研究决定`)],
    };
  }
  const closed = existing.find((c) => REFUSING[c.state] !== undefined);
  if (closed) {
    const text = `同一事实不得重复问责：该对象就本事项${REFUSING[closed.state]}（${closed.number}）`;
    return { outcome: 'REFUSE', caseId: closed.caseId, reasons: [reason('SAME_FACTS_DECIDED', ACC_CITE.coordination, text)] };
  }
  const corrected = existing.length > 0;
  const text = corrected ? '原问责决定已纠正，重新立案研究' : '立案，由牵头机关统筹研究';
  return { outcome: 'OPEN', reasons: [reason(corrected ? 'REOPENED_AFTER_CORRECTION' : 'OPENED', ACC_CITE.coordination, text)] };
}

export interface ProposalOrder {
  id: string;
  body: ProposingBody;
  /** The order proposals were registered in (two may share a clock instant). */
  seq: number;
}

/**
 * The lead authority (谁有管理权限谁问责): the first proposal of the discipline commission, which holds the power to
 * decide accountability here (accountability.decide); failing one, the first proposal of any body. Every other
 * body is consulted.
 */
export function leadProposal(proposals: readonly ProposalOrder[]): { id: string; reason: Reason } | null {
  const ordered = [...proposals].sort((a, b) => a.seq - b.seq);
  const lead = ordered.find((p) => p.body === 'DISCIPLINE') ?? ordered[0];
  if (!lead) return null;
  const why = lead.body === 'DISCIPLINE' ? '纪委监委提出问责建议的，由纪委监委牵头' : `尚无纪委监委的建议，由最先提出建议的${BODY_LABELS[lead.body]}牵头`;
  return { id: lead.id, reason: reason('LEAD', ACC_CITE.coordination, why) };
}

export interface PriorDecision {
  caseId: string;
  number: string;
  decidedOn: IsoDate;
}

export interface RepeatResult {
  flagged: boolean;
  /** The subject's decisions within the window before `asOf`, latest first. */
  earlier: PriorDecision[];
  reasons: Reason[];
}

/**
 * A cadre held accountable twice within `windowMonths` (default 12) is flagged, never refused: the earlier decisions
 * from `asOf` back to the same day `windowMonths` calendar months before (both included, clamped to month end) show.
 * `others` are the cadre's other decisions in force (corrected ones are left out by the caller).
 */
export function repeatFlag(asOf: IsoDate, windowMonths: number, others: readonly PriorDecision[]): RepeatResult {
  const from = addMonthsClamped(asOf, -windowMonths);
  const earlier = others.filter((d) => !isBefore(d.decidedOn, from) && !isBefore(asOf, d.decidedOn)).sort((a, b) => compareDates(b.decidedOn, a.decidedOn));
  if (earlier.length === 0) return { flagged: false, earlier, reasons: [] };
  const list = earlier.map((d) => `${d.number}（${d.decidedOn}）`).join('、');
  return {
    flagged: true,
    earlier,
    reasons: [reason('REPEAT_WITHIN_WINDOW', ACC_CITE.repeat, `${windowMonths} 个月内已被问责：${list}`)],
  };
}

/**
 * The circumstance a decision must carry given the linked tolerance case (第十八条): 从轻 or 减轻 as the tolerance body
 * decided; any other circumstance ignores that decision and is refused. Left empty, it is taken from the tolerance
 * decision (adopted = true), or NONE when there is none. An exempted matter is not decided at all (第十七条).
 */
export function decisionCircumstance(
  given: Circumstance | undefined,
  tolerance: { number: string; decision: ToleranceDecision } | null,
): { circumstance: Circumstance; adopted: boolean; refusal: Reason | null } {
  const bound = tolerance && (tolerance.decision === 'LIGHTER' || tolerance.decision === 'REDUCED') ? tolerance.decision : null;
  if (tolerance?.decision === 'EXEMPT') {
    const text = `容错认定 ${tolerance.number} 已决定免责，本案应免予问责，不能作出问责决定`;
    return { circumstance: given ?? 'NONE', adopted: false, refusal: reason('EXEMPTED_BY_TOLERANCE', ACC_CITE.exempt, text) };
  }
  if (!bound || !tolerance) return { circumstance: given ?? 'NONE', adopted: false, refusal: null };
  if (given === undefined) return { circumstance: bound, adopted: true, refusal: null };
  if (given === bound) return { circumstance: given, adopted: false, refusal: null };
  const text = `容错认定 ${tolerance.number} 已决定${TOLERANCE_DECISION_LABELS[bound]}，问责情节应为“${CIRCUMSTANCE_LABELS[bound]}”，不能是“${CIRCUMSTANCE_LABELS[given]}”`;
  return { circumstance: given, adopted: false, refusal: reason('IGNORES_TOLERANCE', ACC_CITE.mitigate, text) };
}
