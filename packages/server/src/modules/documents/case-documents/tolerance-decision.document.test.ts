import { describe, expect, it } from 'vitest';
import type { OfficialDocument } from '../official-document';
import { type ToleranceDecisionModel, toleranceDecisionDocument } from './tolerance-decision.document';

/*
 * 容错免责认定书 (DOMAIN.md §6): one document for every decision, its title by what was decided, the facts, the
 * recommendation's reasons with their rules, the meeting, and the reason of a decision that departs from the
 * recommendation.
 */

const EXEMPT_REASON = {
  code: 'REFORM_TRIAL',
  rule: '关于进一步激励广大干部新时代新担当新作为的意见（2018）“三个区分开来”',
  text: '先行先试缺乏经验，且符合决策部署且未被明令禁止、出于公心勤勉尽责，予以免责',
};

const conditions = (established: boolean) => [
  { code: 'COMPLIANT', label: '符合决策部署且未被明令禁止', established: true },
  { code: 'PUBLIC_INTEREST', label: '出于公心勤勉尽责', established },
];

function model(
  over: { decision?: Partial<ToleranceDecisionModel['decision']>; tolerance?: Partial<ToleranceDecisionModel['tolerance']> } = {},
): ToleranceDecisionModel {
  return {
    jurisdiction: { name: '示范县', level: 'county' },
    case: { number: '容〔2026〕12号', unitName: '县发展和改革局', subjectName: '甲一', openedAt: '2026-10-11T16:30:00.000Z' },
    tolerance: {
      origin: 'SELF_APPLICATION',
      matter: '在推进园区招商项目中先行试点，造成一定损失',
      occurredOn: '2026-06-15',
      claimedSituations: [{ code: 'REFORM_TRIAL', label: '先行先试缺乏经验' }],
      grounds: '出于推动发展的公心，未谋取私利',
      facts: {
        situations: [{ code: 'REFORM_TRIAL', label: '先行先试缺乏经验' }],
        conditions: conditions(true),
        exclusions: [],
        mitigations: [],
        notes: '',
        savedAt: '',
        savedByName: '',
      },
      accountabilityCases: [],
      ...over.tolerance,
    },
    decision: {
      decision: 'EXEMPT',
      decisionLabel: '免责',
      meetingDate: '2026-11-03',
      attendees: ['甲', '乙', '丙', '丁', '戊'],
      votes: { for: 4, against: 1, abstain: 0 },
      matchesRecommendation: true,
      differenceReason: '',
      recommendation: { outcome: 'EXEMPT', outcomeLabel: '免责', reasons: [EXEMPT_REASON], policyCode: 'CN-national', policyVersion: 1 },
      decidedAt: '',
      deciderName: '',
      exemptedCases: [],
      ...over.decision,
    },
    findings: '经调查核实，项目系经集体研究后先行试点。',
  };
}

const textOf = (doc: OfficialDocument) => doc.body.map((p) => p.text).join('\n');

describe('toleranceDecisionDocument: the parts every 认定书 has', () => {
  const doc = toleranceDecisionDocument(model());

  it('is issued by the jurisdiction’s discipline commission under the case number, to the cadre’s party organization, dated the meeting', () => {
    expect(doc).toMatchObject({
      issuer: '中共示范县纪律检查委员会',
      number: '容〔2026〕12号',
      title: '关于给予甲一同志容错免责的认定意见',
      addressee: '县发展和改革局党组织',
      signature: '中共示范县纪律检查委员会',
      date: '2026-11-03',
    });
  });

  it('heads its parts 一 to 五 and says when and how the case began, in China’s date', () => {
    expect(doc.body.filter((p) => p.kind === 'heading1').map((p) => p.text)).toEqual([
      '一、基本情况',
      '二、调查核实情况',
      '三、认定理由',
      '四、集体研究情况',
      '五、认定意见',
    ]);
    expect(doc.body[0]?.text).toBe('2026年10月12日，甲一同志本人提出书面容错申请。经调查核实和集体研究，现将认定意见通知如下。');
  });

  it('writes the facts in words, also those not found, and the reasons with their rules', () => {
    const text = textOf(doc);
    expect(text).toContain('所涉事项（发生于2026年6月15日）：在推进园区招商项目中先行试点，造成一定损失。');
    expect(text).toContain('经调查核实，项目系经集体研究后先行试点。');
    expect(text).toContain('1.容错情形：属于先行先试缺乏经验的情形。');
    expect(text).toContain('3.排除情形：未发现不予容错的情形。');
    expect(text).toContain('4.从轻减轻情节：无。');
    expect(text).toContain(
      '1.先行先试缺乏经验，且符合决策部署且未被明令禁止、出于公心勤勉尽责，予以免责（《关于进一步激励广大干部新时代新担当新作为的意见》“三个区分开来”）。',
    );
    expect(text).toContain('2026年11月3日，本委召开会议对本案进行集体研究，参会5人。表决结果：赞成4票，反对1票，弃权0票。');
  });
});

describe('toleranceDecisionDocument: by decision', () => {
  const MITIGATE = { outcome: 'MITIGATE' as const, outcomeLabel: '从轻或减轻', reasons: [], policyCode: 'CN-national', policyVersion: 1 };
  it.each([
    {
      name: 'EXEMPT closing an accountability case',
      over: { decision: { exemptedCases: ['问〔2026〕3号'] } },
      title: '关于给予甲一同志容错免责的认定意见',
      says: ['对其不予问责、不作负面评价，不影响其考核、评优、提拔使用。', '相关问责案件（问〔2026〕3号）免予问责。'],
    },
    {
      name: 'LIGHTER as recommended',
      over: { decision: { decision: 'LIGHTER' as const, decisionLabel: '从轻', recommendation: MITIGATE } },
      title: '关于对甲一同志从轻问责的容错认定意见',
      says: ['依据《中国共产党问责条例》第十八条从轻问责'],
    },
    {
      name: 'REDUCED against an EXEMPT recommendation, with its reason',
      over: { decision: { decision: 'REDUCED' as const, decisionLabel: '减轻', matchesRecommendation: false, differenceReason: '损失尚未全部挽回' } },
      title: '关于对甲一同志减轻问责的容错认定意见',
      says: ['集体研究认定结果（减轻）与建议结果（免责）不一致，理由是：损失尚未全部挽回。', '第十八条减轻问责'],
    },
    {
      name: 'REJECTED on an application',
      over: { decision: { decision: 'REJECTED' as const, decisionLabel: '不予容错', matchesRecommendation: false, differenceReason: '情节较重' } },
      title: '关于甲一同志申请容错的认定意见',
      says: ['不符合容错条件，不予容错。'],
    },
    {
      name: 'REJECTED ex officio, with the exclusion found',
      over: {
        tolerance: {
          origin: 'EX_OFFICIO' as const,
          claimedSituations: [],
          grounds: '',
          accountabilityCases: [{ caseId: 'x', number: '问〔2026〕3号' }],
          facts: {
            situations: [],
            conditions: conditions(false),
            exclusions: [{ code: 'PERSONAL_GAIN', label: '谋取私利' }],
            mitigations: [{ code: 'COOPERATED', label: '积极配合调查主动承担责任' }],
            notes: '收受好处费',
            savedAt: '',
            savedByName: '',
          },
        },
        decision: { decision: 'REJECTED' as const, decisionLabel: '不予容错' },
      },
      title: '关于甲一同志容错情形的认定意见',
      says: [
        '本委在办理问〔2026〕3号问责案件过程中，依职权对甲一同志启动容错认定程序。',
        '1.容错情形：未认定属于可以容错的情形。',
        '2.容错条件：具备符合决策部署且未被明令禁止的条件；不具备出于公心勤勉尽责的条件。',
        '3.排除情形：存在谋取私利的不予容错情形。',
        '4.从轻减轻情节：积极配合调查主动承担责任。',
        '核实情况说明：收受好处费。',
      ],
    },
  ])('$name', ({ over, title, says }) => {
    const doc = toleranceDecisionDocument(model(over));
    expect(doc.title).toBe(title);
    for (const words of says) expect(textOf(doc)).toContain(words);
  });

  it('leaves out what an ex officio case did not claim', () => {
    const text = textOf(toleranceDecisionDocument(model({ tolerance: { origin: 'EX_OFFICIO', claimedSituations: [], grounds: '' } })));
    expect(text).not.toContain('申请认定的容错情形');
    expect(text).not.toContain('申请理由');
    expect(text).toContain('本委依职权对甲一同志启动容错认定程序。');
  });
});
