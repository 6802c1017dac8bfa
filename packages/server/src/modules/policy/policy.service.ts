import { CN_NATIONAL_POLICY, type PolicyDocument, policyDocumentSchema } from '@dandang/shared/policy/policy.schema';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, type FieldIssue, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './policy.repository';

export const NATIONAL_CODE = 'CN-national';

export function validateDocument(document: unknown): { valid: boolean; issues: FieldIssue[] } {
  const parsed = policyDocumentSchema.safeParse(document);
  if (parsed.success) return { valid: true, issues: [] };
  return { valid: false, issues: parsed.error.issues.map((i) => ({ path: ['document', ...i.path].map(String).join('.'), message: i.message })) };
}

export async function getPolicy(db: Executor, id: string) {
  const row = await repo.findPolicy(db, id);
  if (!row) throw notFound();
  return row;
}

export async function effectivePolicy(db: Executor, date: string, jurisdictionId: string | null = null) {
  const row = await repo.findEffective(db, date, jurisdictionId);
  if (row) return row;
  throw new DomainError('NOT_FOUND', undefined, `${date} 没有生效的政策版本`);
}

/** The policy document in force on a date, parsed; falls back to the shipped default when none is stored. */
export async function effectiveDocument(db: Executor, date: string, jurisdictionId: string | null = null): Promise<PolicyDocument> {
  const row = await repo.findEffective(db, date, jurisdictionId);
  return row ? policyDocumentSchema.parse(row.document) : CN_NATIONAL_POLICY;
}

/** The policy in force on a date with the id a case keeps to be handled under it; no id for the shipped default. */
export async function policyInForce(db: Executor, date: string, jurisdictionId: string | null = null) {
  const row = await repo.findEffective(db, date, jurisdictionId);
  if (!row) return { id: null, code: CN_NATIONAL_POLICY.code, version: CN_NATIONAL_POLICY.version, document: CN_NATIONAL_POLICY };
  return { id: row.id, code: row.code, version: row.versionNo, document: policyDocumentSchema.parse(row.document) };
}

/** The policy document a case kept the id of; the shipped default for none. */
export async function policyDocumentById(db: Executor, id: string | null): Promise<PolicyDocument> {
  const row = id ? await repo.findPolicy(db, id) : null;
  return row ? policyDocumentSchema.parse(row.document) : CN_NATIONAL_POLICY;
}

export async function clonePolicy(db: Db, ctx: RequestContext, id: string, name?: string, jurisdictionId?: string | null) {
  const source = await getPolicy(db, id);
  const newId = crypto.randomUUID();
  await db.transaction(async (tx) => {
    const versionNo = await repo.nextVersionNo(tx, source.code);
    await repo.insertPolicy(tx, {
      id: newId,
      jurisdictionId: jurisdictionId === undefined ? source.jurisdictionId : jurisdictionId,
      code: source.code,
      versionNo,
      name: name ?? `${source.name}（第 ${versionNo} 版草稿）`,
      status: 'draft',
      basedOnId: source.id,
      document: source.document,
    });
    await recordAudit(tx, ctx, { action: 'policy.clone', entity: 'policy', entityId: newId, changes: { basedOnId: { before: null, after: source.id } } });
  });
  return getPolicy(db, newId);
}

export async function saveDraft(db: Db, ctx: RequestContext, id: string, input: { name: string; document: unknown; version: number }) {
  const before = await getPolicy(db, id);
  if (before.status !== 'draft') throw new DomainError('POLICY_NOT_DRAFT');
  const check = validateDocument(input.document);
  if (!check.valid) throw validationError(check.issues);
  await db.transaction(async (tx) => {
    requireUpdated(await repo.updatePolicy(tx, id, input.version, { name: input.name, document: input.document }, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'policy.update',
      entity: 'policy',
      entityId: id,
      changes: diffFields(before, { ...before, name: input.name, document: input.document }, ['name', 'document']),
    });
  });
  return getPolicy(db, id);
}

export async function activatePolicy(db: Db, ctx: RequestContext, id: string, effectiveFrom: string, version: number) {
  const before = await getPolicy(db, id);
  if (before.status !== 'draft') throw new DomainError('POLICY_NOT_DRAFT');
  const check = validateDocument(before.document);
  if (!check.valid) throw validationError(check.issues);
  await db.transaction(async (tx) => {
    requireUpdated(await repo.updatePolicy(tx, id, version, { status: 'active', effectiveFrom }, ctx.now));
    await recordAudit(tx, ctx, {
      action: 'policy.activate',
      entity: 'policy',
      entityId: id,
      changes: { status: { before: 'draft', after: 'active' }, effectiveFrom: { before: null, after: effectiveFrom } },
    });
  });
  return getPolicy(db, id);
}

/** Stores the shipped national default as active version 1 when no policy exists yet. */
export async function seedNationalPolicy(db: Db, ctx: RequestContext) {
  if ((await repo.listPolicies(db)).length > 0) return;
  await db.transaction(async (tx) => {
    const id = crypto.randomUUID();
    await repo.insertPolicy(tx, {
      id,
      jurisdictionId: null,
      code: NATIONAL_CODE,
      versionNo: 1,
      name: '全国默认政策（CN-national）',
      status: 'active',
      effectiveFrom: '2000-01-01',
      document: CN_NATIONAL_POLICY,
    });
    await recordAudit(tx, ctx, { action: 'policy.seed', entity: 'policy', entityId: id, changes: { code: { before: null, after: NATIONAL_CODE } } });
  });
}
