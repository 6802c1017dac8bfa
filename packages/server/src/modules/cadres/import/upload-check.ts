import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { IMPORT_SHEET_NAME } from '@dandang/shared/cadres/cadre-import.schema';
import { DomainError } from '../../../platform/errors';

/**
 * The checks an uploaded workbook passes before any of it is parsed or stored, all on the bytes and the zip's own
 * directory: is it an xlsx at all, is it password-protected, would it inflate to far more than it claims (a zip
 * bomb), and does it have the 干部名册 sheet. Failing here answers the upload with a 400 and writes nothing.
 */

/** The most an import may inflate to in total: a 100,000-row roster is about 70 MB of XML. */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
/** Office XML compresses 5–15 times; a bomb compresses hundreds of times. Checked on entries above 1 MiB. */
export const MAX_RATIO = 100;
const RATIO_FLOOR = 1024 * 1024;
const MAX_ENTRIES = 10_000;

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_END = 0x06054b50;
/** An OLE compound file: legacy .xls/.doc, or an OOXML package encrypted with a password (MS-OFFCRYPTO). */
const CFB_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const notXlsx = (message: string) => new DomainError('IMPORT_NOT_XLSX', undefined, message);
const bomb = (message: string) => new DomainError('IMPORT_ZIP_BOMB', undefined, message);

/** The zip's central directory; throws IMPORT_NOT_XLSX when the bytes are no zip. */
export function readZipDirectory(bytes: Buffer): ZipEntry[] {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw notXlsx('文件不是 Excel 工作簿（.xlsx），或已损坏');
  const count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  // ZIP64 markers: a roster within the upload limit never needs them, so they only appear in crafted files.
  if (count === 0xffff || offset === 0xffffffff) throw bomb('工作簿的压缩结构异常（超大或嵌套压缩），已拒绝');
  if (count > MAX_ENTRIES) throw bomb(`工作簿包含的文件过多（${count} 个）`);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ZIP_CENTRAL) throw notXlsx('工作簿已损坏（压缩目录不完整）');
    const nameLength = bytes.readUInt16LE(offset + 28);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      size: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
    };
    entries.push(entry);
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

/** The declared sizes: the total, and each large entry's compression ratio. */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size === 0xffffffff || total > MAX_INFLATED_BYTES) throw bomb(`工作簿解压后超过 ${MAX_INFLATED_BYTES / 1024 / 1024} MB，已拒绝`);
    if (e.size > RATIO_FLOOR && e.size > e.compressedSize * MAX_RATIO) throw bomb(`工作簿中的 ${e.name} 压缩比异常（超过 ${MAX_RATIO} 倍），已拒绝`);
  }
}

/** The raw (still compressed) bytes of an entry, located through its local header. */
export function entryData(bytes: Buffer, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== ZIP_LOCAL) throw notXlsx('工作簿已损坏（文件头不完整）');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + e.compressedSize > bytes.length) throw notXlsx('工作簿已损坏（文件被截断）');
  return bytes.subarray(start, start + e.compressedSize);
}

/**
 * Inflates an entry, counting: more output than the entry declares stops at once (a lying size is how a bomb gets
 * past a directory check). Returns the text when `keep` is set (small entries such as the workbook part).
 */
export async function inflateEntry(bytes: Buffer, e: ZipEntry, keep = false): Promise<string> {
  const data = entryData(bytes, e);
  if (e.method === 0) {
    if (data.length !== e.size) throw bomb(`工作簿中的 ${e.name} 大小与声明不符`);
    return keep ? data.toString('utf8') : '';
  }
  if (e.method !== 8) throw notXlsx(`工作簿使用了不支持的压缩方式（${e.method}）`);
  const chunks: Buffer[] = [];
  let produced = 0;
  const inflate = createInflateRaw();
  try {
    for await (const chunk of Readable.from([data]).pipe(inflate)) {
      produced += (chunk as Buffer).length;
      if (produced > e.size) throw bomb(`工作簿中的 ${e.name} 解压后超过声明的大小，已拒绝`);
      if (keep) chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw notXlsx('工作簿已损坏（无法解压）');
  } finally {
    inflate.destroy();
  }
  return keep ? Buffer.concat(chunks).toString('utf8') : '';
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))) : (XML_ENTITIES[e] ?? m),
  );

/** The sheet names the workbook part lists, in order. */
export function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => decodeXml(m[1] as string));
}

/** Every upload check, in order; resolves when the bytes are a readable workbook with the sheet (the roster's by default). */
export async function checkUpload(bytes: Buffer, sheetName: string = IMPORT_SHEET_NAME): Promise<void> {
  if (bytes.length === 0) throw notXlsx('上传的文件是空的');
  if (bytes.subarray(0, 8).equals(CFB_SIGNATURE)) {
    if (bytes.includes(ENCRYPTED_STREAM)) throw new DomainError('IMPORT_ENCRYPTED', undefined, '工作簿设置了打开密码，请取消密码后重新上传');
    throw notXlsx('这是旧版 Office 文件（.xls 或 .doc），请在 Excel 中另存为 .xlsx 后上传');
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== ZIP_LOCAL) throw notXlsx('文件不是 Excel 工作簿（.xlsx），请使用下载的模板填写');
  const entries = readZipDirectory(bytes);
  const workbook = entries.find((e) => e.name === 'xl/workbook.xml');
  if (!workbook || !entries.some((e) => e.name === '[Content_Types].xml')) throw notXlsx('文件不是 Excel 工作簿（.xlsx），请使用下载的模板填写');
  checkDeclaredSizes(entries);
  for (const e of entries) if (e !== workbook) await inflateEntry(bytes, e);
  const names = sheetNames(await inflateEntry(bytes, workbook, true));
  if (!names.includes(sheetName)) {
    throw new DomainError(
      'IMPORT_SHEET_MISSING',
      { sheets: names },
      `工作簿中没有名为“${sheetName}”的工作表（现有：${names.join('、') || '无'}），请使用下载的模板填写`,
    );
  }
}
