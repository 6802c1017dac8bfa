import { TOLERANCE_CONDITIONS, TOLERANCE_EXCLUSIONS, TOLERANCE_MITIGATIONS, TOLERANCE_SITUATIONS } from '@dandang/shared/rules/tolerance.codes';
import { TOLERANCE_DECISIONS, type ToleranceDecision } from '@dandang/shared/tolerance/tolerance-decision.rules';
import { type Draft, keywordsOf, monthOf, paragraphs, sentence, yearOf } from './draft';
import type { ToleranceSource } from './source';

/*
 * A tolerance case told as a typical case: what happened and how it came to be examined (基本案情), what the collective
 * decision was and what followed (处理结果), and why, with the clauses the recommendation cited (案例评析). Written with
 * the real names; redaction comes after.
 */

const DECISION_PHRASES: Record<ToleranceDecision, string> = {
  EXEMPT: '予以免责',
  LIGHTER: '予以容错，从轻处理',
  REDUCED: '予以容错，减轻处理',
  REJECTED: '不予容错',
};

/** The closing lesson, by what the body decided. */
const LESSONS: Record<ToleranceDecision, string> = {
  EXEMPT:
    '本案体现了“三个区分开来”的要求：对干部在改革发展中出于公心、未谋私利、履行了决策程序的失误错误予以容错，为敢于担当、踏实做事的干部撑腰鼓劲，让干部放下包袱、轻装上阵。',
  LIGHTER: '本案依照《中国共产党问责条例》第十八条从轻处理，体现了惩前毖后、治病救人的方针，既严肃纪律规矩，又保护干部干事创业的积极性。',
  REDUCED: '本案依照《中国共产党问责条例》第十八条减轻处理，体现了惩前毖后、治病救人的方针，既严肃纪律规矩，又保护干部干事创业的积极性。',
  REJECTED: '容错不是纵容。存在不予容错情形或者不符合容错条件的，依规依纪依法处理，防止容错纠错被滥用，保证容错纠错工作严肃规范。',
};

const labels = <T extends Record<string, string>>(table: T, codes: readonly string[]) => codes.map((c) => table[c as keyof T] ?? c);

function originParagraph(s: ToleranceSource): string {
  const grounds = s.grounds.trim() ? `，理由是：${sentence(s.grounds)}` : '。';
  if (s.origin === 'SELF_APPLICATION') return `事后，${s.subjectName}本人书面提出容错申请${grounds}`;
  if (s.origin === 'UNIT_APPLICATION') return `事后，${s.subjectName}所在单位为其书面提出容错申请${grounds}`;
  return `在问责调查过程中，有关机关依职权启动容错程序（主动容错）${grounds}`;
}

function factsParagraph(s: ToleranceSource): string | null {
  const f = s.facts;
  if (!f) return null;
  const parts: string[] = [];
  if (f.situations.length > 0) parts.push(`属于${labels(TOLERANCE_SITUATIONS, f.situations).join('、')}的情形`);
  const established = (Object.keys(TOLERANCE_CONDITIONS) as Array<keyof typeof TOLERANCE_CONDITIONS>).filter((c) => f.conditions[c] === true);
  if (established.length > 0) parts.push(`${labels(TOLERANCE_CONDITIONS, established).join('，')}`);
  if (f.exclusions.length > 0) parts.push(`存在${labels(TOLERANCE_EXCLUSIONS, f.exclusions).join('、')}的情形`);
  if (f.mitigations.length > 0) parts.push(`具有${labels(TOLERANCE_MITIGATIONS, f.mitigations).join('、')}的情节`);
  return parts.length > 0 ? `经核实，${parts.join('；')}。` : null;
}

export function composeToleranceDraft(s: ToleranceSource): Draft {
  const label = TOLERANCE_DECISIONS[s.decision];
  const topic = s.title.replace(/(的)?(容错纠错|容错)?申请$/, '').trim() || '干部担当作为';
  const { votes } = s;
  const exempt = s.decision === 'EXEMPT';
  const reasons = s.recommendation.reasons.map((r) => `${r.text}（${r.rule}）`).join('；');
  return {
    title: `${topic}容错案例（${label}）`,
    sections: {
      facts: paragraphs(
        `${s.subjectName}，系${s.unitName}干部。${sentence(s.matter)}`,
        originParagraph(s),
        // Findings are often written starting 经调查核实 themselves; they are not introduced twice.
        s.findings && (/^(经调查核实|经核实|经查)/.test(s.findings.trim()) ? sentence(s.findings) : `经调查核实：${sentence(s.findings)}`),
        factsParagraph(s),
      ),
      handling: paragraphs(
        `${monthOf(s.meetingDate)}，经集体研究（参会${s.attendeeCount}人，赞成${votes.for}票、反对${votes.against}票、弃权${votes.abstain}票），认定对${s.subjectName}${DECISION_PHRASES[s.decision]}。`,
        exempt && s.exemptedCount > 0 && '相关问责事项免予问责，不产生处理处分措施。',
        exempt && `对${s.subjectName}不作负面评价，不影响其当年年度考核、评优评先和选拔任用。`,
        s.filedWith.length > 0 && `认定结果已书面反馈本人及其所在党组织，并报${s.filedWith.join('、')}备案。`,
        s.corrections.length > 0 && `同时制定纠错整改措施：${s.corrections.map((c) => c.replace(/[。；;]$/, '')).join('；')}。`,
      ),
      analysis: paragraphs(
        `集体研究前，根据调查核实的事实，建议结果为“${s.recommendation.outcomeLabel}”：${reasons}。`,
        s.differenceReason && `集体研究认定与建议结果不一致，理由是：${sentence(s.differenceReason)}`,
        LESSONS[s.decision],
      ),
    },
    outcome: s.decision,
    year: yearOf(s.meetingDate),
    keywords: keywordsOf(labels(TOLERANCE_SITUATIONS, s.facts?.situations ?? [])),
  };
}
