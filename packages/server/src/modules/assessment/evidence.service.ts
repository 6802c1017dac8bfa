import { createHash } from 'node:crypto';
import { EVIDENCE_EXTENSIONS } from '@dandang/shared/assessment/target.schema';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { attachmentType, requireAttachmentContent } from '../../platform/files/attachment-type';
import * as repo from './targets.repository';
import { requireTarget } from './targets.service';

/*
 * Evidence files (佐证材料): uploaded one by one before the report that cites them, then bound to it. A file is read
 * by whoever may read its target; until a report cites it, only by its uploader.
 */

export async function uploadEvidence(db: Db, ctx: RequestContext, file: { name: string; bytes: Buffer }) {
  if (!ctx.actor) throw new DomainError('AUTH_REQUIRED');
  const contentType = attachmentType(file.name);
  if (!contentType) {
    throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', { allowed: EVIDENCE_EXTENSIONS }, `佐证材料只接受 ${EVIDENCE_EXTENSIONS.join('、')} 文件`);
  }
  if (file.bytes.length === 0) throw validationError([{ path: 'file', message: '文件是空的' }]);
  requireAttachmentContent(file.name, file.bytes);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const actor = ctx.actor;
  return db.transaction(async (tx) => {
    const saved = await repo.insertEvidence(tx, {
      name: file.name.slice(0, 200),
      contentType,
      size: file.bytes.length,
      sha256,
      bytes: file.bytes,
      uploadedBy: actor.userId,
      uploadedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'assessment_evidence.upload',
      entity: 'assessment_evidence',
      entityId: saved.id,
      changes: { name: { before: null, after: saved.name }, size: { before: null, after: saved.size }, sha256: { before: null, after: sha256 } },
    });
    return saved;
  });
}

export async function downloadEvidence(db: Db, ctx: RequestContext, id: string) {
  const row = await repo.findEvidence(db, id);
  if (!row) throw notFound();
  if (row.targetId) await requireTarget(db, ctx, row.targetId, 'assessment.target.read');
  else if (row.file.uploadedBy !== ctx.actor?.userId) throw notFound();
  return row.file;
}
