import type { AttachmentExtension } from '@dandang/shared/platform/attachments';

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
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return (CONTENT_TYPES as Record<string, string>)[ext] ?? null;
}
