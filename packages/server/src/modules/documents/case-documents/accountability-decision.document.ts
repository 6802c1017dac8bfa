import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import { ACC_CITE, type AccountabilityForm, BODY_LABELS, FORM_FAMILY, FORM_LABELS, type ProposingBody } from '@dandang/shared/accountability/forms';
import { adjustmentForms } from '@dandang/shared/accountability/forms.rules';
import { addMonthsClamped } from '@dandang/shared/dates/date';
import type { OfficialDocument } from '../official-document';
import { disciplineCommissionOf, type Jurisdiction, organizationDepartmentOf } from './organs';
import { bodyOf, cite, clause, dateOf, linesOf, type Section, titleOf } from './wording';

/*
 * 问责决定书 (issue 6 item 5; DOMAIN.md §7, 问责条例 第八、十七至二十条): the decision on an accountability case, issued
 * by the deciding body under the decision's number, to the subject's unit, dated the day it was decided, and copied
 * to the other bodies that proposed accountability for the same person and matter.
 */

type Decision = NonNullable<AccountabilityCaseDetail['decision']>;

export interface AccountabilityDecisionModel {
  jurisdiction: Jurisdiction;
  caseNumber: string;
  detail: Pick<AccountabilityCaseDetail, 'matter' | 'subject' | 'lead' | 'proposals' | 'tolerance'>;
  decision: Decision;
  /** From the policy the case is handled under (DOMAIN.md §7: 1 month each by default). */
  limits: { adjustmentMonths: number; appealMonths: number };
}

/** How a decision words each form (the register's labels, e.g. 问责·通报, are for lists). */
const FORM_WORDS: Record<AccountabilityForm, string> = {
  ORG_CHECK: '检查',
  ORG_NOTICE: '通报',
  ORG_REORGANIZE: '改组',
  ACC_NOTICE: '通报',
  ADMONISH: '诫勉',
  ORG_SUSPEND: '停职检查',
  ORG_REASSIGN: '调整职务',
  ORG_RESIGN_ORDERED: '责令辞职',
  ORG_DISMISS: '免职',
  ORG_DEMOTE: '降职',
  PARTY_WARNING: '党内警告',
  PARTY_SERIOUS_WARNING: '党内严重警告',
  PARTY_REMOVE_POST: '撤销党内职务',
  PARTY_PROBATION: '留党察看',
  PARTY_EXPEL: '开除党籍',
  GOV_WARNING: '政务警告',
  GOV_DEMERIT: '记过',
  GOV_MAJOR_DEMERIT: '记大过',
  GOV_DEMOTE: '降级',
  GOV_REMOVE: '撤职',
  GOV_EXPEL: '开除',
};

const isForm = (code: string): code is AccountabilityForm => code in FORM_LABELS;

function formWord(code: string, probationMonths: number | null): string {
  if (!isForm(code)) return code;
  if (code === 'PARTY_PROBATION' && probationMonths) return `留党察看${probationMonths === 12 ? '一' : '二'}年`;
  return FORM_WORDS[code];
}

const isSanction = (code: string) => isForm(code) && (FORM_FAMILY[code] === 'PARTY_SANCTION' || FORM_FAMILY[code] === 'GOV_SANCTION');

/** 通报、诫勉处理 / 免职处理和党内警告处分: sanctions are 处分, every other form of a leader 处理. */
export function formsInWords(forms: readonly string[], probationMonths: number | null): string {
  const words = (codes: readonly string[]) => codes.map((c) => formWord(c, probationMonths)).join('、');
  const handling = forms.filter((c) => !isSanction(c));
  const sanctions = forms.filter(isSanction);
  return [...(handling.length > 0 ? [`${words(handling)}处理`] : []), ...(sanctions.length > 0 ? [`${words(sanctions)}处分`] : [])].join('和');
}

/** The full name of a proposing body where the jurisdiction gives one; a body the system only knows generically keeps its label. */
function organOf(body: ProposingBody, jurisdiction: Jurisdiction): string {
  if (body === 'DISCIPLINE') return disciplineCommissionOf(jurisdiction);
  if (body === 'ORG_DEPT') return organizationDepartmentOf(jurisdiction);
  return BODY_LABELS[body];
}

/** The deciding body as written on the decision; its default, the lead body's label, is spelt out in full. */
export function decidingOrganOf(m: Pick<AccountabilityDecisionModel, 'jurisdiction' | 'decision' | 'detail'>): string {
  const written = m.decision.decidingBody.trim() || (m.detail.lead ? BODY_LABELS[m.detail.lead.body] : '');
  const body = (Object.keys(BODY_LABELS) as ProposingBody[]).find((b) => BODY_LABELS[b] === written);
  return body ? organOf(body, m.jurisdiction) : written;
}

const unique = (items: readonly string[]) => [...new Set(items.filter((x) => x.trim() !== ''))];

function circumstance(m: AccountabilityDecisionModel, who: string): string[] {
  const d = m.decision;
  const tolerance = m.detail.tolerance;
  const fromTolerance = tolerance ? [`本案经容错纠错程序认定（${tolerance.number}），认定结果为${tolerance.decisionLabel}。`] : [];
  const words = {
    LIGHTER: ['从轻', ACC_CITE.mitigate],
    REDUCED: ['减轻', ACC_CITE.mitigate],
    HEAVIER: ['从重', ACC_CITE.aggravate],
    AGGRAVATED: ['加重', ACC_CITE.aggravate],
  } as const;
  if (d.circumstance === 'NONE') return fromTolerance;
  const [how, rule] = words[d.circumstance];
  return [...fromTolerance, `依据${cite(rule)}，对${who}${how}问责。`];
}

function decided(m: AccountabilityDecisionModel, who: string, organ: string): string[] {
  const d = m.decision;
  const isOrganization = m.detail.subject.kind === 'ORGANIZATION';
  const what = isOrganization ? `对${who}予以${d.forms.map((c) => formWord(c, null)).join('、')}问责` : `给予${who}${formsInWords(d.forms, d.probationMonths)}`;
  const adjustments = adjustmentForms(d.forms);
  const deadline = addMonthsClamped(d.decidedOn, m.limits.adjustmentMonths);
  return [
    `经${organ}研究，依据${cite(ACC_CITE.forms)}，决定${what}。`,
    // 问责条例: organizational adjustment is completed within the policy's months of the decision (DOMAIN.md §7).
    ...(adjustments.length > 0
      ? [
          `涉及${adjustments.map((c) => formWord(c, null)).join('、')}的，请${m.detail.subject.unitName}按照干部管理权限，于${dateOf(deadline)}前办理完毕相应手续。`,
        ]
      : []),
    `请及时向${who}宣布本决定并督促执行，执行情况及时报告${organ}。`,
  ];
}

export function accountabilityDecisionDocument(m: AccountabilityDecisionModel): OfficialDocument {
  const { detail, decision: d } = m;
  const organ = decidingOrganOf(m);
  const isOrganization = detail.subject.kind === 'ORGANIZATION';
  const who = isOrganization ? detail.subject.name : `${detail.subject.name}同志`;
  const proposers = unique(detail.proposals.map((p) => organOf(p.body, m.jurisdiction)));
  const grounds = unique(detail.proposals.map((p) => clause(p.grounds)));
  const sections: Section[] = [
    { heading: '问责事实和依据', paragraphs: [...linesOf(d.basis), ...(grounds.length > 0 ? [`依据${grounds.join('；')}，应当予以问责。`] : [])] },
    { heading: '问责情节', paragraphs: circumstance(m, who) },
    { heading: '问责决定', paragraphs: decided(m, who, organ) },
    {
      heading: '申诉权利',
      paragraphs: [
        `${who}如对本决定不服，可以自收到本决定书之日起${m.limits.appealMonths}个月内，向${organ}提出书面申诉。申诉期间，不停止本决定的执行（${cite(ACC_CITE.executeAndAppeal)}）。`,
      ],
    },
  ];
  const title = isOrganization
    ? titleOf(`关于对${who}`, `予以${d.forms.map((c) => formWord(c, null)).join('、')}问责的决定`)
    : titleOf(`关于给予${who}`, `${formsInWords(d.forms, d.probationMonths)}的决定`);
  const opening = `根据${proposers.join('、')}提出的问责建议，对“${detail.matter.title}”事项（发生于${dateOf(detail.matter.occurredOn)}）中${who}的责任进行了调查核实。现将有关情况和问责决定通知如下。`;
  return {
    issuer: organ,
    number: d.documentNo.trim() || m.caseNumber,
    title,
    addressee: detail.subject.unitName,
    body: bodyOf([opening], sections),
    signature: organ,
    date: d.decidedOn,
    // The bodies that proposed and did not decide are told of the decision (抄送).
    copyTo: proposers.filter((p) => p !== organ),
  };
}
