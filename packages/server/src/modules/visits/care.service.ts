import { chinaDateOf, isBefore } from '@dandang/shared/dates/date';
import type { CareCandidate, CareFlagBody, CareKind, CareRecordBody, CareRecordView } from '@dandang/shared/visits/care.schema';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { validationError } from '../../platform/errors';
import * as repo from './care.repository';
import { careSources } from './care-sources';
import { requireCadre, visitScope } from './visits.scope';

const present = (row: repo.CareRecordRow): CareRecordView => ({ ...row, kind: row.kind as CareKind, createdAt: row.createdAt.toISOString() });

/**
 * Cadres who may need care (关心关爱, DOMAIN.md §9): every registered source's hits within the reader's scope, merged per
 * cadre, with the latest care record so the list shows who has been looked after already. Most recent setback first.
 */
export async function careCandidates(db: Db, ctx: RequestContext): Promise<{ asOf: string; items: CareCandidate[] }> {
  const asOf = chinaDateOf(ctx.now);
  const scope = visitScope(ctx, 'visit.read');
  const found = (await Promise.all(careSources().map((s) => s.candidates(db, scope, asOf)))).flat();
  const cared = await repo.lastCareOn(db, [...new Set(found.map((h) => h.cadreId))]);
  // A unit's request is answered by care given on or after it; a setback stays on the list for its whole period.
  const hits = found.filter((h) => h.code !== 'FLAGGED' || (cared.get(h.cadreId) ?? '') < h.on);
  const people = await repo.cadresIn(db, [...new Set(hits.map((h) => h.cadreId))], scope);
  const items = people.map((p) => ({
    cadreId: p.id,
    name: p.name,
    unitId: p.unitId,
    unitName: p.unitName,
    reasons: hits
      .filter((h) => h.cadreId === p.id)
      .map(({ code, text, on }) => ({ code, text, on }))
      .sort((a, b) => b.on.localeCompare(a.on)),
    lastCareOn: cared.get(p.id) ?? null,
  }));
  items.sort((a, b) => (b.reasons[0]?.on ?? '').localeCompare(a.reasons[0]?.on ?? '') || a.name.localeCompare(b.name, 'zh-CN'));
  return { asOf, items };
}

/** A unit asks that one of its cadres be looked after; the unit admin's scope is their own unit. */
export async function flagForCare(db: Db, ctx: RequestContext, body: CareFlagBody) {
  await requireCadre(db, ctx, body.cadreId, 'visit.flag');
  return db.transaction(async (tx) => {
    const row = await repo.insertCareFlag(tx, { ...body, createdBy: ctx.actor?.userId ?? null, createdAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'care.flag', entity: 'care_flag', entityId: row.id, changes: diffFields(null, row, ['cadreId', 'reason']) });
    return { id: row.id, cadreId: row.cadreId, reason: row.reason, createdByName: ctx.actor?.displayName ?? null, createdAt: row.createdAt.toISOString() };
  });
}

export async function recordCare(db: Db, ctx: RequestContext, body: CareRecordBody) {
  await requireCadre(db, ctx, body.cadreId, 'visit.write');
  if (isBefore(chinaDateOf(ctx.now), body.on)) throw validationError([{ path: 'on', message: '日期不能晚于今天' }]);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    await repo.insertCareRecord(tx, { ...body, id, createdBy: ctx.actor?.userId ?? null, createdAt: ctx.now });
    const after = present(await repo.findCareRecord(tx, id));
    await recordAudit(tx, ctx, {
      action: 'care.record',
      entity: 'care_record',
      entityId: id,
      changes: diffFields(null, after, ['cadreId', 'kind', 'on', 'by', 'notes']),
    });
    return after;
  });
}

export async function listCare(db: Db, ctx: RequestContext, cadreId: string) {
  await requireCadre(db, ctx, cadreId, 'visit.read');
  return (await repo.listCareRecords(db, cadreId)).map(present);
}
