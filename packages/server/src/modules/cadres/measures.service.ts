import { measureFactIssues, type RecordMeasureBody } from '@dandang/shared/cadres/measure.schema';
import type { MeasureRecord } from '@dandang/shared/rules/measures';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import { scopeCondition } from '../org';
import { cadres } from './cadres.tables';
import * as repo from './measures.repository';

type MeasurePermission = 'measure.read' | 'measure.write';

/** A measure is in scope when its cadre is: the cadre's unit for unit scopes, the actor's own cadre for `self`. */
export const measureScope = (ctx: RequestContext, permission: MeasurePermission) =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

export async function requireCadre(db: Db, ctx: RequestContext, cadreId: string, permission: MeasurePermission) {
  const cadre = await repo.findScopedCadre(db, cadreId, measureScope(ctx, permission));
  if (!cadre) throw notFound();
  return cadre;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toMeasure(row: repo.MeasureRow) {
  return { ...row, code: row.code as MeasureRecord['code'], revokedAt: iso(row.revokedAt), createdAt: row.createdAt.toISOString() };
}

/** What the rules read from a measure; `revoked` is passed on so that the rules alone decide it no longer counts. */
export function toRecord(row: Pick<repo.MeasureRow, 'code' | 'effectiveOn' | 'months' | 'liftedOn' | 'revokedAt'>): MeasureRecord {
  return {
    code: row.code as MeasureRecord['code'],
    effectiveOn: row.effectiveOn,
    ...(row.months === null ? {} : { months: row.months }),
    ...(row.liftedOn === null ? {} : { liftedOn: row.liftedOn }),
    revoked: row.revokedAt !== null,
  };
}

const AUDITED = ['code', 'effectiveOn', 'months', 'liftedOn', 'decidingBody', 'documentNo', 'sourceType', 'sourceId', 'note'] as const;

export async function listCadreMeasures(db: Db, ctx: RequestContext, cadreId: string) {
  await requireCadre(db, ctx, cadreId, 'measure.read');
  return (await repo.listMeasures(db, cadreId)).map(toMeasure);
}

export async function recordMeasure(db: Db, ctx: RequestContext, cadreId: string, body: RecordMeasureBody) {
  await requireCadre(db, ctx, cadreId, 'measure.write');
  return db.transaction((tx) => writeMeasure(tx, ctx, cadreId, body));
}

/** A measure's values; a case module may name a source type the register's own form does not offer (case-measures.service.ts). */
export type MeasureValues = Omit<RecordMeasureBody, 'sourceType'> & { sourceType?: string };

/**
 * Inserts and audits a measure inside the caller's transaction, for a use-case that records a measure as part of a
 * larger write (a 诫勉 supervision record); the caller has checked the cadre against `measure.write`.
 */
export async function writeMeasure(tx: Executor, ctx: RequestContext, cadreId: string, body: MeasureValues) {
  const { id } = await repo.insertMeasure(tx, {
    ...body,
    cadreId,
    months: body.months ?? null,
    liftedOn: body.liftedOn ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  const after = toMeasure((await repo.findMeasure(tx, id, undefined)) as repo.MeasureRow);
  await recordAudit(tx, ctx, { action: 'measure.record', entity: 'measure', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
  return after;
}

/** A measure in force the actor may change with `measure.write` (404 outside that scope, 409 once revoked). */
export async function openMeasure(db: Db, ctx: RequestContext, id: string) {
  const row = await repo.findMeasure(db, id, measureScope(ctx, 'measure.write'));
  if (!row) throw notFound();
  if (row.revokedAt) throw new DomainError('STATE_CONFLICT', { revokedAt: row.revokedAt.toISOString() }, '该措施已撤销，不能再修改或撤销');
  return row;
}

/** Sets (or corrects) the day a 停职检查 was lifted; the bar ends that day. */
export async function liftSuspension(db: Db, ctx: RequestContext, id: string, input: { liftedOn: string; version: number }) {
  const before = await openMeasure(db, ctx, id);
  const issues = measureFactIssues({ ...toRecord(before), liftedOn: input.liftedOn });
  if (issues.length > 0) throw validationError(issues);
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateMeasure(tx, id, input.version, { liftedOn: input.liftedOn }, ctx.now));
    const after = toMeasure((await repo.findMeasure(tx, id, undefined)) as repo.MeasureRow);
    await recordAudit(tx, ctx, { action: 'measure.lift', entity: 'measure', entityId: id, changes: diffFields(toMeasure(before), after, ['liftedOn']) });
    return after;
  });
}

/** Revokes a measure (corrected on review, or exempted by a tolerance decision); it stays on record and stops counting. */
export async function revokeMeasure(db: Db, ctx: RequestContext, id: string, input: { reason: string; version: number }) {
  const before = await openMeasure(db, ctx, id);
  return db.transaction((tx) => writeRevocation(tx, ctx, before, input));
}

/** Revokes and audits a measure inside the caller's transaction (a supervision record revoked with its measure). */
export async function writeRevocation(tx: Executor, ctx: RequestContext, before: repo.MeasureRow, input: { reason: string; version: number }) {
  const values = { revokedAt: ctx.now, revokedReason: input.reason, revokedBy: ctx.actor?.userId ?? null };
  requireUpdated(await repo.updateMeasure(tx, before.id, input.version, values, ctx.now));
  const after = toMeasure((await repo.findMeasure(tx, before.id, undefined)) as repo.MeasureRow);
  const changes = diffFields(toMeasure(before), after, ['revokedAt', 'revokedBy', 'revokedReason']);
  await recordAudit(tx, ctx, { action: 'measure.revoke', entity: 'measure', entityId: before.id, changes });
  return after;
}
