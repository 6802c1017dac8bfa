import { ACC_CITE, type AccountabilityForm, BODY_LABELS, CIRCUMSTANCE_LABELS, FORM_LABELS } from '@dandang/shared/accountability/forms';
import { accountabilityOutcome, TYPICAL_OUTCOMES } from '@dandang/shared/typical-cases/typical-case.codes';
import { type Draft, keywordsOf, monthOf, paragraphs, sentence, yearOf } from './draft';
import type { AccountabilitySource } from './source';

/*
 * An accountability case told as a typical case (警示教育): the matter and who was held to account (基本案情), the
 * decision with its forms (处理结果), and its grounds with the clauses of 问责条例 (案例评析). Real names here;
 * redaction comes after.
 */

const LESSON =
  '失责必问、问责必严。本案警示广大党员干部：要牢固树立责任意识，切实履职尽责、担当作为；问责工作坚持实事求是、依规依纪，做到精准问责、规范问责，既不搞“一刀切”，也不搞“下不为例”。';

/** A form as prose names it: the register's 问责·通报 is 通报 in a sentence about accountability. */
const formName = (f: AccountabilityForm) => FORM_LABELS[f].replace(/^问责·/, '');

function formsText(s: AccountabilitySource): string {
  return s.forms.map((f) => (f === 'PARTY_PROBATION' && s.probationMonths ? `${formName(f)}${s.probationMonths}个月` : formName(f))).join('、');
}

function circumstanceCitation(s: AccountabilitySource): string | null {
  if (s.circumstance === 'LIGHTER' || s.circumstance === 'REDUCED') return `本案${CIRCUMSTANCE_LABELS[s.circumstance]}，依据${ACC_CITE.mitigate}。`;
  if (s.circumstance === 'HEAVIER' || s.circumstance === 'AGGRAVATED') return `本案${CIRCUMSTANCE_LABELS[s.circumstance]}，依据${ACC_CITE.aggravate}。`;
  return null;
}

export function composeAccountabilityDraft(s: AccountabilitySource): Draft {
  const outcome = accountabilityOutcome(s.forms);
  const who = s.subjectKind === 'CADRE' ? `${s.subjectName}，系${s.unitName}领导干部。` : `本案问责对象为${s.subjectName}。`;
  const documentNo = s.documentNo.trim() ? `（${s.documentNo.trim()}）` : '';
  return {
    title: `${s.matterTitle.trim()}问责案例（${TYPICAL_OUTCOMES[outcome]}）`,
    sections: {
      facts: paragraphs(
        who,
        // Facts that begin with their own date are not dated twice.
        `${/^\s*\d{4}\s*年/.test(s.matterFacts) ? '' : `${monthOf(s.occurredOn)}，`}${sentence(s.matterTitle)}${sentence(s.matterFacts)}`,
        ...s.proposals.map((p) => `${BODY_LABELS[p.body]}提出问责建议：${sentence(p.facts)}${p.grounds.trim() ? `依据：${sentence(p.grounds)}` : ''}`),
      ),
      handling: paragraphs(
        `${monthOf(s.decidedOn)}，${s.decidingBody.trim() || '有关机关'}经统筹研究，决定对${s.subjectName}予以${formsText(s)}${documentNo}。`,
        s.circumstance !== 'NONE' && `本案${CIRCUMSTANCE_LABELS[s.circumstance]}。`,
        s.executed ? '问责决定已执行完毕。' : '问责决定正在执行。',
      ),
      analysis: paragraphs(s.basis.trim() && `问责事实与依据：${sentence(s.basis)}`, `问责方式依据${ACC_CITE.forms}确定。`, circumstanceCitation(s), LESSON),
    },
    outcome,
    year: yearOf(s.decidedOn),
    keywords: keywordsOf(s.forms.map(formName)),
  };
}
