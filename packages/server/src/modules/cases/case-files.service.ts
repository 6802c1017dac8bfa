import { createHash } from 'node:crypto';
import { ATTACHMENT_EXTENSIONS } from '@dandang/shared/platform/attachments';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { attachmentType, requireAttachmentContent } from '../../platform/files/attachment-type';
import { contributableCase, readableCase } from './case-access';
import * as repo from './cases.repository';

/** Comments and files on a case: added by whoever works on it or contributes to it, read by whoever may read it. */

const actorName = (ctx: RequestContext) => ctx.actor?.displayName ?? '系统';

export async function addComment(db: Db, ctx: RequestContext, caseId: string, body: string) {
  await contributableCase(db, ctx, caseId);
  return db.transaction(async (tx) => {
    const row = await repo.insertComment(tx, { caseId, authorId: ctx.actor?.userId ?? null, authorName: actorName(ctx), body, at: ctx.now });
    await recordAudit(tx, ctx, { action: 'case.comment', entity: 'case', entityId: caseId, changes: { comment: { before: null, after: body } } });
    return { id: row.id, at: row.at.toISOString(), authorName: row.authorName, body: row.body };
  });
}

/** Stores a file on a case inside the caller's transaction (an application sends its files with it). */
export async function storeAttachment(tx: Executor, ctx: RequestContext, caseId: string, file: { name: string; bytes: Buffer }) {
  const contentType = attachmentType(file.name);
  if (!contentType) {
    throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', { allowed: ATTACHMENT_EXTENSIONS }, `附件只接受 ${ATTACHMENT_EXTENSIONS.join('、')} 文件`);
  }
  if (file.bytes.length === 0) throw validationError([{ path: 'file', message: '文件是空的' }]);
  requireAttachmentContent(file.name, file.bytes);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const saved = await repo.insertAttachment(tx, {
    caseId,
    name: file.name.slice(0, 200),
    contentType,
    size: file.bytes.length,
    sha256,
    bytes: file.bytes,
    uploadedBy: ctx.actor?.userId ?? null,
    uploaderName: actorName(ctx),
    uploadedAt: ctx.now,
  });
  await recordAudit(tx, ctx, {
    action: 'case.attach',
    entity: 'case',
    entityId: caseId,
    changes: { attachment: { before: null, after: { name: saved.name, size: saved.size, sha256 } } },
  });
  return { id: saved.id, name: saved.name, size: saved.size, uploadedAt: saved.uploadedAt.toISOString(), uploaderName: saved.uploaderName };
}

export async function uploadAttachment(db: Db, ctx: RequestContext, caseId: string, file: { name: string; bytes: Buffer }) {
  await contributableCase(db, ctx, caseId);
  return db.transaction((tx) => storeAttachment(tx, ctx, caseId, file));
}

/** A file of a case the reader may read; the same 404 for a file of a case out of scope. */
export async function downloadAttachment(db: Db, ctx: RequestContext, caseId: string, id: string) {
  await readableCase(db, ctx, caseId);
  const file = await repo.findAttachment(db, id);
  if (!file || file.caseId !== caseId) throw notFound();
  // A case's files (申请材料, 调查报告) are confidential records: who read which is kept (DESIGN.md §4 "Audit").
  await recordAudit(db, ctx, {
    action: 'case.download_attachment',
    entity: 'case',
    entityId: caseId,
    changes: { attachment: { before: null, after: { id, name: file.name } } },
  });
  return file;
}
