import { chinaDateOf } from '@dandang/shared/dates/date';
import { careWindowStart } from '@dandang/shared/visits/care.rules';
import { and, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { cadres, measures } from '../cadres/cadres.tables';
import { careFlags } from './visits.tables';

/** One reason a cadre may need care (关心关爱), found by a source. */
export interface CareHit {
  cadreId: string;
  code: string;
  text: string;
  on: string;
}

/**
 * A kind of setback that makes a cadre a care candidate. `candidates` gets the reader's scope as a condition on the
 * `cadres` table, which its query must join. The complaints module adds `CLARIFIED` (澄清正名) through registerCareSource
 * from its own index, so this module needs no edit when it lands.
 */
export interface CareSource {
  code: string;
  candidates(db: Executor, scope: SQL | undefined, asOf: string): Promise<CareHit[]>;
}

/** Measures decided by accountability (问责) or an up-and-down adjustment (能上能下) take effect as a setback. */
const ACCOUNTABILITY_SOURCES = ['accountability_matter', 'adjustment_case'];

const heldAccountable: CareSource = {
  code: 'HELD_ACCOUNTABLE',
  async candidates(db, scope, asOf) {
    const rows = await db
      .select({ cadreId: measures.cadreId, on: measures.effectiveOn })
      .from(measures)
      .innerJoin(cadres, eq(cadres.id, measures.cadreId))
      .where(and(isNull(measures.revokedAt), inArray(measures.sourceType, ACCOUNTABILITY_SOURCES), gt(measures.effectiveOn, careWindowStart(asOf)), scope));
    return rows.map((r) => ({ ...r, code: 'HELD_ACCOUNTABLE', text: `${r.on} 被问责或作出组织调整` }));
  },
};

const flagged: CareSource = {
  code: 'FLAGGED',
  async candidates(db, scope) {
    const rows = await db
      .select({ cadreId: careFlags.cadreId, reason: careFlags.reason, at: careFlags.createdAt })
      .from(careFlags)
      .innerJoin(cadres, eq(cadres.id, careFlags.cadreId))
      .where(scope);
    return rows.map((r) => ({ cadreId: r.cadreId, code: 'FLAGGED', text: `所在单位提出：${r.reason}`, on: chinaDateOf(r.at) }));
  },
};

const SOURCES: CareSource[] = [heldAccountable, flagged];

export function registerCareSource(source: CareSource): void {
  if (SOURCES.some((s) => s.code === source.code)) throw new Error(`care source ${source.code} registered twice`);
  SOURCES.push(source);
}

export function careSources(): readonly CareSource[] {
  return SOURCES;
}
