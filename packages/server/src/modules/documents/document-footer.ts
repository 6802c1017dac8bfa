import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { FONT_SIZES, mm } from '../../platform/word/official';
import { BODY_LINE } from './document-layout';

/*
 * 页码 (GB/T 9704-2012 7.5): 4号半角宋体阿拉伯数字 with a 一字线 each side (— 1 —), 单页码居右空一字, 双页码居左空一字,
 * the dashes 7 mm below the text area. Word shows the `even` footer on even pages and `default` on odd ones once the
 * document turns on evenAndOddHeaders.
 */

/** 半角宋体: the digits too, not Times New Roman as in the body. */
const SONG = { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体', cs: '宋体', hint: 'eastAsia' } as const;

const ONE_CHAR = FONT_SIZES.no4 * 10;

/**
 * Distance of the footer's foot from the page's edge. The text area ends 35 mm up, and the dashes, in the middle of
 * the footer's body-high line, stand 3.5 mm above its foot (measured on a LibreOffice rendering): 7 mm below the text.
 */
export const FOOTER_DISTANCE = mm(35 - 7 - 3.5);

function pageNumberFooter(side: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: ONE_CHAR } : { left: ONE_CHAR },
        spacing: BODY_LINE,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONG, size: FONT_SIZES.no4 })],
      }),
    ],
  });
}

export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('right'), even: pageNumberFooter('left') };
}
