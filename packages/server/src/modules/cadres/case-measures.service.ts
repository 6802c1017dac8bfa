import type { MeasureSourceType } from '@dandang/shared/cadres/measure.schema';
import type { MeasureCode } from '@dandang/shared/rules/measures';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { measures } from './cadres.tables';
import { findMeasure } from './measures.repository';
import { writeMeasure, writeRevocation } from './measures.service';

/*
 * Measures a case decides (an accountability decision, a 能上能下 adjustment): written with the case as their source
 * inside the case's own transaction, and revoked together when the decision is corrected. The case's decision is the
 * authority for them, so no `measure.write` is asked of the decider beyond the case's own permission.
 */

/** The case a measure came from. 能上能下 adjustments are `adjustment_case`, which the register's form does not offer. */
export interface MeasureSource {
  type: MeasureSourceType | 'adjustment_case';
  id: string;
}

export interface CaseMeasure {
  code: MeasureCode;
  effectiveOn: string;
  /** 留党察看's length. */
  months?: number;
  decidingBody: string;
  documentNo: string;
  note: string;
}

export async function writeCaseMeasures(tx: Executor, ctx: RequestContext, cadreId: string, source: MeasureSource, list: readonly CaseMeasure[]) {
  const written = [];
  for (const m of list) written.push(await writeMeasure(tx, ctx, cadreId, { ...m, sourceType: source.type, sourceId: source.id }));
  return written;
}

/** Every measure a case wrote, revoked ones included, oldest first. */
export function measuresOfSource(db: Executor, source: MeasureSource) {
  return db
    .select({ id: measures.id, cadreId: measures.cadreId, code: measures.code, effectiveOn: measures.effectiveOn, revokedAt: measures.revokedAt })
    .from(measures)
    .where(and(eq(measures.sourceType, source.type), eq(measures.sourceId, source.id)))
    .orderBy(asc(measures.createdAt), asc(measures.id));
}

/** Revokes every measure of the case still in force (one revoked in the register already stays as it is); answers how many. */
export async function revokeCaseMeasures(tx: Executor, ctx: RequestContext, source: MeasureSource, reason: string): Promise<number> {
  const open = await tx
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.sourceType, source.type), eq(measures.sourceId, source.id), isNull(measures.revokedAt)));
  for (const { id } of open) {
    const row = await findMeasure(tx, id, undefined);
    if (row) await writeRevocation(tx, ctx, row, { reason, version: row.version });
  }
  return open.length;
}
