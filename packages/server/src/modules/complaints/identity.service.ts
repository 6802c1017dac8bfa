import type { Complainant } from '@dandang/shared/complaints/complaint.schema';
import { COMPLAINT_WORKFLOW } from '@dandang/shared/complaints/complaint.states';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { DomainError, notFound } from '../../platform/errors';
import { reaches, requireCase } from '../cases';
import * as repo from './complaints.repository';

/**
 * 检举控告人身份 (issue 7 item 2; DOMAIN.md §8 "visible only to explicitly granted handlers, every read logged"): a
 * complaint the reader cannot read is not found; one they read without `complaint.identity` reaching it (assigned
 * handlers) is refused. Every granted read is audited, the anonymous ones too (someone looked), without the identity.
 */
export async function readComplainant(db: Db, cipher: FieldCipher, ctx: RequestContext, id: string) {
  await requireCase(db, ctx, COMPLAINT_WORKFLOW, id);
  if (!(await reaches(db, ctx, id, ['complaint.identity']))) throw new DomainError('FORBIDDEN', undefined, '没有查看检举控告人身份的权限');
  const complaint = await repo.findComplaint(db, id);
  if (!complaint) throw notFound();
  const stored = await repo.findIdentity(db, id);
  const identity = stored ? (JSON.parse(cipher.decrypt(stored)) as Complainant) : null;
  await db.transaction((tx) => recordAudit(tx, ctx, { action: 'complaint.read_identity', entity: 'complaint', entityId: id }));
  return {
    anonymous: complaint.anonymous,
    name: identity?.name ?? null,
    phone: identity?.phone ?? null,
    idNumber: identity?.idNumber || null,
    address: identity?.address || null,
  };
}
