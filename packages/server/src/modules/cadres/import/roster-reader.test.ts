import { describe, expect, it } from 'vitest';
import { dateStyles, isDateFormat, readSheetRows, sharedStrings } from './roster-reader';
import { zip } from './zip.test-support';

/** The sheet reader on the shapes other writers produce (prefixed namespaces, inline strings, rich text, styles). */

const rows = async (bytes: Buffer) => {
  const out: Array<{ number: number; cells: unknown[] }> = [];
  for await (const r of readSheetRows(bytes)) out.push(r);
  return out;
};

const book = (sheetXml: string, extra: Array<{ name: string; data: Buffer }> = []) =>
  zip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from('<x:workbook xmlns:r="r"><x:sheets><x:sheet name="说明" r:id="rId2"/><x:sheet name="干部名册" r:id="rId1"/></x:sheets></x:workbook>'),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/data.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/data.xml', data: Buffer.from(sheetXml) },
    {
      name: 'xl/worksheets/sheet2.xml',
      data: Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row></sheetData></worksheet>'),
    },
    ...extra,
  ]);

describe('roster reader', () => {
  it('recognizes date formats', () => {
    expect(['yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-F800]dddd', 'm/d/yy h:mm'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['0.00', '"年"0', '@', 'General', '[Red]0'].map(isDateFormat)).toEqual([false, false, false, false, false]);
    const styles =
      '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy.mm"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs></styleSheet>';
    expect(dateStyles(styles)).toEqual([false, true, true, false, false]);
  });

  it('reads shared strings with rich text runs, without phonetic guides, entities decoded', () => {
    expect(
      sharedStrings(
        '<sst><si><t>张三</t></si><si><r><t>王</t></r><r><t xml:space="preserve">五 </t></r><rPh><t>わ</t></rPh></si><si/><si><t>A&amp;B</t></si></sst>',
      ),
    ).toEqual(['张三', '王五 ', '', 'A&B']);
  });

  it('reads the named sheet: shared, inline and formula strings, numbers, booleans, dates, gaps and empty rows', async () => {
    const sheet = `<x:worksheet><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>备注</x:t></x:is></x:c></x:row>
      <x:row r="2"><x:c r="A2" s="1"><x:v>31199</x:v></x:c><x:c r="B2"><x:v>13800138000</x:v></x:c><x:c r="C2" t="str"><x:f>A1</x:f><x:v>x&lt;y</x:v></x:c><x:c r="D2" t="b"><x:v>1</x:v></x:c><x:c r="E2" t="e"><x:v>#N/A</x:v></x:c></x:row>
      <x:row r="3"/>
      <x:row r="5"><x:c r="AA5" t="s"><x:v>1</x:v></x:c></x:row>
    </x:sheetData></x:worksheet>`;
    const found = await rows(
      book(sheet, [
        { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst><si><t>姓名</t></si><si><t>远处</t></si></sst>') },
        { name: 'xl/styles.xml', data: Buffer.from('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>') },
      ]),
    );
    expect(found.map((r) => r.number)).toEqual([1, 2, 3, 5]);
    expect(found[0]?.cells).toEqual(['姓名', null, '备注']);
    expect(found[1]?.cells).toEqual([new Date(Date.UTC(1985, 5, 1)), 13800138000, 'x<y', true, '#N/A']);
    expect(found[2]?.cells).toEqual([]);
    expect(found[3]?.cells[26]).toBe('远处');
  });

  it('refuses a sheet that inflates beyond its declared size', async () => {
    const bytes = book('<worksheet><sheetData></sheetData></worksheet>'.padEnd(5000, ' '));
    // Shrink the declared size of the data sheet in the central directory.
    const name = Buffer.from('xl/worksheets/data.xml');
    const at = bytes.lastIndexOf(name) - 46;
    bytes.writeUInt32LE(100, at + 24);
    await expect(rows(bytes)).rejects.toMatchObject({ code: 'IMPORT_ZIP_BOMB' });
  });
});
