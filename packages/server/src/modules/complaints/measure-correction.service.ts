import type { CorrectableMeasure } from '@dandang/shared/complaints/complaint-view.schema';
import { FALSE_REPORT_CONCLUSIONS } from '@dandang/shared/rules/clarification.rules';
import { MEASURES, type MeasureCode } from '@dandang/shared/rules/measures';
import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.service';
import type { RequestContext } from '../../platform/context';
import type { Db, Executor } from '../../platform/db/client';
import { DomainError, validationError } from '../../platform/errors';
import { measureScope, measures, openMeasure, writeRevocation } from '../cadres';
import * as repo from './complaints.repository';
import { complaintCorrectedMeasures } from './complaints.tables';
import { requireHandling } from './handling.service';

/*
 * 纠正因失实举报受到的错误处理 (DOMAIN.md §8 "wrong measures caused by a false report are corrected"): a handler who
 * also may write measures for that cadre names a measure of an accused cadre; it is revoked in the register with the
 * complaint's number in its reason, and the complaint keeps the link back. Only after a conclusion that the report
 * was false (失实, 诬告陷害, 错告误告): a true or unproven report caused nothing wrong.
 */

const notAccused = () => validationError([{ path: 'measureId', message: '应为被反映干部的处理处分措施' }]);

export async function correctMeasure(db: Db, ctx: RequestContext, id: string, body: { measureId: string; version: number; reason: string }) {
  const caseRow = await requireHandling(db, ctx, id);
  const complaint = await repo.findComplaint(db, id);
  if (!complaint?.conclusion || !(FALSE_REPORT_CONCLUSIONS as readonly string[]).includes(complaint.conclusion)) {
    throw new DomainError('STATE_CONFLICT', undefined, '只有核查结论为失实、诬告陷害或错告误告的，才能纠正因此受到的处理');
  }
  const accused = (await repo.accusedOf(db, id)).map((a) => a.cadreId);
  // The register's own rules for a revocation: its write permission and scope over the cadre, a measure still in force.
  const measure = await openMeasure(db, ctx, body.measureId).catch((error: unknown) => {
    throw error instanceof DomainError && error.code === 'NOT_FOUND' ? notAccused() : error;
  });
  if (!accused.includes(measure.cadreId)) throw notAccused();

  const revokedReason = `经检举控告${caseRow.case.number}核查，反映问题不实，予以纠正：${body.reason}`;
  await db.transaction(async (tx) => {
    await writeRevocation(tx, ctx, measure, { reason: revokedReason, version: body.version });
    await tx.insert(complaintCorrectedMeasures).values({
      caseId: id,
      measureId: measure.id,
      reason: body.reason,
      correctedBy: ctx.actor?.userId ?? null,
      correctedByName: ctx.actor?.displayName ?? '系统',
      correctedAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'complaint.correct_measure',
      entity: 'complaint',
      entityId: id,
      changes: { measureId: { before: null, after: measure.id } },
    });
  });
}

/**
 * What 纠正处理 offers: the accused cadres' measures in force that the reader could revoke in the register (its
 * measure.write scope, as openMeasure checks it on the write), one query for every accused cadre.
 */
export async function correctableMeasures(db: Db, ctx: RequestContext, id: string): Promise<CorrectableMeasure[]> {
  await requireHandling(db, ctx, id);
  const rows = await repo.accusedMeasuresInForce(db, id, measureScope(ctx, 'measure.write'));
  return rows.map((m) => ({ ...m, label: MEASURES[m.code as MeasureCode]?.label ?? m.code }));
}

/** The measures a complaint corrected, for its page. */
export async function correctedMeasuresOf(db: Executor, caseId: string) {
  const rows = await db
    .select({
      measureId: measures.id,
      code: measures.code,
      effectiveOn: measures.effectiveOn,
      reason: complaintCorrectedMeasures.reason,
      at: complaintCorrectedMeasures.correctedAt,
    })
    .from(complaintCorrectedMeasures)
    .innerJoin(measures, eq(measures.id, complaintCorrectedMeasures.measureId))
    .where(eq(complaintCorrectedMeasures.caseId, caseId))
    .orderBy(asc(complaintCorrectedMeasures.correctedAt));
  return rows.map((r) => ({ ...r, label: MEASURES[r.code as MeasureCode]?.label ?? r.code, at: r.at.toISOString() }));
}
