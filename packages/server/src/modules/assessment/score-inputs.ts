import { createHash } from 'node:crypto';
import type { ScoreEntries } from '@dandang/shared/assessment/result.schema';
import type { Signals } from '@dandang/shared/assessment/score-sheet.rules';

/** JSON with every object's keys sorted, so a value read back from jsonb (which reorders keys) reads the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * What a score is computed from, as one digest: the scheme (by id and version), the entries, the democratic score and
 * the signals. Equal digests mean an equal score, so recomputing a cycle skips every score whose inputs did not move.
 */
export function inputsDigest(sheetKey: string, entries: ScoreEntries, democratic: number | null, signals: Signals): string {
  return createHash('sha1')
    .update(canonical([sheetKey, entries, democratic, signals]))
    .digest('hex');
}
