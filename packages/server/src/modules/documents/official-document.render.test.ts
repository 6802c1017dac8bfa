import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { organMarkType } from './document-header';
import type { OfficialDocument } from './official-document';
import { renderOfficialDocument } from './official-document.render';
import { SAMPLE_DOCUMENT } from './sample-document';

interface Parts {
  document: string;
  settings: string;
  styles: string;
  /** Footer XML by the type its reference has in the section: default (odd pages) and even. */
  footers: Record<string, string>;
}

async function partsOf(doc: OfficialDocument): Promise<Parts> {
  const zip = await JSZip.loadAsync(await renderOfficialDocument(doc));
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const footers: Record<string, string> = {};
  for (const [, type, id] of document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    footers[type ?? ''] = await read(`word/${target}`);
  }
  return { document, settings: await read('word/settings.xml'), styles: await read('word/styles.xml'), footers };
}

const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** The paragraph whose text is exactly `text`. */
function paragraph(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).find((p) => textOf(p) === text);
  if (!found) throw new Error(`no paragraph reads ${text}`);
  return found;
}

const attr = (xml: string, element: string, name: string) => new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1];

describe('renderOfficialDocument: the page (GB/T 9704-2012 5.2, 7.5)', () => {
  it('is A4 with margins 37/35/28/26 mm, no document grid', async () => {
    const { document } = await partsOf(SAMPLE_DOCUMENT);
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(attr(document, 'pgMar', 'top')).toBe('2098');
    expect(attr(document, 'pgMar', 'bottom')).toBe('1984');
    expect(attr(document, 'pgMar', 'left')).toBe('1587');
    expect(attr(document, 'pgMar', 'right')).toBe('1474');
    expect(attr(document, 'docGrid', 'type')).toBeUndefined();
  });

  it('sets 仿宋_GB2312 三号 on a 28.95 pt line by default, condensed so that exactly 28 characters fill a line', async () => {
    const { styles } = await partsOf(SAMPLE_DOCUMENT);
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(attr(defaults, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(defaults, 'sz', 'val')).toBe('32');
    expect(attr(defaults, 'spacing', 'line')).toBe('579');
    expect(attr(defaults, 'spacing', 'lineRule')).toBe('exact');
    expect(attr(defaults, 'lang', 'eastAsia')).toBe('zh-CN');
    // Half-points × 10 is a character's width in twips; w:spacing adds twentieths of a point after each one.
    const pitch = Number(attr(defaults, 'sz', 'val')) * 10 + Number(/<w:rPr>[\s\S]*?<w:spacing w:val="(-?\d+)"/.exec(defaults)?.[1]);
    const lineWidth = 11906 - 1587 - 1474;
    expect(28 * pitch).toBeLessThanOrEqual(lineWidth);
    expect(29 * pitch).toBeGreaterThan(lineWidth);
  });

  it('numbers pages — N — in 4号宋体, odd pages on the right and even pages on the left, one character in', async () => {
    const { settings, footers } = await partsOf(SAMPLE_DOCUMENT);
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const odd = footers.default ?? '';
    const even = footers.even ?? '';
    for (const footer of [odd, even]) {
      expect(textOf(footer)).toBe('—  —');
      expect(footer).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/,
      );
      expect(attr(footer, 'rFonts', 'ascii')).toBe('宋体');
      expect(attr(footer, 'rFonts', 'eastAsia')).toBe('宋体');
      expect(attr(footer, 'sz', 'val')).toBe('28');
    }
    expect(attr(odd, 'jc', 'val')).toBe('right');
    expect(attr(odd, 'ind', 'right')).toBe('280');
    expect(attr(even, 'jc', 'val')).toBe('left');
    expect(attr(even, 'ind', 'left')).toBe('280');
  });
});

describe('renderOfficialDocument: 版头 (7.2)', () => {
  it('prints the organ’s mark in red 方正小标宋简体 初号, centred, 35 mm below the top of the text area', async () => {
    const mark = paragraph((await partsOf(SAMPLE_DOCUMENT)).document, '中共某某县纪律检查委员会');
    expect(attr(mark, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
    expect(attr(mark, 'color', 'val')).toBe('FF0000');
    expect(attr(mark, 'sz', 'val')).toBe('84');
    expect(attr(mark, 'jc', 'val')).toBe('center');
    // The exact line is a fifth taller than the type, the fifth above the characters: space + fifth = 35 mm.
    expect(attr(mark, 'spacing', 'lineRule')).toBe('exact');
    expect(attr(mark, 'spacing', 'line')).toBe('1008');
    expect(Number(attr(mark, 'spacing', 'before')) + 1008 - 840).toBe(1984);
  });

  it('narrows a long name to the width of the line and leaves a short one as it is', () => {
    expect(organMarkType('中共某某县纪律检查委员会')).toEqual({ size: 84, scale: 85 });
    expect(organMarkType('县委组织部')).toEqual({ size: 84, scale: 100 });
    const joint = organMarkType('中共某某县纪律检查委员会某某县监察委员会中共某某县委组织部某某县人力资源和社会保障局');
    expect(joint.scale).toBe(50);
    expect(joint.size).toBeLessThan(84);
  });

  it('centres the document number in 仿宋 三号 two lines below the mark, with the red line 4 mm under it', async () => {
    const number = paragraph((await partsOf(SAMPLE_DOCUMENT)).document, '县纪委〔2026〕12号');
    expect(attr(number, 'jc', 'val')).toBe('center');
    expect(attr(number, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(number, 'sz', 'val')).toBe('32');
    expect(attr(number, 'spacing', 'before')).toBe('1158');
    expect(number).toContain('<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"/></w:pBdr>');
  });
});

describe('renderOfficialDocument: 主体 (7.3)', () => {
  it('centres the title in 方正小标宋简体 二号, one paragraph per line the drafter chose, two lines under the red line', async () => {
    const { document } = await partsOf(SAMPLE_DOCUMENT);
    const first = paragraph(document, '关于进一步做好容错纠错工作');
    const second = paragraph(document, '激励干部担当作为的通知');
    for (const line of [first, second]) {
      expect(attr(line, 'rFonts', 'eastAsia')).toBe('方正小标宋简体');
      expect(attr(line, 'sz', 'val')).toBe('44');
      expect(attr(line, 'jc', 'val')).toBe('center');
    }
    expect(attr(first, 'spacing', 'before')).toBe('1158');
    expect(attr(second, 'spacing', 'before')).toBe('0');
  });

  it('puts the addressee flush left with one full-width colon, whatever the input ended with', async () => {
    const { document } = await partsOf({ ...SAMPLE_DOCUMENT, addressee: '各乡镇党委:' });
    const addressee = paragraph(document, '各乡镇党委：');
    expect(attr(addressee, 'jc', 'val')).toBe('left');
    expect(attr(addressee, 'ind', 'firstLine')).toBeUndefined();
  });

  it('gives the body the blank line under the title when there is no addressee', async () => {
    const { document } = await partsOf({ ...SAMPLE_DOCUMENT, addressee: undefined });
    expect(document).not.toContain('各乡镇党委');
    const first = paragraph(document, SAMPLE_DOCUMENT.body[0]?.text ?? '');
    expect(attr(first, 'spacing', 'before')).toBe('579');
  });

  it('indents every body paragraph two characters and sets the three heading levels in 黑体, 楷体 and bold 仿宋', async () => {
    const { document } = await partsOf(SAMPLE_DOCUMENT);
    const text = paragraph(document, '本通知自印发之日起施行。执行中遇到的问题，请及时向县纪委县监委、县委组织部反映。');
    expect(attr(text, 'ind', 'firstLine')).toBe('630');
    expect(attr(text, 'ind', 'firstLineChars')).toBe('200');
    expect(attr(text, 'jc', 'val')).toBe('both');
    expect(attr(text, 'spacing', 'line')).toBe('579');
    expect(attr(text, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(attr(paragraph(document, '一、准确把握容错纠错的适用情形'), 'rFonts', 'eastAsia')).toBe('黑体');
    expect(attr(paragraph(document, '（一）严格区分性质。'), 'rFonts', 'eastAsia')).toBe('楷体_GB2312');
    const third = paragraph(document, '1.申请与受理。');
    expect(attr(third, 'rFonts', 'eastAsia')).toBe('仿宋_GB2312');
    expect(third).toContain('<w:b/>');
    expect(third).toContain('<w:keepNext/>');
  });

  it('numbers several attachments under 附件： and lines the second up under the first number', async () => {
    const { document } = await partsOf(SAMPLE_DOCUMENT);
    const first = paragraph(document, '附件：1.容错纠错申请表');
    const second = paragraph(document, '2.容错纠错认定结果反馈书（样式）');
    expect(attr(first, 'spacing', 'before')).toBe('579');
    // Names start 2 + 3 + 1 characters in; the first line starts at 2 (附件：), the second at 5 (its number).
    expect([attr(first, 'ind', 'left'), attr(first, 'ind', 'hanging')]).toEqual(['1890', '1260']);
    expect([attr(second, 'ind', 'left'), attr(second, 'ind', 'hanging')]).toEqual(['1890', '315']);
    const single = (await partsOf({ ...SAMPLE_DOCUMENT, attachments: ['容错纠错申请表'] })).document;
    expect(() => paragraph(single, '附件：容错纠错申请表')).not.toThrow();
  });

  it('writes the date 2026年11月26日 four characters from the right, with the signature centred over it', async () => {
    const doc = { ...SAMPLE_DOCUMENT, signature: '县委组织部' };
    const { document } = await partsOf(doc);
    const date = paragraph(document, '2026年11月26日');
    expect(attr(date, 'jc', 'val')).toBe('right');
    expect(attr(date, 'ind', 'right')).toBe('1260');
    const signature = paragraph(document, '县委组织部');
    expect(attr(signature, 'jc', 'val')).toBe('right');
    // The date is 7 characters wide and the signature 5: one more character in on the right.
    expect(attr(signature, 'ind', 'right')).toBe('1575');
    // Two blank lines under the text leave the seal its room.
    expect(attr(signature, 'spacing', 'before')).toBe('1158');
  });

  it('rejects a date that is not a calendar date', async () => {
    await expect(renderOfficialDocument({ ...SAMPLE_DOCUMENT, date: '2026-13-01' })).rejects.toThrow(RangeError);
  });
});

describe('renderOfficialDocument: 版记 (7.4)', () => {
  it('sets 抄送 and 印发 in 4号 between thick lines with a thin line between, at the foot of the text area', async () => {
    const { document } = await partsOf(SAMPLE_DOCUMENT);
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(attr(table, 'tblpPr', 'vertAnchor')).toBe('margin');
    expect(attr(table, 'tblpPr', 'tblpYSpec')).toBe('bottom');
    expect(attr(table, 'tblW', 'w')).toBe('8845');
    expect(attr(table, 'top', 'sz')).toBe('8');
    expect(attr(table, 'insideH', 'sz')).toBe('6');
    expect(attr(table, 'bottom', 'sz')).toBe('8');
    const copyTo = paragraph(table, '抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。');
    expect(attr(copyTo, 'sz', 'val')).toBe('28');
    expect([attr(copyTo, 'ind', 'left'), attr(copyTo, 'ind', 'hanging'), attr(copyTo, 'ind', 'right')]).toEqual(['1120', '840', '280']);
    const printedBy = paragraph(table, '中共某某县纪律检查委员会办公室2026年11月26日印发');
    expect(printedBy).toContain('<w:tab/>');
    expect(attr(printedBy, 'tab', 'val')).toBe('right');
    expect(attr(printedBy, 'tab', 'pos')).toBe(String(8845 - 280));
  });

  it('has no 版记 when there is nothing to copy to and no printing line', async () => {
    const { document } = await partsOf({ ...SAMPLE_DOCUMENT, copyTo: [], printedBy: undefined });
    expect(document).not.toContain('<w:tbl>');
    expect(document).not.toContain('抄送');
  });
});
