import type { CaseView } from '@dandang/shared/cases/case.schema';
import type { IsoDate } from '@dandang/shared/dates/date';
import type { CorrectionView, ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import type { OfficialDocument } from '../official-document';
import { disciplineCommissionOf, type Jurisdiction } from './organs';
import { toleranceDecisionTitle } from './tolerance-decision.document';
import { bodyOf, clause, dateOf, numbered, sentence, titleOf } from './wording';

/*
 * 纠错整改通知书 (issue 6 item 5; DOMAIN.md §6 "correction plan with deadline and follow-up"): the tasks of a tolerance
 * case's correction plan, sent by the discipline commission to the cadre's unit, each with its owner and deadline,
 * and the duty to report when they are done.
 */

export interface CorrectionNoticeModel {
  jurisdiction: Jurisdiction;
  case: Pick<CaseView, 'number' | 'unitName' | 'subjectName'>;
  tolerance: Pick<ToleranceDetail, 'origin' | 'matter'>;
  decision: Pick<NonNullable<ToleranceDetail['decision']>, 'decision' | 'meetingDate'>;
  tasks: ReadonlyArray<Pick<CorrectionView, 'description' | 'owner' | 'deadline'>>;
  /** 成文日期: the day the plan was last added to, so the notice downloaded again later reads the same. */
  date: IsoDate;
}

/**
 * The notice's number: the case's with 纠 after its prefix (容〔2026〕12号 → 容纠〔2026〕12号). The 认定书 carries the
 * case number itself and a case has one plan, so the two never share a number, and no case type's prefix is 容纠.
 */
export function correctionNoticeNumber(caseNumber: string): string {
  const number = caseNumber.replace(/^([^〔]*)〔/, '$1纠〔');
  return number === caseNumber ? `${caseNumber}（纠）` : number;
}

export function correctionNoticeDocument(m: CorrectionNoticeModel): OfficialDocument {
  const issuer = disciplineCommissionOf(m.jurisdiction);
  const cadre = m.case.subjectName ?? '';
  const who = `${cadre}同志`;
  // The 认定书 is cited as GB/T 9704 cites a document: its title, then its number.
  const decisionTitle = toleranceDecisionTitle(cadre, m.decision.decision, m.tolerance.origin === 'EX_OFFICIO').replace(/\n/g, '');
  const opening = [
    `${dateOf(m.decision.meetingDate)}，本委经集体研究，对${who}所涉事项作出《${decisionTitle}》（${m.case.number}）。所涉事项：${sentence(m.tolerance.matter)}`,
    '为及时纠正失误错误、消除不良影响、完善制度机制，现将纠错整改事项通知如下。',
  ];
  const tasks = numbered(m.tasks.map((t) => `${sentence(t.description)}责任人：${clause(t.owner)}；完成时限：${dateOf(t.deadline)}前。`));
  const requirements = [
    '请你单位切实履行纠错整改责任，督促责任人按期完成上述整改任务。各项任务完成后，请及时将整改落实情况书面报告本委；不能按期完成的，请在期限届满前书面说明原因和下一步措施。',
  ];
  return {
    issuer,
    number: correctionNoticeNumber(m.case.number),
    title: titleOf(`关于做好${who}容错事项`, '纠错整改工作的通知'),
    addressee: m.case.unitName,
    body: bodyOf(
      opening,
      [
        { heading: '整改任务', paragraphs: tasks },
        { heading: '工作要求', paragraphs: requirements },
      ],
      ['特此通知。'],
    ),
    signature: issuer,
    date: m.date,
  };
}
