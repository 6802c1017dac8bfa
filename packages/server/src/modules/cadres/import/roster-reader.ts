import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import type { ImportCell } from '@dandang/shared/cadres/cadre-import.rules';
import { IMPORT_SHEET_NAME } from '@dandang/shared/cadres/cadre-import.schema';
import { DomainError } from '../../../platform/errors';
import { decodeXml, entryData, inflateEntry, readZipDirectory, type ZipEntry } from './upload-check';

/**
 * Streams the rows of the 干部名册 sheet out of an uploaded workbook. A reader of its own rather than exceljs': it
 * needs only cell values, so it builds no cell objects (the import's largest cost in time and garbage), and it inflates
 * the sheet itself, counting, so it never inflates more than the zip declared (checked against the limits at upload).
 * It reads what Excel, WPS and exceljs write: shared, inline and formula strings, numbers, booleans, errors, and dates
 * recognized by their cell style's number format.
 */

export interface SheetRow {
  /** The Excel row number (the header is row 1). */
  number: number;
  /** Cell values by column position, 0-based. */
  cells: ImportCell[];
}

const broken = () => new DomainError('IMPORT_NOT_XLSX', undefined, '工作簿内容已损坏，无法读取，请在 Excel 中打开后重新保存再上传');

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, plus the CJK ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date when, outside quoted text and [colour] parts, it uses d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style (cellXfs index): does it format numbers as dates? */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g))
    custom.set(Number(m[1]), decodeXml(m[2] as string));
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1] as string)?.[1] ?? 0);
    const code = custom.get(id);
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code);
  });
}

/** The visible text of a string item: its runs' texts, without phonetic guides (<rPh>). */
function itemText(xml: string): string {
  let text = '';
  for (const m of xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)<\/(?:\w+:)?t>/g)) text += m[1];
  return decodeXml(text);
}

export function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)].map((m) => (m[1] ? itemText(m[1]) : ''));
}

/** The path of the sheet named `name`, through the workbook's relationships. */
function sheetPath(workbookXml: string, relsXml: string, name: string): string | null {
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)/g)) {
    const attrs = m[1] as string;
    if (decodeXml(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? '') !== name) continue;
    const rid = /\br:id="([^"]*)"|\b\w+:id="([^"]*)"/.exec(attrs);
    const id = rid?.[1] ?? rid?.[2];
    for (const rel of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)/g)) {
      if (/\bId="([^"]*)"/.exec(rel[1] as string)?.[1] !== id) continue;
      const target = decodeXml(/\bTarget="([^"]*)"/.exec(rel[1] as string)?.[1] ?? '');
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return null;
}

/** "AB12" → 27 (0-based column of the cell reference). */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const VALUE = /<(?:\w+:)?v\b[^>]*>([^<]*)<\/(?:\w+:)?v>/;

function parseRow(xml: string, strings: string[], dates: boolean[]): ImportCell[] {
  const cells: ImportCell[] = [];
  let position = 0;
  for (const m of xml.matchAll(CELL)) {
    const attrs = m[1] as string;
    const body = m[2] ?? '';
    const ref = /\br="([A-Z]+)/.exec(attrs)?.[1];
    const index = ref ? columnOf(ref) : position;
    position = index + 1;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? 'n';
    let value: ImportCell = null;
    if (type === 'inlineStr') value = itemText(body);
    else {
      const raw = VALUE.exec(body)?.[1];
      if (raw !== undefined) {
        if (type === 's') value = strings[Number(raw)] ?? '';
        else if (type === 'str' || type === 'e') value = decodeXml(raw);
        else if (type === 'b') value = raw === '1';
        else if (type === 'd') value = new Date(raw);
        else {
          const n = Number(raw);
          const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
          value = dates[style] && Number.isFinite(n) ? new Date(EXCEL_EPOCH_MS + Math.round(n * 86_400_000)) : n;
        }
      }
    }
    while (cells.length < index) cells.push(null);
    cells[index] = value;
  }
  return cells;
}

/** Inflates an entry as a stream of text, stopping (as a bomb) at more than it declared. */
async function* inflateText(bytes: Buffer, entry: ZipEntry): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  if (entry.method === 0) {
    yield decoder.write(entryData(bytes, entry));
    return;
  }
  let produced = 0;
  const inflate = createInflateRaw();
  try {
    for await (const chunk of Readable.from([entryData(bytes, entry)]).pipe(inflate)) {
      produced += (chunk as Buffer).length;
      if (produced > entry.size) throw new DomainError('IMPORT_ZIP_BOMB', undefined, `工作簿中的 ${entry.name} 解压后超过声明的大小，已拒绝`);
      yield decoder.write(chunk as Buffer);
    }
    yield decoder.end();
  } finally {
    inflate.destroy();
  }
}

const ROW_END = /<\/(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*\/>/g;

/** The rows of one sheet (the roster's by default), in order, as they inflate. */
export async function* readSheetRows(bytes: Buffer, sheetName: string = IMPORT_SHEET_NAME): AsyncGenerator<SheetRow> {
  try {
    const entries = new Map(readZipDirectory(bytes).map((e) => [e.name, e]));
    const text = async (name: string) => {
      const entry = entries.get(name);
      return entry ? inflateEntry(bytes, entry, true) : '';
    };
    const path = sheetPath(await text('xl/workbook.xml'), await text('xl/_rels/workbook.xml.rels'), sheetName);
    const sheet = path ? entries.get(path) : undefined;
    if (!sheet) throw broken();
    const strings = sharedStrings(await text('xl/sharedStrings.xml'));
    const dates = dateStyles(await text('xl/styles.xml'));
    let pending = '';
    let lastRow = 0;
    for await (const chunk of inflateText(bytes, sheet)) {
      pending += chunk;
      let consumed = 0;
      for (const end of pending.matchAll(ROW_END)) {
        const rowEnd = (end.index as number) + end[0].length;
        const segment = pending.slice(consumed, rowEnd);
        consumed = rowEnd;
        const open = /<(?:\w+:)?row\b([^>]*?)\/?>/.exec(segment);
        if (!open) continue;
        const number = Number(/\br="(\d+)"/.exec(open[1] as string)?.[1] ?? lastRow + 1);
        lastRow = number;
        yield { number, cells: end[0].endsWith('/>') ? [] : parseRow(segment.slice((open.index as number) + open[0].length), strings, dates) };
      }
      pending = pending.slice(consumed);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw broken();
  }
}
