import type { ClarificationView, ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import type { IsoDate } from '@dandang/shared/dates/date';
import { chineseDate, disciplineCommissionOf, type OfficialDocument } from '../documents';

/*
 * 澄清正名通知书 (issue 7 item 2; DOMAIN.md §8): issued by the discipline commission that verified the complaint
 * ("谁核实、谁澄清") to the cadre's unit, stating only the specific points found false, the conclusion, and how and
 * within what scope the cadre is cleared. It never names the complainant, nor whether the complaint was anonymous.
 */

export interface ClarificationNoticeModel {
  jurisdiction: { name: string; level: string };
  complaint: Pick<ComplaintDetail, 'receivedOn'> & { number: string; unitName: string };
  conclusionLabel: string;
  clarification: Pick<ClarificationView, 'cadreName' | 'falsePoints' | 'forms' | 'scopeNote'>;
  /** 成文日期: the day of approval, so the notice downloaded again later reads the same. */
  date: IsoDate;
}

const sentence = (text: string) => `${text.trim().replace(/[。；;，,.\s]+$/, '')}。`;

/** The notice's number: the complaint's with 澄 after its prefix (检〔2026〕3号 → 检澄〔2026〕3号). */
export function clarificationNoticeNumber(caseNumber: string): string {
  const number = caseNumber.replace(/^([^〔]*)〔/, '$1澄〔');
  return number === caseNumber ? `${caseNumber}（澄）` : number;
}

export function clarificationNoticeDocument(m: ClarificationNoticeModel): OfficialDocument {
  const issuer = disciplineCommissionOf(m.jurisdiction);
  const who = `${m.complaint.unitName}${m.clarification.cadreName}同志`;
  const forms = m.clarification.forms.map((f, i) => `${i + 1}.${f.label}。`);
  const scope = m.clarification.scopeNote ? [`澄清范围：${sentence(m.clarification.scopeNote)}`] : [];
  return {
    issuer,
    number: clarificationNoticeNumber(m.complaint.number),
    title: `关于为${m.clarification.cadreName}同志澄清正名的通知`,
    addressee: m.complaint.unitName,
    body: [
      { kind: 'text', text: `${chineseDate(m.complaint.receivedOn)}，本委收到反映${who}有关问题的检举控告（${m.complaint.number}）。` },
      { kind: 'heading1', text: '一、核查结论' },
      { kind: 'text', text: `经核查，反映${who}的下列问题${m.conclusionLabel}：${sentence(m.clarification.falsePoints)}` },
      { kind: 'heading1', text: '二、澄清方式和范围' },
      { kind: 'text', text: `根据《纪检监察机关处理检举控告工作规则》第五十条的规定，经本人同意并经批准，对上述失实问题予以澄清正名，方式如下：` },
      ...forms.map((text) => ({ kind: 'text' as const, text })),
      ...scope.map((text) => ({ kind: 'text' as const, text })),
      { kind: 'heading1', text: '三、工作要求' },
      {
        kind: 'text',
        text: '请你单位党组织按照上述方式和范围做好澄清正名工作，消除不良影响，保护干部干事创业的积极性，并将落实情况书面报告本委。',
      },
      { kind: 'text', text: '特此通知。' },
    ],
    signature: issuer,
    date: m.date,
  };
}
