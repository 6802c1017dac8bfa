export { chineseDate } from './chinese-date';
export type { BodyParagraph, BodyParagraphKind, OfficialDocument } from './official-document';
export { renderOfficialDocument } from './official-document.render';
