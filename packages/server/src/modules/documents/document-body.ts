import { AlignmentType, Paragraph } from 'docx';
import { FONT_SIZES, OFFICIAL_FONTS, type RunStyle, textRun } from '../../platform/word/official';
import { BODY_LINE, chars, lines, widthInChars } from './document-layout';
import type { BodyParagraphKind, OfficialDocument } from './official-document';

/*
 * 主体 (GB/T 9704-2012 7.3): title, addressee, body and attachment note. Every paragraph sits on the body's fixed
 * line, so blank lines the standard asks for ("空一行") are whole lines of the grid.
 */

const splitLines = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '');

/** 7.3.1: 2号小标宋, 红色分隔线下空二行, 居中; one paragraph per line the drafter chose. */
export function titleLines(title: string): Paragraph[] {
  return splitLines(title).map(
    (line, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { ...BODY_LINE, before: i === 0 ? lines(2) : 0 },
        keepNext: true,
        children: [textRun(line, { font: OFFICIAL_FONTS.title, size: FONT_SIZES.no2 })],
      }),
  );
}

/** 7.3.2: 标题下空一行, 居左顶格, ending with a full-width colon. */
export function addresseeLine(addressee: string): Paragraph {
  const text = addressee.trim().replace(/[:：]$/, '');
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: { ...BODY_LINE, before: lines(1) },
    children: [textRun(`${text}：`)],
  });
}

/** 7.3.3: 第一层黑体, 第二层楷体, 第三层仿宋 (bold, so that it stands out from the text around it). */
const FACES: Record<BodyParagraphKind, RunStyle> = {
  text: { font: OFFICIAL_FONTS.body },
  heading1: { font: OFFICIAL_FONTS.hei },
  heading2: { font: OFFICIAL_FONTS.kai },
  heading3: { font: OFFICIAL_FONTS.body, bold: true },
};

/** 左空二字, 回行顶格; headings too, and a heading stays on the page of the text it heads. */
function bodyParagraph(kind: BodyParagraphKind, text: string, options: { before: number; isLast: boolean }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    // Word and WPS read the indent in characters, so it follows the type; other readers take the twips.
    indent: { firstLine: chars(2), firstLineChars: 200 },
    spacing: { ...BODY_LINE, before: options.before },
    // The last lines go with the signature: a page with the signature and date but no text is not allowed (7.3.5).
    keepNext: kind !== 'text' || options.isLast,
    children: [textRun(text, FACES[kind])],
  });
}

/** Without an addressee the body takes the blank line under the title that the addressee would have had. */
export function bodyParagraphs(body: OfficialDocument['body'], hasAddressee: boolean): Paragraph[] {
  const paragraphs = body.flatMap(({ kind, text }) => splitLines(text).map((line) => ({ kind, line })));
  return paragraphs.map(({ kind, line }, i) =>
    bodyParagraph(kind, line, { before: i === 0 && !hasAddressee ? lines(1) : 0, isLast: i === paragraphs.length - 1 }),
  );
}

/**
 * 7.3.4: 正文下空一行左空二字编排"附件"二字, then a full-width colon and the names; several are numbered 1. 2. …,
 * and a name that wraps lines up with the first character of the name above it.
 */
export function attachmentNote(attachments: readonly string[]): Paragraph[] {
  const label = '附件：';
  const isNumbered = attachments.length > 1;
  return attachments.map((name, i) => {
    const number = isNumbered ? `${i + 1}.` : '';
    const nameStart = 2 + widthInChars(label) + widthInChars(number);
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      indent: { left: chars(nameStart), hanging: chars(nameStart - (i === 0 ? 2 : 2 + widthInChars(label))) },
      spacing: { ...BODY_LINE, before: i === 0 ? lines(1) : 0 },
      // The note stays in one piece and on the page of the signature under it.
      keepNext: true,
      children: [textRun(`${i === 0 ? label : ''}${number}${name}`)],
    });
  });
}
