import {
  type CreateSupervisionBody,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_MEASURE,
  type SupervisionKind,
  type SupervisionRecord,
  supervisionIssues,
  type UpdateSupervisionBody,
} from '@dandang/shared/cadres/supervision.schema';
import { diffFields, recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db, Executor } from '../../../platform/db/client';
import { DomainError, notFound, validationError } from '../../../platform/errors';
import { requireUpdated } from '../../../platform/versioning';
import { scopeCondition } from '../../org';
import { cadres } from '../cadres.tables';
import { findMeasure, findScopedCadre } from '../measures.repository';
import { measureScope, writeMeasure, writeRevocation } from '../measures.service';
import * as repo from './supervision.repository';

type SupervisionPermission = 'supervision.read' | 'supervision.write';

/** A record is in scope when its cadre is: the cadre's unit for unit scopes, the actor's own cadre for `self`. */
const supervisionScope = (ctx: RequestContext, permission: SupervisionPermission) =>
  scopeCondition(ctx.actor, permission, { unitId: cadres.unitId, cadreId: cadres.id });

const AUDITED = ['kind', 'occurredOn', 'conductedBy', 'topics', 'followUp', 'question', 'reply', 'repliedOn', 'conclusion', 'documentNo', 'measureId'] as const;
/** What the measure was recorded with: a record that wrote a measure keeps them, so the two never disagree. */
const MEASURE_FACTS = ['occurredOn', 'conductedBy', 'documentNo'] as const;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function present(row: repo.SupervisionRow): SupervisionRecord {
  const kind = row.kind as SupervisionKind;
  return {
    ...row,
    kind,
    open: kind === 'INQUIRY' && row.conclusion === '' && row.revokedAt === null,
    revokedAt: iso(row.revokedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function requireCadre(db: Db, ctx: RequestContext, cadreId: string, permission: SupervisionPermission) {
  const cadre = await findScopedCadre(db, cadreId, supervisionScope(ctx, permission));
  if (!cadre) throw notFound();
  return cadre;
}

/**
 * 提醒、函询、诫勉 also write to the measures register, so recording or revoking one needs `measure.write` over the
 * cadre as well: a unit's liaison who may record talks cannot put a measure on anyone.
 */
async function requireMeasureWrite(db: Db, ctx: RequestContext, cadreId: string) {
  const label = '登记或撤销提醒、函询、诫勉须同时具有“登记和撤销处理处分措施”的权限';
  if (!ctx.actor?.permissions['measure.write']) throw new DomainError('FORBIDDEN', undefined, label);
  if (!(await findScopedCadre(db, cadreId, measureScope(ctx, 'measure.write')))) throw notFound();
}

async function findPresented(db: Executor, id: string) {
  return present((await repo.findRecord(db, id, undefined)) as repo.SupervisionRow);
}

export async function listSupervision(db: Db, ctx: RequestContext, cadreId: string) {
  await requireCadre(db, ctx, cadreId, 'supervision.read');
  return (await repo.listRecords(db, cadreId)).map(present);
}

export async function createSupervision(db: Db, ctx: RequestContext, cadreId: string, body: CreateSupervisionBody) {
  await requireCadre(db, ctx, cadreId, 'supervision.write');
  const measureCode = SUPERVISION_MEASURE[body.kind];
  if (measureCode) await requireMeasureWrite(db, ctx, cadreId);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    const measure = measureCode
      ? await writeMeasure(tx, ctx, cadreId, {
          code: measureCode,
          effectiveOn: body.occurredOn,
          decidingBody: body.conductedBy,
          documentNo: body.documentNo,
          sourceType: 'supervision_record',
          sourceId: id,
          note: `由监督记录（${SUPERVISION_KIND_LABELS[body.kind]}）登记`,
        })
      : null;
    await repo.insertRecord(tx, {
      ...body,
      id,
      cadreId,
      measureId: measure?.id ?? null,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const after = present((await repo.findRecord(tx, id, undefined)) as repo.SupervisionRow);
    await recordAudit(tx, ctx, { action: 'supervision.create', entity: 'supervision_record', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    return after;
  });
}

async function openRecord(db: Db, ctx: RequestContext, id: string) {
  const row = await repo.findRecord(db, id, supervisionScope(ctx, 'supervision.write'));
  if (!row) throw notFound();
  if (row.revokedAt) throw new DomainError('STATE_CONFLICT', { revokedAt: row.revokedAt.toISOString() }, '该监督记录已撤销，不能再修改或撤销');
  return row;
}

/** Edits a record, e.g. completes an inquiry with the cadre's reply and the conclusion. The kind never changes. */
export async function updateSupervision(db: Db, ctx: RequestContext, id: string, body: UpdateSupervisionBody) {
  const before = await openRecord(db, ctx, id);
  const { version, ...changes } = body;
  const merged = { ...before, ...changes, kind: before.kind as SupervisionKind };
  const issues = supervisionIssues(merged);
  if (before.measureId) {
    for (const field of MEASURE_FACTS) {
      if (changes[field] !== undefined && changes[field] !== before[field]) {
        issues.push({ path: field, message: '已登记为处理处分措施，不能修改；如有错误请撤销本记录后重新登记' });
      }
    }
  }
  if (issues.length > 0) throw validationError(issues);
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateRecord(tx, id, version, changes, ctx.now));
    const after = await findPresented(tx, id);
    await recordAudit(tx, ctx, {
      action: 'supervision.update',
      entity: 'supervision_record',
      entityId: id,
      changes: diffFields(present(before), after, [...AUDITED]),
    });
    return after;
  });
}

/**
 * Revokes a record (entered by mistake, or corrected on review). It stays on file, and the measure it wrote is revoked
 * with it in the same transaction, so the register never keeps a 诫勉 whose record was withdrawn.
 */
export async function revokeSupervision(db: Db, ctx: RequestContext, id: string, input: { reason: string; version: number }) {
  const before = await openRecord(db, ctx, id);
  if (before.measureId) await requireMeasureWrite(db, ctx, before.cadreId);
  return db.transaction(async (tx) => {
    const values = { revokedAt: ctx.now, revokedBy: ctx.actor?.userId ?? null, revokedReason: input.reason };
    requireUpdated(await repo.updateRecord(tx, id, input.version, values, ctx.now));
    const measure = before.measureId ? await findMeasure(tx, before.measureId, undefined) : null;
    // A measure already revoked in the register (corrected there first) stays as it is.
    if (measure && !measure.revokedAt) await writeRevocation(tx, ctx, measure, { reason: `监督记录撤销：${input.reason}`, version: measure.version });
    const after = await findPresented(tx, id);
    const changes = diffFields(present(before), after, ['revokedAt', 'revokedByName', 'revokedReason']);
    await recordAudit(tx, ctx, { action: 'supervision.revoke', entity: 'supervision_record', entityId: id, changes });
    return after;
  });
}
