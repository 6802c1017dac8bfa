import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import { FONT_SIZES, fontsOf, mm, OFFICIAL_FONTS, TEXT_WIDTH, textRun } from '../../platform/word/official';
import { BODY_LINE, lines, widthInChars } from './document-layout';
import type { OfficialDocument } from './official-document';

/*
 * 版头 (GB/T 9704-2012 7.2): the issuing organ's mark in red, the document number two lines below it, and a red
 * separator 4 mm under the number, as wide as the text.
 */

/** The standard asks for red without a shade; pure red is what printers and WPS templates use. */
export const HEADER_RED = 'FF0000';

/** The standard sets no thickness for the red line; 1.5 pt (about 0.5 mm) reads as a rule, not a bar. */
const RED_LINE_SIZE = 12; // eighths of a point

/** Narrower than this and the characters of the mark look broken; a longer name gets a smaller type instead. */
const MIN_SCALE = 50;

/**
 * The mark's type: 初号, narrowed (w:w) until the name fits on one line, as printed 红头 keep their height and squeeze
 * their width; below {@link MIN_SCALE} the size goes down too.
 */
export function organMarkType(issuer: string): { size: number; scale: number } {
  const ems = Math.max(widthInChars(issuer), 1);
  const naturalWidth = ems * FONT_SIZES.no0 * 10; // half-points × 10 = twips per character
  // 98% leaves room for the rounding of character widths, so Word does not wrap the last character.
  const fit = (TEXT_WIDTH * 0.98) / naturalWidth;
  const scale = Math.max(MIN_SCALE, Math.min(100, Math.floor(fit * 100)));
  const size = Math.min(FONT_SIZES.no0, 2 * Math.floor((TEXT_WIDTH * 0.98 * 100) / (ems * 10 * scale) / 2));
  return { size, scale };
}

function organMark(issuer: string): Paragraph {
  const { size, scale } = organMarkType(issuer);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // 7.2.4: 上边缘至版心上边缘为 35 mm, where 份号, 密级 and 紧急程度 would stand. An exact line a fifth taller than the
    // type keeps Word from clipping the characters' tops; Word puts that fifth above them, so it comes off the space.
    spacing: { before: mm(35) - size * 2, line: size * 12, lineRule: LineRuleType.EXACT },
    children: [
      new TextRun({
        text: issuer,
        font: fontsOf(OFFICIAL_FONTS.title),
        size,
        scale: scale < 100 ? scale : undefined,
        color: HEADER_RED,
      }),
    ],
  });
}

function numberLine(number: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // 7.2.5: 发文机关标志下空二行.
    spacing: { ...BODY_LINE, before: lines(2) },
    // 7.2.7: 发文字号之下 4 mm 处 the red line. The border's offset is in points, measured from the line's foot.
    border: { bottom: { style: BorderStyle.SINGLE, size: RED_LINE_SIZE, color: HEADER_RED, space: Math.round((4 / 25.4) * 72) } },
    children: [textRun(number, { font: OFFICIAL_FONTS.body, size: FONT_SIZES.no3 })],
  });
}

export function documentHeader(doc: Pick<OfficialDocument, 'issuer' | 'number'>): Paragraph[] {
  return [organMark(doc.issuer), numberLine(doc.number)];
}
