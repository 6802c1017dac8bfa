import { createDeflateRaw } from 'node:zlib';
import { zip } from '../modules/cadres/import/zip.test-support';

/*
 * A tiny .xlsx whose one sheet inflates to hundreds of megabytes, built the way an attacker would: a real workbook's
 * parts, and a sheet of one blank repeated, deflated as a stream so the test itself never holds it inflated.
 */

const MIB = 1024 * 1024;
const SHEET_START = Buffer.from('<worksheet><sheetData>');

const workbookXml = (sheetName: string) =>
  Buffer.from(
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
const RELS_XML = Buffer.from(
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
);

async function deflatedSheet(mebibytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  const blank = Buffer.alloc(MIB, 0x20);
  deflate.write(SHEET_START);
  for (let i = 0; i < mebibytes; i++) if (!deflate.write(blank)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await ended;
  return Buffer.concat(out);
}

/**
 * A workbook with the sheet `sheetName` inflating to `mebibytes` MiB. `declared`: `honest` states the real size (a
 * check of the zip's directory sees it), `lying` states 1 KiB (only counting while inflating catches it).
 */
export async function xlsxZipBomb(sheetName: string, mebibytes: number, declared: 'honest' | 'lying'): Promise<Buffer> {
  const inflated = SHEET_START.length + mebibytes * MIB;
  return zip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'xl/workbook.xml', data: workbookXml(sheetName) },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS_XML },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.alloc(0),
      deflated: await deflatedSheet(mebibytes),
      declaredSize: declared === 'honest' ? inflated : 1024,
    },
  ]);
}
