import { CLARIFICATION_FORMS, COMPLAINT_CHANNELS, COMPLAINT_CLASSES } from '@dandang/shared/complaints/complaint.codes';
import { REFERRALS } from '@dandang/shared/complaints/false-accusation.rules';
import { falseAccusationOutcome, TYPICAL_OUTCOMES } from '@dandang/shared/typical-cases/typical-case.codes';
import { type Draft, keywordsOf, monthOf, paragraphs, sentence, yearOf } from './draft';
import type { FalseAccusationSource } from './source';

/*
 * A false accusation told as a typical case (issue 7 item 3; DOMAIN.md §8): what was reported and how it was verified
 * (基本案情), what was done to the false accuser and for the cadre (处理结果), and the grounds of the referral with the
 * lesson (案例评析). The accuser is only ever 检举控告人. Real names of the accused here; redaction comes after.
 */

const LESSON =
  '检举控告应当实事求是。对故意捏造事实、诬告陷害他人的，依规依纪依法严肃处理；对受到诬告陷害的干部，及时澄清正名、消除影响，为敢于担当、踏实做事的干部撑腰鼓劲，让干部放下包袱、轻装上阵。';

const accusedText = (s: FalseAccusationSource) => s.accused.map((a) => `${a.unitName}${a.name}`).join('、');

/** A complaint's title and matter usually start 反映…; the sentence around them says it already. */
const withoutReport = (text: string) => text.trim().replace(/^反映/, '');

/** The referral's grounds, the regulation named once though every reason cites it. */
function groundsOfReferral(s: FalseAccusationSource): string {
  const rules = [...new Set(s.referralReasons.map((r) => r.rule))];
  return `依据${rules.map((r) => `《${r.replace(/（.*）$/, '')}》`).join('、')}：${s.referralReasons.map((r) => r.text).join('；')}。`;
}

function clarificationParagraph(c: FalseAccusationSource['clarifications'][number]): string {
  const forms = c.forms.map((f) => CLARIFICATION_FORMS[f]).join('；');
  return `${monthOf(c.completedOn)}，经批准，为${c.name}澄清正名，澄清方式：${forms}。`;
}

export function composeFalseAccusationDraft(s: FalseAccusationSource): Draft {
  const outcome = falseAccusationOutcome(s.referrals);
  const classLabel = COMPLAINT_CLASSES[s.classification];
  // Grounds are often written starting 经核查 themselves; they are not introduced twice.
  const grounds = s.grounds.trim() && (/^(经核查|经核实|经查)/.test(s.grounds.trim()) ? sentence(s.grounds) : `经核查：${sentence(s.grounds)}`);
  return {
    title: `${withoutReport(s.title)}诬告陷害案例（${TYPICAL_OUTCOMES[outcome]}）`,
    sections: {
      facts: paragraphs(
        `${monthOf(s.receivedOn)}，纪检监察机关通过${COMPLAINT_CHANNELS[s.channel]}收到检举控告，反映${accusedText(s)}存在${classLabel}问题：${sentence(withoutReport(s.matter))}`,
        grounds,
      ),
      handling: paragraphs(
        `${monthOf(s.concludedOn)}，经核查认定，所反映问题系检举控告人故意捏造事实，属诬告陷害。`,
        `对检举控告人的处理：${s.referrals.map((r) => REFERRALS[r]).join('；')}。`,
        ...s.clarifications.map(clarificationParagraph),
        s.correctedMeasures > 0 && `因不实举报作出的${s.correctedMeasures}项处理已予纠正。`,
      ),
      analysis: paragraphs(groundsOfReferral(s), LESSON),
    },
    outcome,
    year: yearOf(s.concludedOn),
    keywords: keywordsOf(['诬告陷害', ...(s.clarifications.length > 0 ? ['澄清正名'] : []), classLabel, ...s.referrals.map((r) => REFERRALS[r])]),
  };
}
