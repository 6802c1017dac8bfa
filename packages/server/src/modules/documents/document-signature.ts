import { AlignmentType, Paragraph } from 'docx';
import { textRun } from '../../platform/word/official';
import { chineseDate } from './chinese-date';
import { BODY_LINE, chars, lines, widthInChars } from './document-layout';
import type { OfficialDocument } from './official-document';

/*
 * 发文机关署名和成文日期 of a sealed document (GB/T 9704-2012 7.3.5.1): the date 右空四字, the signature centred over
 * the date, both low in the seal's circle. The seal is stamped on paper, so only its room is left: two blank lines
 * under the text put the top of a 42 mm seal within a line of it and its centre just above the signature.
 */

const DATE_RIGHT_CHARS = 4;

export function signatureBlock(doc: Pick<OfficialDocument, 'signature' | 'date'>): Paragraph[] {
  const date = chineseDate(doc.date);
  // Centred over the date: half the difference in width more to the right indent. A signature much longer than the
  // date still keeps two characters from the margin, as an unsealed one does (7.3.5.2).
  const signatureRight = Math.max(DATE_RIGHT_CHARS + (widthInChars(date) - widthInChars(doc.signature)) / 2, DATE_RIGHT_CHARS / 2);
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: chars(signatureRight) },
      spacing: { ...BODY_LINE, before: lines(2) },
      keepNext: true,
      children: [textRun(doc.signature)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: chars(DATE_RIGHT_CHARS) },
      spacing: BODY_LINE,
      children: [textRun(date)],
    }),
  ];
}
