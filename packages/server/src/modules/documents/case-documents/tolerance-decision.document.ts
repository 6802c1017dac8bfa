import type { CaseView } from '@dandang/shared/cases/case.schema';
import { chinaDateOf } from '@dandang/shared/dates/date';
import { CITE } from '@dandang/shared/rules/citations';
import type { ToleranceDecision } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { OfficialDocument } from '../official-document';
import { disciplineCommissionOf, type Jurisdiction, partyOrganizationOf } from './organs';
import { bodyOf, cite, clause, dateOf, linesOf, numbered, type Section, sentence, titleOf } from './wording';

/*
 * 容错免责认定书 (issue 6 item 5; DOMAIN.md §6 "written feedback to the person and their party organization"): the
 * collective decision on a tolerance case, whatever it decided, with the facts and reasons it rests on. Issued by the
 * discipline commission of the case's jurisdiction under the case number, to the cadre's party organization, signed
 * and dated on the day of the meeting that decided it.
 */

type Decision = NonNullable<ToleranceDetail['decision']>;

export interface ToleranceDecisionModel {
  jurisdiction: Jurisdiction;
  case: Pick<CaseView, 'number' | 'unitName' | 'subjectName' | 'openedAt'>;
  tolerance: Pick<ToleranceDetail, 'origin' | 'matter' | 'occurredOn' | 'claimedSituations' | 'grounds' | 'facts' | 'accountabilityCases'>;
  decision: Decision;
  /** 调查核实情况, as the report to the collective decision wrote it ('' when none was kept). */
  findings: string;
}

/** 关于给予XXX同志容错免责的认定意见 and its siblings: the title says what was decided, or that an application was answered. */
export function toleranceDecisionTitle(cadre: string, decision: ToleranceDecision, isExOfficio: boolean): string {
  const who = `${cadre}同志`;
  switch (decision) {
    case 'EXEMPT':
      return titleOf(`关于给予${who}`, '容错免责的认定意见');
    case 'LIGHTER':
      return titleOf(`关于对${who}从轻问责的`, '容错认定意见');
    case 'REDUCED':
      return titleOf(`关于对${who}减轻问责的`, '容错认定意见');
    case 'REJECTED':
      return titleOf(`关于${who}`, isExOfficio ? '容错情形的认定意见' : '申请容错的认定意见');
  }
}

function opening(m: ToleranceDecisionModel, who: string): string {
  const on = dateOf(chinaDateOf(new Date(m.case.openedAt)));
  const started = {
    SELF_APPLICATION: `${on}，${who}本人提出书面容错申请。`,
    UNIT_APPLICATION: `${on}，${m.case.unitName}为${who}提出书面容错申请。`,
    EX_OFFICIO:
      m.tolerance.accountabilityCases.length > 0
        ? `${on}，本委在办理${m.tolerance.accountabilityCases.map((c) => c.number).join('、')}问责案件过程中，依职权对${who}启动容错认定程序。`
        : `${on}，本委依职权对${who}启动容错认定程序。`,
  }[m.tolerance.origin];
  return `${started}经调查核实和集体研究，现将认定意见通知如下。`;
}

function application(m: ToleranceDecisionModel): string[] {
  const t = m.tolerance;
  const claimed = t.claimedSituations.map((s) => s.label);
  return [
    `所涉事项（发生于${dateOf(t.occurredOn)}）：${sentence(t.matter)}`,
    ...(claimed.length > 0 ? [`申请认定的容错情形：${claimed.join('、')}。`] : []),
    ...(t.grounds.trim() !== '' ? [`申请理由：${sentence(t.grounds)}`] : []),
  ];
}

/** The checklist in words: each kind of fact said, also when none was found, so a reader sees it was looked at. */
function established(facts: NonNullable<ToleranceDetail['facts']>): string[] {
  const labels = (list: ReadonlyArray<{ label: string }>) => list.map((x) => x.label).join('、');
  const held = facts.conditions.filter((c) => c.established);
  const missing = facts.conditions.filter((c) => !c.established);
  const conditions = [...(held.length > 0 ? [`具备${labels(held)}的条件`] : []), ...(missing.length > 0 ? [`不具备${labels(missing)}的条件`] : [])].join('；');
  return [
    '经调查核实，认定以下事实：',
    ...numbered([
      `容错情形：${facts.situations.length > 0 ? `属于${labels(facts.situations)}的情形` : '未认定属于可以容错的情形'}。`,
      `容错条件：${conditions || '未作认定'}。`,
      `排除情形：${facts.exclusions.length > 0 ? `存在${labels(facts.exclusions)}的不予容错情形` : '未发现不予容错的情形'}。`,
      `从轻减轻情节：${facts.mitigations.length > 0 ? labels(facts.mitigations) : '无'}。`,
    ]),
    ...(facts.notes.trim() !== '' ? [`核实情况说明：${sentence(facts.notes)}`] : []),
  ];
}

function reasons(d: Decision): string[] {
  const r = d.recommendation;
  return [
    `根据认定的事实，按照容错纠错政策（${r.policyCode} 第${r.policyVersion}版）提出的建议结果为${r.outcomeLabel}，理由如下：`,
    ...numbered(r.reasons.map((x) => `${clause(x.text)}（${cite(x.rule)}）。`)),
  ];
}

function meeting(d: Decision): string[] {
  const { for: yes, against, abstain } = d.votes;
  return [
    `${dateOf(d.meetingDate)}，本委召开会议对本案进行集体研究，参会${d.attendees.length}人。表决结果：赞成${yes}票，反对${against}票，弃权${abstain}票。`,
    // DOMAIN.md §6: a decision that departs from the recommendation gives its written reason.
    ...(d.matchesRecommendation
      ? []
      : [`集体研究认定结果（${d.decisionLabel}）与建议结果（${d.recommendation.outcomeLabel}）不一致，理由是：${sentence(d.differenceReason)}`]),
  ];
}

function conclusion(d: Decision, who: string): string[] {
  const mitigate = cite(CITE.accountabilityMitigate);
  switch (d.decision) {
    case 'EXEMPT':
      return [
        `认定${who}在上述事项中的失误错误符合容错条件，予以容错免责：对其不予问责、不作负面评价，不影响其考核、评优、提拔使用。`,
        ...(d.exemptedCases.length > 0 ? [`相关问责案件（${d.exemptedCases.join('、')}）免予问责。`] : []),
      ];
    case 'LIGHTER':
    case 'REDUCED': {
      const how = d.decision === 'LIGHTER' ? '从轻' : '减轻';
      return [`认定对${who}在上述事项中的失误错误予以容错，依据${mitigate}${how}问责，有关问责决定据此作出。`];
    }
    case 'REJECTED':
      return [`认定${who}在上述事项中的失误错误不符合容错条件，不予容错。`];
  }
}

export function toleranceDecisionDocument(m: ToleranceDecisionModel): OfficialDocument {
  const issuer = disciplineCommissionOf(m.jurisdiction);
  const cadre = m.case.subjectName ?? '';
  const who = `${cadre}同志`;
  const sections: Section[] = [
    { heading: '基本情况', paragraphs: application(m) },
    { heading: '调查核实情况', paragraphs: [...linesOf(m.findings), ...(m.tolerance.facts ? established(m.tolerance.facts) : [])] },
    { heading: '认定理由', paragraphs: reasons(m.decision) },
    { heading: '集体研究情况', paragraphs: meeting(m.decision) },
    { heading: '认定意见', paragraphs: conclusion(m.decision, who) },
  ];
  return {
    issuer,
    number: m.case.number,
    title: toleranceDecisionTitle(cadre, m.decision.decision, m.tolerance.origin === 'EX_OFFICIO'),
    addressee: partyOrganizationOf(m.case.unitName),
    body: bodyOf([opening(m, who)], sections),
    signature: issuer,
    date: m.decision.meetingDate,
  };
}
