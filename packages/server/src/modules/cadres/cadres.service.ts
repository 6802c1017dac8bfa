import type { CreateCadreInput, UpdateCadreInput } from '@dandang/shared/cadres/cadre.schema';
import { diffFields, type FieldChanges, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/sm';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { scopeCondition } from '../org';
import { codeIssues, profileIssues, throwIfIssues, unitIssue } from './cadre-checks';
import * as repo from './cadres.repository';
import { cadres } from './cadres.tables';
import { asDuplicateIdNumber, openIdNumber, requireIdNumberFree, sealIdNumber } from './id-number.service';

/** Fields whose before/after the audit row keeps; the ID number is audited apart, as '***'. */
const AUDITED = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'nativePlace',
  'politicalStatus',
  'partyJoinedOn',
  'workStartedOn',
  'education',
  'fullTimeDegree',
  'fullTimeSchool',
  'fullTimeMajor',
  'inServiceEducation',
  'inServiceDegree',
  'inServiceSchool',
  'inServiceMajor',
  'specialty',
  'unitId',
  'post',
  'rank',
  'rankSince',
  'phone',
  'fieldTags',
  'specialtyTags',
  'levelTag',
] as const;

export const cadreScope = (ctx: RequestContext, permission: 'cadre.read' | 'cadre.write') =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

/** The API's view of a row: the ciphertext and digest stay here, the masked number goes out. */
export function present<T extends repo.CadreListRow>(row: T): Omit<T, 'idNumberEnc' | 'idNumberDigest'> {
  const { idNumberEnc: _enc, idNumberDigest: _digest, ...rest } = row as T & { idNumberEnc?: unknown; idNumberDigest?: unknown };
  return rest;
}

function idNumberChange(before: string | null, after: string | null): FieldChanges {
  return before === after ? {} : { idNumber: { before: before ? '***' : null, after: after ? '***' : null } };
}

export async function getCadre(db: Db, ctx: RequestContext, id: string) {
  const cadre = await repo.findCadre(db, id, cadreScope(ctx, 'cadre.read'));
  if (!cadre) throw notFound();
  return present(cadre);
}

export async function createCadre(db: Db, cipher: FieldCipher, ctx: RequestContext, input: CreateCadreInput) {
  const { idNumber, ...values } = input;
  const profile = profileIssues({ ...values, idNumber }, new Set(Object.keys(input)), true);
  throwIfIssues([...(await unitIssue(db, ctx, values.unitId)), ...(await codeIssues(db, values)), ...profile.fields], profile.codes);
  const sealed = sealIdNumber(cipher, idNumber);
  const id = crypto.randomUUID();
  return db
    .transaction(async (tx) => {
      await requireIdNumberFree(tx, sealed.idNumberDigest);
      await repo.insertCadre(tx, { id, ...values, ...sealed }, ctx.now);
      const after = (await repo.findCadre(tx, id, undefined)) as repo.CadreRow;
      const changes = { ...diffFields(null, after, [...AUDITED]), ...idNumberChange(null, sealed.idNumberDigest) };
      await recordAudit(tx, ctx, { action: 'cadre.create', entity: 'cadre', entityId: id, changes });
      return present(after);
    })
    .catch((error) => {
      throw asDuplicateIdNumber(error);
    });
}

export async function updateCadre(db: Db, cipher: FieldCipher, ctx: RequestContext, id: string, input: UpdateCadreInput) {
  const before = await repo.findCadre(db, id, cadreScope(ctx, 'cadre.write'));
  if (!before) throw notFound();
  const { version, idNumber, ...values } = input;
  const submitted = new Set(Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined));
  // Codes are checked only where they change, so a code an administrator has since disabled does not block other edits.
  const changedCodes = Object.fromEntries(Object.entries(values).filter(([k, v]) => typeof v === 'string' && v !== before[k as keyof typeof before]));
  const idChecked = idNumber !== undefined || submitted.has('birthDate') || submitted.has('gender');
  const profile = profileIssues(
    {
      birthDate: values.birthDate ?? before.birthDate,
      gender: values.gender ?? before.gender,
      idNumber: idNumber ?? (idChecked ? openIdNumber(cipher, before.idNumberEnc) : null),
      partyJoinedOn: values.partyJoinedOn !== undefined ? values.partyJoinedOn : before.partyJoinedOn,
      workStartedOn: values.workStartedOn !== undefined ? values.workStartedOn : before.workStartedOn,
    },
    submitted,
    idNumber !== undefined,
  );
  const unit = values.unitId && values.unitId !== before.unitId ? await unitIssue(db, ctx, values.unitId) : [];
  throwIfIssues([...unit, ...(await codeIssues(db, changedCodes)), ...profile.fields], profile.codes);
  const sealed = idNumber === undefined ? undefined : sealIdNumber(cipher, idNumber);
  const idNumberChanged = sealed !== undefined && sealed.idNumberDigest !== before.idNumberDigest;
  return db
    .transaction(async (tx) => {
      if (idNumberChanged) await requireIdNumberFree(tx, sealed.idNumberDigest, id);
      // The same number typed again is not a change: keep the stored ciphertext and leave no audit trace.
      requireUpdated(await repo.updateCadre(tx, id, version, { ...values, ...(idNumberChanged ? sealed : {}) }, ctx.now));
      const after = (await repo.findCadre(tx, id, undefined)) as repo.CadreRow;
      const changes = { ...diffFields(before, after, [...AUDITED]), ...idNumberChange(before.idNumberDigest, after.idNumberDigest) };
      await recordAudit(tx, ctx, { action: 'cadre.update', entity: 'cadre', entityId: id, changes });
      return present(after);
    })
    .catch((error) => {
      throw asDuplicateIdNumber(error);
    });
}
