import type { AttachmentExtension } from '@dandang/shared/platform/attachments';
import { DomainError } from '../errors';

const CONTENT_TYPES: Record<AttachmentExtension, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  txt: 'text/plain; charset=utf-8',
  zip: 'application/zip',
  ofd: 'application/ofd',
};

/** The content type an allowed file name maps to, or null: the type comes from the name, never from the client. */
export function attachmentType(name: string): string | null {
  return (CONTENT_TYPES as Record<string, string>)[extensionOf(name)] ?? null;
}

const extensionOf = (name: string) => name.toLowerCase().split('.').pop() ?? '';

const PDF = Buffer.from('%PDF');
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ZIP = Buffer.from('PK\x03\x04', 'latin1');
const EMPTY_ZIP = Buffer.from('PK\x05\x06', 'latin1');
const JPEG = Buffer.from('ffd8ff', 'hex');
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
const UTF16_BOMS = [Buffer.from('fffe', 'hex'), Buffer.from('feff', 'hex')];

const startsWith = (bytes: Buffer, signature: Buffer) => bytes.subarray(0, signature.length).equals(signature);

/** Text in any encoding people save it in (UTF-8, GBK, UTF-16 with its mark); a NUL byte otherwise means a binary file. */
const isText = (bytes: Buffer) => UTF16_BOMS.some((bom) => startsWith(bytes, bom)) || !bytes.subarray(0, 8192).includes(0);

const CONTENT_CHECKS: Record<AttachmentExtension, (bytes: Buffer) => boolean> = {
  // Readers accept a PDF header anywhere in the first kilobyte (ISO 32000-1, annex H).
  pdf: (b) => b.subarray(0, 1024).includes(PDF),
  doc: (b) => startsWith(b, OLE),
  xls: (b) => startsWith(b, OLE),
  ppt: (b) => startsWith(b, OLE),
  docx: (b) => startsWith(b, ZIP),
  xlsx: (b) => startsWith(b, ZIP),
  pptx: (b) => startsWith(b, ZIP),
  ofd: (b) => startsWith(b, ZIP),
  zip: (b) => startsWith(b, ZIP) || startsWith(b, EMPTY_ZIP),
  jpg: (b) => startsWith(b, JPEG),
  jpeg: (b) => startsWith(b, JPEG),
  png: (b) => startsWith(b, PNG),
  txt: isText,
};

/**
 * Refuses a file whose first bytes are not what its name says it is (415). The name alone would let a page or a
 * program in under a harmless extension, to be opened later by whoever downloads it.
 */
export function requireAttachmentContent(name: string, bytes: Buffer): void {
  const ext = extensionOf(name);
  const check = (CONTENT_CHECKS as Record<string, (bytes: Buffer) => boolean>)[ext];
  if (check?.(bytes)) return;
  throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', undefined, `文件“${name}”的内容与扩展名不符，请上传真实的 .${ext} 文件`);
}
