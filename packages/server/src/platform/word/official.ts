import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  type IBorderOptions,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

/*
 * Word documents in the layout of GB/T 9704-2012《党政机关公文格式》: A4, the standard's margins (top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm), the title in 方正小标宋简体 二号 centred, text in 仿宋_GB2312. Forms (登记表, 审批表) put
 * their fields in a table of single 0.5 pt lines. Every module that writes a Word document builds it from these, so
 * the county's documents look alike whichever page they come from.
 */

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Millimetres in twips (1/1440 inch), the unit Word stores page sizes and margins in. */
export const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

export const OFFICIAL_PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

/** The width between the margins, which a full-width table is laid out in. */
export const TEXT_WIDTH = OFFICIAL_PAGE.width - OFFICIAL_PAGE.margin.left - OFFICIAL_PAGE.margin.right;

/** The height between the margins (the standard's 版心 is 156 mm × 225 mm). */
export const TEXT_HEIGHT = OFFICIAL_PAGE.height - OFFICIAL_PAGE.margin.top - OFFICIAL_PAGE.margin.bottom;

/**
 * GB/T 9704 sets 三号 text in 22 lines of 28 characters. The line pitch divides the 版心 evenly, rounded down (579
 * twips, 28.95 pt) because 580 × 22 would overflow it by a few twips and push the 22nd line to the next page.
 */
export const OFFICIAL_GRID = { linesPerPage: 22, charsPerLine: 28, linePitch: Math.floor(TEXT_HEIGHT / 22) } as const;

/** The fonts GB/T 9704 names; a machine without one falls back to its own Song or Fangsong face. */
export const OFFICIAL_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  kai: '楷体_GB2312',
  hei: '黑体',
} as const;

/** Chinese type sizes (字号) in half-points, docx's unit for a run's size. */
export const FONT_SIZES = {
  /** 初号, 42 pt: the issuing organ's mark at the head of a 公文. */
  no0: 84,
  /** 二号, 22 pt: the title. */
  no2: 44,
  /** 三号, 16 pt: the body of a document. */
  no3: 32,
  /** 四号, 14 pt: a form's fields. */
  no4: 28,
  /** 小四, 12 pt: hints and long answers inside a form. */
  smallNo4: 24,
} as const;

export interface RunStyle {
  font?: string;
  size?: number;
  bold?: boolean;
  /** Hex colour without '#', e.g. for a hint printed in grey. */
  color?: string;
}

/** Digits and Latin letters in Times New Roman, as official templates set them; 'eastAsia' puts “”、… in the Chinese face. */
export const fontsOf = (chinese: string) => ({ eastAsia: chinese, cs: chinese, ascii: 'Times New Roman', hAnsi: 'Times New Roman', hint: 'eastAsia' });

export const textRun = (text: string, style: RunStyle = {}) =>
  new TextRun({ text, font: fontsOf(style.font ?? OFFICIAL_FONTS.body), size: style.size ?? FONT_SIZES.no3, bold: style.bold, color: style.color });

export type Align = 'left' | 'center' | 'right' | 'justify';
const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

export interface ParagraphStyle extends RunStyle {
  align?: Align;
  /** Indent of the first line in characters (公文 body paragraphs start two characters in). */
  firstLineChars?: number;
  /** Space after the paragraph, in points. */
  after?: number;
}

/**
 * One paragraph per line of `text`: a comment typed with line breaks keeps them, and each line gets the first-line
 * indent as its own paragraph would.
 */
export function paragraphs(text: string, style: ParagraphStyle = {}): Paragraph[] {
  const size = style.size ?? FONT_SIZES.no3;
  return text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        alignment: ALIGNMENTS[style.align ?? 'justify'],
        // Half-points × 10 is the character's width in twips: the indent follows the type size.
        indent: style.firstLineChars ? { firstLine: style.firstLineChars * size * 10 } : undefined,
        spacing: { after: (style.after ?? 0) * 20 },
        children: [textRun(line, style)],
      }),
  );
}

export const paragraph = (text: string, style: ParagraphStyle = {}) => paragraphs(text, style)[0] as Paragraph;

/** The title in 方正小标宋简体 二号, centred, with the lines under it (e.g. the year) in 楷体 三号. */
export function titleParagraphs(title: string, subtitles: readonly string[] = []): Paragraph[] {
  return [
    paragraph(title, { font: OFFICIAL_FONTS.title, size: FONT_SIZES.no2, align: 'center', after: subtitles.length > 0 ? 6 : 16 }),
    ...subtitles.map((line, i) =>
      paragraph(line, { font: OFFICIAL_FONTS.kai, size: FONT_SIZES.no3, align: 'center', after: i === subtitles.length - 1 ? 12 : 0 }),
    ),
  ];
}

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' }; // size in eighths of a point: 0.5 pt

export interface CellOptions {
  /** How many grid columns the cell spans. */
  span?: number;
  align?: 'top' | 'center' | 'bottom';
}

const V_ALIGNMENTS = { top: VerticalAlign.TOP, center: VerticalAlign.CENTER, bottom: VerticalAlign.BOTTOM } as const;

/** A form cell; a plain string is one centred line in 四号, as a form's labels and short fields are. */
export function formCell(content: string | Paragraph[], options: CellOptions = {}): TableCell {
  return new TableCell({
    children: typeof content === 'string' ? paragraphs(content, { size: FONT_SIZES.no4, align: 'center' }) : content,
    columnSpan: options.span,
    verticalAlign: V_ALIGNMENTS[options.align ?? 'center'],
    margins: { top: mm(1), bottom: mm(1), left: mm(1), right: mm(1) },
  });
}

/** A row at least `minHeightMm` tall (it grows with its text), kept whole on one page. */
export const formRow = (cells: TableCell[], minHeightMm = 12) =>
  new TableRow({ children: cells, height: { value: mm(minHeightMm), rule: HeightRule.ATLEAST }, cantSplit: true });

/** A full-width table with fixed column widths (twips, summing to TEXT_WIDTH) and single 0.5 pt lines. */
export function formTable(columnWidths: readonly number[], rows: TableRow[]): Table {
  return new Table({
    rows,
    columnWidths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  });
}

/** A document on the official A4 page, 仿宋_GB2312 三号 by default. */
export function officialDocument(title: string, children: Array<Paragraph | Table>): Document {
  return officialSections(title, [children]);
}

/** Several forms in one document, each starting on a new official page (a batch to print at once). */
export function officialSections(title: string, sections: ReadonlyArray<Array<Paragraph | Table>>): Document {
  return new Document({
    title,
    creator: '担当',
    styles: { default: { document: { run: { font: fontsOf(OFFICIAL_FONTS.body), size: FONT_SIZES.no3 } } } },
    sections: sections.map((children) => ({
      properties: { page: { size: { width: OFFICIAL_PAGE.width, height: OFFICIAL_PAGE.height }, margin: OFFICIAL_PAGE.margin } },
      children,
    })),
  });
}

export const packDocument = (document: Document): Promise<Buffer> => Packer.toBuffer(document);
