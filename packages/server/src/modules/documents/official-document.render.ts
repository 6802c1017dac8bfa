import { Document } from 'docx';
import { FONT_SIZES, fontsOf, OFFICIAL_FONTS, OFFICIAL_PAGE, packDocument } from '../../platform/word/official';
import { addresseeLine, attachmentNote, bodyParagraphs, titleLines } from './document-body';
import { FOOTER_DISTANCE, pageNumberFooters } from './document-footer';
import { documentHeader } from './document-header';
import { documentImprint } from './document-imprint';
import { BODY_LINE, CONDENSED } from './document-layout';
import { signatureBlock } from './document-signature';
import type { OfficialDocument } from './official-document';

/*
 * The whole 公文: 版头, 主体 and 版记 on the standard's A4 page. Every paragraph, and every one a drafter adds in Word
 * or WPS (the Normal style), sits on an exact 28.95 pt line, which is what gives the page its 22 lines, and its
 * characters are set a little closer, which fits 28 to the line.
 *
 * No document grid: Word's own way to 22 × 28 (docGrid linesAndChars, a negative charSpace) is read by LibreOffice
 * as cells narrower than a character, which it spreads across two cells (14 characters a line), and its line grid
 * puts any character larger than 三号 (the title, the organ's mark) on two lines.
 */

/** Chinese as the East Asian language, so that readers pick simplified Chinese glyphs and line-breaking rules. */
const DEFAULT_RUN = { font: fontsOf(OFFICIAL_FONTS.body), size: FONT_SIZES.no3, characterSpacing: CONDENSED, language: { eastAsia: 'zh-CN' } };

export function buildOfficialDocument(doc: OfficialDocument): Document {
  const hasAddressee = doc.addressee !== undefined && doc.addressee.trim() !== '';
  return new Document({
    title: doc.title.replace(/\s+/g, ''),
    creator: '担当',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: DEFAULT_RUN, paragraph: { spacing: BODY_LINE } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: OFFICIAL_PAGE.width, height: OFFICIAL_PAGE.height },
            margin: { ...OFFICIAL_PAGE.margin, footer: FOOTER_DISTANCE },
          },
        },
        footers: pageNumberFooters(),
        children: [
          ...documentHeader(doc),
          ...titleLines(doc.title),
          ...(hasAddressee && doc.addressee ? [addresseeLine(doc.addressee)] : []),
          ...bodyParagraphs(doc.body, hasAddressee),
          ...attachmentNote(doc.attachments ?? []),
          ...signatureBlock(doc),
          ...documentImprint(doc),
        ],
      },
    ],
  });
}

/** The .docx bytes of an official document. */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  return packDocument(buildOfficialDocument(doc));
}
