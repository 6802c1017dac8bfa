import { chinaDateOf } from '@dandang/shared/dates/date';
import type { CreateVisitBody, UpdateVisitBody } from '@dandang/shared/visits/visit.schema';
import { visitRecordIssues } from '@dandang/shared/visits/visit-plan.rules';
import { diffFields, recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { notFound, validationError } from '../../platform/errors';
import { requireUpdated } from '../../platform/versioning';
import * as repo from './visits.repository';
import { requireCadre, visitPolicyReader, visitScope } from './visits.scope';
import { asMeasureRecord, presentVisit } from './visits.view';

const AUDITED = ['cadreId', 'measureId', 'visitedOn', 'visitors', 'interviewed', 'findings', 'result', 'recommendation'] as const;

async function findPresented(db: Executor, id: string) {
  return presentVisit((await repo.findVisit(db, id, undefined)) as repo.VisitRow);
}

/**
 * Records a 回访 (DOMAIN.md §9) under the policy in force on the visit's date: inside the measure's window, within the
 * person's yearly limit, with enough visitors. The cadre's row is locked first, so two visits recorded at the same
 * time are counted one after the other.
 */
export async function createVisit(db: Db, ctx: RequestContext, body: CreateVisitBody) {
  const cadre = await requireCadre(db, ctx, body.cadreId, 'visit.write');
  const policy = await visitPolicyReader(db, body.visitedOn)(cadre.jurisdictionId);
  const id = crypto.randomUUID();
  return db.transaction(async (tx) => {
    await repo.lockCadre(tx, cadre.id);
    const measure = await repo.findMeasureOf(tx, body.measureId, cadre.id);
    if (!measure) throw validationError([{ path: 'measureId', message: '该干部没有这项处理处分措施' }]);
    const facts = { visitedOn: body.visitedOn, visitors: body.visitors, otherVisitDates: await repo.visitDatesOf(tx, cadre.id) };
    const issues = visitRecordIssues(asMeasureRecord(measure), facts, policy, chinaDateOf(ctx.now));
    if (issues.length > 0) throw validationError(issues);
    await repo.insertVisit(tx, {
      ...body,
      id,
      visitors: body.visitors.map((v) => v.trim()),
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    const after = await findPresented(tx, id);
    await recordAudit(tx, ctx, { action: 'visit.record', entity: 'visit_record', entityId: id, changes: diffFields(null, after, [...AUDITED]) });
    return after;
  });
}

/** Corrects a visit's findings, result or recommendation; a recommendation stays tied to a good result. */
export async function updateVisit(db: Db, ctx: RequestContext, id: string, body: UpdateVisitBody) {
  const row = await repo.findVisit(db, id, visitScope(ctx, 'visit.write'));
  if (!row) throw notFound();
  const before = presentVisit(row);
  const { version, ...changes } = body;
  const merged = { ...before, ...changes };
  if (merged.recommendation && merged.result !== 'GOOD') {
    throw validationError([{ path: 'recommendation', message: '只有回访结果为“好”时才能提出推荐使用建议' }]);
  }
  return db.transaction(async (tx) => {
    requireUpdated(await repo.updateVisit(tx, id, version, changes, ctx.now));
    const after = await findPresented(tx, id);
    await recordAudit(tx, ctx, { action: 'visit.update', entity: 'visit_record', entityId: id, changes: diffFields(before, after, [...AUDITED]) });
    return after;
  });
}
