import {
  AlignmentType,
  BorderStyle,
  type IBorderOptions,
  LineRuleType,
  Paragraph,
  RelativeVerticalPosition,
  Tab,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { FONT_SIZES, OFFICIAL_FONTS, OFFICIAL_PAGE, TEXT_WIDTH, textRun } from '../../platform/word/official';
import { chineseDate } from './chinese-date';
import type { OfficialDocument } from './official-document';

/*
 * 版记 (GB/T 9704-2012 7.4): 抄送 and 印发机关和印发日期 in 4号仿宋 between a thick line above and a thick line below,
 * a thin line between the two, the last line on the foot of the last page's text area. A one-column table floating at
 * the bottom margin holds them: its borders are the lines, and it sits at the foot however long the body is.
 */

/** 0.35 mm and 0.25 mm, the standard's recommended heights, in eighths of a point. */
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** One 4号 character: 抄送 and 印发 lines are set one character in from each side. */
const ONE_CHAR = FONT_SIZES.no4 * 10;

/** 4号 type on lines of about 1.5 times its size, tighter than the body. */
const IMPRINT_LINE = { line: Math.round(FONT_SIZES.no4 * 10 * 1.5), lineRule: LineRuleType.EXACT } as const;

const run = (text: string) => textRun(text, { font: OFFICIAL_FONTS.body, size: FONT_SIZES.no4 });

/** 7.4.2: "抄送" and a full-width colon, the organs separated by commas and closed by a full stop; wrapped lines align after the colon. */
function copyToLine(copyTo: readonly string[]): Paragraph {
  const label = '抄送：';
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: ONE_CHAR * (1 + label.length), hanging: ONE_CHAR * label.length, right: ONE_CHAR },
    spacing: IMPRINT_LINE,
    children: [run(`${label}${copyTo.join('，')}。`)],
  });
}

/** 7.4.3: 印发机关左空一字, 印发日期右空一字, the date followed by 印发. */
function printedByLine(printedBy: NonNullable<OfficialDocument['printedBy']>): Paragraph {
  return new Paragraph({
    indent: { left: ONE_CHAR },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - ONE_CHAR }],
    spacing: IMPRINT_LINE,
    children: [run(printedBy.organ), new TextRun({ children: [new Tab()] }), run(`${chineseDate(printedBy.date)}印发`)],
  });
}

const row = (paragraph: Paragraph) =>
  new TableRow({ children: [new TableCell({ children: [paragraph], margins: { top: 0, bottom: 0, left: 0, right: 0 } })], cantSplit: true });

/** Nothing when the document has neither: a 版记 is only printed around what it records. */
export function documentImprint(doc: Pick<OfficialDocument, 'copyTo' | 'printedBy'>): Array<Table | Paragraph> {
  const copyTo = doc.copyTo?.filter((organ) => organ.trim() !== '') ?? [];
  const rows = [...(copyTo.length > 0 ? [row(copyToLine(copyTo))] : []), ...(doc.printedBy ? [row(printedByLine(doc.printedBy))] : [])];
  if (rows.length === 0) return [];
  const table = new Table({
    rows,
    columnWidths: [TEXT_WIDTH],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    // No cell margins: Word and LibreOffice would otherwise pull the table left by the margin to line the text up.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: { top: THICK, bottom: THICK, insideHorizontal: THIN, left: NONE, right: NONE, insideVertical: NONE },
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: OFFICIAL_PAGE.margin.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
  });
  // A table cannot end a document: Word needs a paragraph after it, kept a hair high so it cannot push a page.
  return [table, new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT } })];
}
