import { maskIdNumber } from '@dandang/shared/cadres/id-number.rules';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { violatesUnique } from '../../platform/db/pg-error';
import { DomainError, notFound } from '../../platform/errors';
import { scopeCondition } from '../org';
import * as repo from './cadres.repository';
import { cadres } from './cadres.tables';

/**
 * The ID number is personal information of the most sensitive kind (个人信息保护法 第二十八条): it is stored only as
 * SM4 ciphertext beside a keyed digest, shown masked, and revealed in full only to holders of `cadre.id_number`,
 * each reveal leaving a row in the audit chain.
 */

export interface SealedIdNumber {
  idNumberEnc: string;
  idNumberDigest: string;
  idNumberMasked: string;
}

/** The three stored forms of a number: ciphertext, keyed digest, and the mask shown to readers. */
export function sealIdNumber(cipher: FieldCipher, idNumber: string): SealedIdNumber {
  return { idNumberEnc: cipher.encrypt(idNumber), idNumberDigest: cipher.digest(idNumber), idNumberMasked: maskIdNumber(idNumber) };
}

export function openIdNumber(cipher: FieldCipher, stored: string | null): string | null {
  return stored ? cipher.decrypt(stored) : null;
}

/**
 * Keeps the masked form beside every number stored before it was kept (migration 0004), in batches, at start-up.
 * It is derived from the number and changes nothing anyone can see, so neither the version nor the audit chain moves.
 */
export async function fillIdNumberMasks(db: Db, cipher: FieldCipher, batchSize = 1000): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await repo.unmaskedIdNumbers(db, batchSize);
    if (rows.length === 0) return filled;
    await repo.setIdNumberMasks(
      db,
      rows.map((r) => ({ id: r.id, masked: maskIdNumber(openIdNumber(cipher, r.idNumberEnc) as string) })),
    );
    filled += rows.length;
  }
}

export const duplicateIdNumber = () =>
  new DomainError('DUPLICATE', { fields: [{ path: 'idNumber', message: '该身份证号已登记在另一名干部名下' }] }, '该身份证号已登记在另一名干部名下');

/** Refuses a number another cadre holds; the unique index on the digest still catches two racing writes. */
export async function requireIdNumberFree(db: Parameters<typeof repo.idNumberTaken>[0], digest: string, exceptId?: string) {
  if (await repo.idNumberTaken(db, digest, exceptId)) throw duplicateIdNumber();
}

/** A unique violation on the digest index (a concurrent write of the same number) is the same duplicate. */
export function asDuplicateIdNumber(error: unknown): unknown {
  return violatesUnique(error, 'cadres_id_number_digest_uq') ? duplicateIdNumber() : error;
}

/** The full number for a holder of `cadre.id_number` within its scope; the reveal is audited as a confidential read. */
export async function readIdNumber(db: Db, cipher: FieldCipher, ctx: RequestContext, id: string) {
  const scope = scopeCondition(ctx.actor, 'cadre.id_number', { unitId: cadres.unitId, cadreId: cadres.id });
  return db.transaction(async (tx) => {
    const row = await repo.findIdNumber(tx, id, scope);
    if (!row) throw notFound();
    const idNumber = openIdNumber(cipher, row.idNumberEnc);
    // Nothing is revealed when no number is on record, so there is no read to log.
    if (idNumber) await recordAudit(tx, ctx, { action: 'cadre.read_id_number', entity: 'cadre', entityId: id });
    return { idNumber };
  });
}
