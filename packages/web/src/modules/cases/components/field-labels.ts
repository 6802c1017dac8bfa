import { ADJUSTMENT_KIND_LABELS } from '@dandang/shared/accountability/adjustment.rules';
import { BODY_LABELS, CIRCUMSTANCE_LABELS, FORM_LABELS } from '@dandang/shared/accountability/forms';
import { UNFIT_SITUATIONS } from '@dandang/shared/accountability/unfit-situations';
import { COMPLAINT_CHANNELS, COMPLAINT_CLASSES } from '@dandang/shared/complaints/complaint.codes';
import { COMPLAINT_CONCLUSIONS } from '@dandang/shared/rules/clarification.rules';
import { TOLERANCE_SITUATIONS } from '@dandang/shared/rules/tolerance.codes';
import { TOLERANCE_ORIGINS } from '@dandang/shared/tolerance/tolerance.schema';
import { TOLERANCE_DECISIONS } from '@dandang/shared/tolerance/tolerance-decision.rules';

/*
 * How the timeline names what a step recorded. A step's required fields carry their own words in the workflow; these
 * are the others the modules record, and the code lists whose values are shown by their Chinese names. A field not
 * named here (an internal id) is not shown: the module's own card on the page says what it points to.
 */

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  origin: '来源',
  matter: '事由',
  occurredOn: '发生日期',
  claimedSituations: '申请的情形',
  grounds: '理由',
  body: '提出机关',
  forms: '问责方式',
  facts: '事实',
  differenceReason: '与系统建议不一致的理由',
  recipients: '反馈对象',
  filedWith: '报备机关',
  circumstance: '问责情节',
  decidingBody: '决定机关',
  probationMonths: '留党察看期限（月）',
  situation: '情形',
  source: '来源',
  heardOn: '听取陈述日期',
  correctedOn: '纠正日期',
  workdays: '延长工作日',
  dueOn: '新的办理时限',
  channel: '来源渠道',
  classification: '问题类别',
};

export const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  origin: TOLERANCE_ORIGINS,
  claimedSituations: TOLERANCE_SITUATIONS,
  decision: TOLERANCE_DECISIONS,
  body: BODY_LABELS,
  forms: FORM_LABELS,
  circumstance: CIRCUMSTANCE_LABELS,
  adjustment: ADJUSTMENT_KIND_LABELS,
  situation: UNFIT_SITUATIONS,
  conclusion: COMPLAINT_CONCLUSIONS,
  channel: COMPLAINT_CHANNELS,
  classification: COMPLAINT_CLASSES,
};
