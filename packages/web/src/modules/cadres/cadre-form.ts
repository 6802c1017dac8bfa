import type { Cadre, CadrePatch, CreateCadreBody } from './cadres.types';

/** The profile as the edit form holds it: a cleared select or date is `undefined` there, `''`/`null` on the server. */
export type CadreFormValues = Partial<Omit<Cadre, 'id' | 'unitName' | 'idNumberMasked' | 'version'>> & { idNumber?: string };

const NULLABLE = new Set(['partyJoinedOn', 'workStartedOn', 'rankSince']);
const LISTS = new Set(['fieldTags', 'specialtyTags']);

function serverValue(key: string, value: unknown): unknown {
  if (value !== undefined && value !== null) return value;
  if (NULLABLE.has(key)) return null;
  return LISTS.has(key) ? [] : '';
}

/** Initial form values: empty optional codes become `undefined`, so selects show their placeholder. */
export function formValuesOf(cadre: Cadre): CadreFormValues {
  const { id: _id, unitName: _u, idNumberMasked: _m, version: _v, ...profile } = cadre;
  return Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, v === '' || v === null ? undefined : v])) as CadreFormValues;
}

/**
 * Only the fields the user changed, with the version read: the audit log then shows what was really edited, and a
 * record whose old data breaks a newer rule can still have one field corrected. Null when nothing changed.
 */
export function toCadrePatch(cadre: Cadre, values: CadreFormValues): CadrePatch | null {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key === 'idNumber') {
      if (typeof value === 'string' && value.trim()) patch.idNumber = value;
      continue;
    }
    const next = serverValue(key, value);
    if (JSON.stringify(next) !== JSON.stringify(cadre[key as keyof Cadre])) patch[key] = next;
  }
  return Object.keys(patch).length > 0 ? ({ ...patch, version: cadre.version } as CadrePatch) : null;
}

export function toCreateBody(values: CadreFormValues): CreateCadreBody {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, serverValue(k, v)])) as CreateCadreBody;
}
