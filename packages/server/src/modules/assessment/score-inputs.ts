import { createHash } from 'node:crypto';
import type { ScoreEntries } from '@dandang/shared/assessment/result.schema';
import type { Signals } from '@dandang/shared/assessment/score-sheet.rules';
import { canonicalJson } from '../../platform/audit/canonical';

/**
 * What a score is computed from, as one digest: the scheme (by id and version), the entries, the democratic score and
 * the signals. Equal digests mean an equal score, so recomputing a cycle skips every score whose inputs did not move.
 * Canonical JSON, because entries read back from jsonb come with their keys reordered.
 */
export function inputsDigest(sheetKey: string, entries: ScoreEntries, democratic: number | null, signals: Signals): string {
  return createHash('sha1')
    .update(canonicalJson([sheetKey, entries, democratic, signals]))
    .digest('hex');
}
