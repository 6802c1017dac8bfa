import type { CadreFilterInput, CadreSortField } from '@dandang/shared/cadres/cadre-search.schema';
import { CADRE_SORT_FIELDS } from '@dandang/shared/cadres/cadre-search.schema';
import type { Query } from '../../../platform/api/client';

/** A [min, max] pair as the range inputs hold it; either end may be empty. */
export type Range = [number | null | undefined, number | null | undefined];

/** The roster's search form as antd holds it: ranges as pairs, yes/no as strings, lists named apart from the table's columns. */
export interface RosterFormValues {
  unitId?: string;
  includeSubunits?: boolean;
  keyword?: string;
  ranks?: string[];
  age?: Range;
  partyYears?: Range;
  workYears?: Range;
  educations?: string[];
  educationKind?: 'any' | 'fullTime' | 'inService';
  experience?: string;
  experienceYears?: number | null;
  fieldTags?: string[];
  specialtyTags?: string[];
  levelTags?: string[];
  pool?: string;
  promotable?: 'true' | 'false';
}

const present = <T>(value: T | null | undefined | ''): value is T => value !== undefined && value !== null && value !== '';
const listOrUndefined = (items?: string[]) => (items && items.length > 0 ? items : undefined);
const num = (value: number | null | undefined) => (present(value) ? value : undefined);

/** The form's values as the API's filter (empty fields left out). */
export function toFilter(v: RosterFormValues): CadreFilterInput {
  const filter: CadreFilterInput = {
    unitId: v.unitId || undefined,
    includeSubunits: v.unitId ? (v.includeSubunits ?? true) : undefined,
    keyword: v.keyword?.trim() || undefined,
    rank: listOrUndefined(v.ranks),
    ageMin: num(v.age?.[0]),
    ageMax: num(v.age?.[1]),
    partyYearsMin: num(v.partyYears?.[0]),
    partyYearsMax: num(v.partyYears?.[1]),
    workYearsMin: num(v.workYears?.[0]),
    workYearsMax: num(v.workYears?.[1]),
    education: listOrUndefined(v.educations),
    educationKind: v.educations?.length ? v.educationKind : undefined,
    experience: v.experience?.trim() || undefined,
    experienceYears: v.experience?.trim() ? num(v.experienceYears) : undefined,
    fieldTags: listOrUndefined(v.fieldTags),
    specialtyTags: listOrUndefined(v.specialtyTags),
    levelTag: listOrUndefined(v.levelTags),
    pool: v.pool || undefined,
    promotable: v.promotable === undefined ? undefined : v.promotable === 'true',
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as CadreFilterInput;
}

const pair = (min?: number, max?: number): Range | undefined => (min === undefined && max === undefined ? undefined : [min, max]);

/** A saved filter back into the form (the server stored it with its defaults filled in). */
export function toFormValues(f: CadreFilterInput): RosterFormValues {
  return {
    unitId: f.unitId,
    includeSubunits: f.includeSubunits as boolean | undefined,
    keyword: f.keyword,
    ranks: f.rank as string[] | undefined,
    age: pair(f.ageMin as number | undefined, f.ageMax as number | undefined),
    partyYears: pair(f.partyYearsMin as number | undefined, f.partyYearsMax as number | undefined),
    workYears: pair(f.workYearsMin as number | undefined, f.workYearsMax as number | undefined),
    educations: f.education as string[] | undefined,
    educationKind: f.educationKind,
    experience: f.experience,
    experienceYears: f.experienceYears as number | undefined,
    fieldTags: f.fieldTags as string[] | undefined,
    specialtyTags: f.specialtyTags as string[] | undefined,
    levelTags: f.levelTag as string[] | undefined,
    pool: f.pool,
    promotable: f.promotable === undefined ? undefined : f.promotable ? 'true' : 'false',
  };
}

/** The filter as a query string: lists comma-separated (the server reads both that and repeated parameters). */
export function toQuery(filter: CadreFilterInput): Query {
  return Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : (value as Query[string])]));
}

/** ProTable's `sort` ({ column: 'ascend' }) as the API's sort, for whitelisted columns only. */
export function toSort(sort: Record<string, 'ascend' | 'descend' | null> | undefined): { sortField?: CadreSortField; sortOrder?: 'ascend' | 'descend' } {
  const [field, order] = Object.entries(sort ?? {}).find(([, o]) => o) ?? [];
  if (!field || !order || !(CADRE_SORT_FIELDS as readonly string[]).includes(field)) return {};
  return { sortField: field as CadreSortField, sortOrder: order };
}
