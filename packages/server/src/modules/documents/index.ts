export { accountabilityDecisionDocument } from './case-documents/accountability-decision.document';
export { jurisdictionOfUnit, sendCaseDocument } from './case-documents/case-document.download';
export { correctionNoticeDocument } from './case-documents/correction-notice.document';
export { disciplineCommissionOf, organizationDepartmentOf } from './case-documents/organs';
export { toleranceDecisionDocument } from './case-documents/tolerance-decision.document';
export { chineseDate } from './chinese-date';
export type { BodyParagraph, BodyParagraphKind, OfficialDocument } from './official-document';
export { renderOfficialDocument } from './official-document.render';
