import { hash } from 'node:crypto';
import type { ItemEntry, ScoreEntries } from '@dandang/shared/assessment/result.schema';
import type { FedFigure, Signals } from '@dandang/shared/assessment/score-sheet.rules';
import { sql } from 'drizzle-orm';
import { canonicalJson } from '../../platform/audit/canonical';
import type { Executor } from '../../platform/db/client';

/** The hash of entries about to be stored, rendered by the database exactly as the stored `entries_hash` is. */
export async function entriesHash(db: Executor, entries: ScoreEntries): Promise<string> {
  const result = (await db.execute(sql`select md5(${JSON.stringify(entries)}::jsonb::text) as hash`)) as unknown as { rows: Array<{ hash: string }> };
  return (result.rows[0] as { hash: string }).hash;
}

/** Everything a score is computed from besides the typed entries. */
export interface ScoreInputs {
  /** Entries by indicator that confirmed targets give, laid over the typed ones. */
  progress: Record<string, ItemEntry> | undefined;
  democratic: number | null;
  signals: Signals;
  /** What indicator feeds give a unit, by indicator id (empty for a cadre or a sheet without fed indicators). */
  fed: Record<string, FedFigure>;
}

/**
 * What a score is computed from, as one digest: the scheme (by id and version), the typed entries' hash, what the
 * targets give, the democratic score, the signals and the fed figures. Equal digests mean an equal score, so
 * recomputing a cycle skips every score whose inputs did not move. The fed figures join only when there are any, so
 * the scores stored before feeds existed keep their digests and are not all rewritten by the next recompute.
 */
export function inputsDigest(sheetKey: string, entriesHash: string, inputs: ScoreInputs): string {
  const fed = Object.keys(inputs.fed).length > 0 ? [inputs.fed] : [];
  // One-shot hashing: a cycle check digests 100,000 short texts, where a hash object per text costs four times as much.
  return hash('sha1', canonicalJson([sheetKey, entriesHash, inputs.progress ?? null, inputs.democratic, inputs.signals, ...fed]), 'hex');
}
