import { assessmentRecords } from './authz-records-assessment';
import { caseRecords } from './authz-records-cases';
import { coreRecords } from './authz-records-core';
import { moreRecords } from './authz-records-more';
import type { RecordPair, World } from './authz-records-support';

export type { Params, RecordPair, Side, World } from './authz-records-support';

/**
 * Each path, up to its first parameter, mapped to the records it can name. Every parameterized operation of the
 * document must find its prefix here or in `UNCOVERED`, so a new route cannot stay out of the matrix unnoticed.
 */
export async function buildRecords(w: World): Promise<Map<string, RecordPair>> {
  return new Map(Object.entries({ ...(await coreRecords(w)), ...(await assessmentRecords(w)), ...(await caseRecords(w)), ...(await moreRecords(w)) }));
}

/**
 * Prefixes the matrix names no record for, each with the reason. Their operations are still called by every role
 * with an id that names nothing, so the permission check is proven for them; the scope check is not.
 */
export const UNCOVERED: Record<string, string> = {};
