import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import { describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../official-document';
import { type AccountabilityDecisionModel, accountabilityDecisionDocument, decidingOrganOf, formsInWords } from './accountability-decision.document';

/* 问责决定书 (DOMAIN.md §7; 问责条例 第八、十八至二十条). */

type Proposal = AccountabilityCaseDetail['proposals'][number];
const proposal = (body: Proposal['body'], bodyLabel: string, role: Proposal['role'], grounds = '《中国共产党问责条例》第七条'): Proposal => ({
  id: body,
  body,
  bodyLabel,
  role,
  forms: ['ADMONISH'],
  formLabels: ['诫勉'],
  probationMonths: null,
  facts: '',
  grounds,
  opinion: '',
  proposedOn: '2026-02-20',
  proposerName: '',
  createdAt: '',
});

type Over = { decision?: Partial<AccountabilityDecisionModel['decision']>; detail?: Partial<AccountabilityDecisionModel['detail']> };

function model(over: Over = {}): AccountabilityDecisionModel {
  return {
    jurisdiction: { name: '示范县', level: 'county' },
    caseNumber: '问〔2026〕1号',
    detail: {
      matter: { id: 'm', title: '某项目违规审批', occurredOn: '2026-01-15' },
      subject: { kind: 'CADRE', cadreId: 'c', name: '王丙', unitId: 'u', unitName: '县交通运输局' },
      lead: { proposalId: 'DISCIPLINE', body: 'DISCIPLINE', bodyLabel: '纪委监委', reason: { code: 'LEAD', rule: '', text: '' } },
      proposals: [proposal('DISCIPLINE', '纪委监委', 'LEAD'), proposal('ORG_DEPT', '组织部', 'CONSULTED', '《中国共产党问责条例》第七条。')],
      tolerance: null,
      ...over.detail,
    },
    decision: {
      forms: ['ACC_NOTICE', 'ADMONISH'],
      formLabels: [],
      probationMonths: null,
      decidedOn: '2026-02-26',
      basis: '经查，王丙同志对项目违规审批负有主要领导责任',
      documentNo: '县纪发〔2026〕5号',
      decidingBody: '纪委监委',
      circumstance: 'NONE',
      circumstanceLabel: '',
      circumstanceFromTolerance: false,
      appealLastDay: '2026-03-26',
      executedOn: null,
      correctedOn: null,
      ...over.decision,
    },
    limits: { adjustmentMonths: 1, appealMonths: 1 },
  };
}

const textOf = (doc: OfficialDocument) => doc.body.map((p) => p.text).join('\n');

describe('formsInWords: forms joined as a decision says them', () => {
  it.each([
    [['ADMONISH'], null, '诫勉处理'],
    [['ACC_NOTICE', 'ADMONISH'], null, '通报、诫勉处理'],
    [['ORG_DISMISS', 'PARTY_WARNING'], null, '免职处理和党内警告处分'],
    [['PARTY_PROBATION', 'GOV_REMOVE'], 24, '留党察看二年、撤职处分'],
    [['GOV_DEMERIT'], null, '记过处分'],
  ])('%j → %s', (forms, months, words) => {
    expect(formsInWords(forms, months)).toBe(words);
  });
});

describe('decidingOrganOf: the deciding body, its default label spelt out', () => {
  it.each([
    ['纪委监委', '中共示范县纪律检查委员会'],
    ['组织部', '中共示范县委员会组织部'],
    ['中共示范县委', '中共示范县委'],
    ['', '中共示范县纪律检查委员会'],
  ])('%j → %s', (decidingBody, organ) => {
    expect(decidingOrganOf(model({ decision: { decidingBody } }))).toBe(organ);
  });
});

describe('accountabilityDecisionDocument', () => {
  const doc = accountabilityDecisionDocument(model());
  const text = textOf(doc);

  it('is issued and signed by the deciding body under the decision’s number, to the subject’s unit, dated the decision, copied to the other proposers', () => {
    expect(doc).toMatchObject({
      issuer: '中共示范县纪律检查委员会',
      number: '县纪发〔2026〕5号',
      title: '关于给予王丙同志通报、诫勉处理的决定',
      addressee: '县交通运输局',
      signature: '中共示范县纪律检查委员会',
      date: '2026-02-26',
      copyTo: ['中共示范县委员会组织部'],
    });
  });

  it('says the facts, the basis once, the forms with 第八条, and the appeal right of 第二十条', () => {
    expect(doc.body.filter((p) => p.kind === 'heading1').map((p) => p.text)).toEqual(['一、问责事实和依据', '二、问责决定', '三、申诉权利']);
    expect(text).toContain('“某项目违规审批”事项（发生于2026年1月15日）中王丙同志的责任');
    expect(text).toContain('经查，王丙同志对项目违规审批负有主要领导责任。');
    expect(text).toContain('依据《中国共产党问责条例》第七条，应当予以问责。');
    expect(text).toContain('经中共示范县纪律检查委员会研究，依据《中国共产党问责条例》第八条，决定给予王丙同志通报、诫勉处理。');
    expect(text).toContain(
      '王丙同志如对本决定不服，可以自收到本决定书之日起1个月内，向中共示范县纪律检查委员会提出书面申诉。申诉期间，不停止本决定的执行（《中国共产党问责条例》第二十条）。',
    );
    expect(text).not.toContain('办理完毕相应手续');
  });

  it.each([
    {
      name: 'an organizational adjustment, with its deadline a month after the decision',
      over: { decision: { forms: ['ORG_DISMISS'], decidedOn: '2026-01-31' } },
      title: '关于给予王丙同志免职处理的决定',
      says: ['涉及免职的，请县交通运输局按照干部管理权限，于2026年2月28日前办理完毕相应手续。'],
    },
    {
      name: 'a 从轻 taken from a tolerance decision, with its number',
      over: {
        decision: { circumstance: 'LIGHTER' as const, circumstanceFromTolerance: true },
        detail: { tolerance: { caseId: 't', number: '容〔2026〕3号', decision: 'LIGHTER' as const, decisionLabel: '从轻' } },
      },
      title: '关于给予王丙同志通报、诫勉处理的决定',
      says: ['二、问责情节', '本案经容错纠错程序认定（容〔2026〕3号），认定结果为从轻。', '依据《中国共产党问责条例》第十八条，对王丙同志从轻问责。'],
    },
    {
      name: 'an aggravated decision (第十九条)',
      over: { decision: { circumstance: 'AGGRAVATED' as const, forms: ['PARTY_SERIOUS_WARNING'] } },
      title: '关于给予王丙同志党内严重警告处分的决定',
      says: ['依据《中国共产党问责条例》第十九条，对王丙同志加重问责。'],
    },
    {
      name: 'a party organization',
      over: {
        decision: { forms: ['ORG_CHECK', 'ORG_NOTICE'] },
        detail: { subject: { kind: 'ORGANIZATION' as const, cadreId: null, name: '县交通运输局党组织', unitId: 'u', unitName: '县交通运输局' } },
      },
      title: '关于对县交通运输局党组织\n予以检查、通报问责的决定',
      says: ['决定对县交通运输局党组织予以检查、通报问责。', '县交通运输局党组织如对本决定不服'],
    },
  ])('$name', ({ over, title, says }) => {
    const d = accountabilityDecisionDocument(model(over));
    expect(d.title).toBe(title);
    for (const words of says) expect(textOf(d)).toContain(words);
  });

  it('takes the case number when the decision has no document number, and copies nobody when one body proposed', () => {
    const d = accountabilityDecisionDocument(model({ decision: { documentNo: ' ' }, detail: { proposals: [proposal('DISCIPLINE', '纪委监委', 'LEAD')] } }));
    expect([d.number, d.copyTo]).toEqual(['问〔2026〕1号', []]);
  });
});
