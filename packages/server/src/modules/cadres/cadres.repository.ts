import { and, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { dictionaryItems } from '../dictionaries/dictionaries.tables';
import { units } from '../org/org.tables';
import { cadres } from './cadres.tables';

/** The roster's columns: the ID number only in its masked form. */
export const listColumns = {
  id: cadres.id,
  name: cadres.name,
  gender: cadres.gender,
  birthDate: cadres.birthDate,
  ethnicity: cadres.ethnicity,
  education: cadres.education,
  politicalStatus: cadres.politicalStatus,
  unitId: cadres.unitId,
  unitName: units.name,
  post: cadres.post,
  rank: cadres.rank,
  phone: cadres.phone,
  version: cadres.version,
  nativePlace: cadres.nativePlace,
  partyJoinedOn: cadres.partyJoinedOn,
  workStartedOn: cadres.workStartedOn,
  rankSince: cadres.rankSince,
  fieldTags: cadres.fieldTags,
  specialtyTags: cadres.specialtyTags,
  levelTag: cadres.levelTag,
  idNumberMasked: cadres.idNumberMasked,
};

const detailColumns = {
  ...listColumns,
  fullTimeDegree: cadres.fullTimeDegree,
  fullTimeSchool: cadres.fullTimeSchool,
  fullTimeMajor: cadres.fullTimeMajor,
  inServiceEducation: cadres.inServiceEducation,
  inServiceDegree: cadres.inServiceDegree,
  inServiceSchool: cadres.inServiceSchool,
  inServiceMajor: cadres.inServiceMajor,
  specialty: cadres.specialty,
  // For the service only (an edit of the birth date or gender is checked against the stored number); never sent.
  idNumberEnc: cadres.idNumberEnc,
  idNumberDigest: cadres.idNumberDigest,
};

export type CadreRow = NonNullable<Awaited<ReturnType<typeof findCadre>>>;
export type CadreValues = Omit<typeof cadres.$inferInsert, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** The roster's rows (cadres with their unit's name); the search module adds its conditions, order and page. */
export const selectRoster = (db: Executor) => db.select(listColumns).from(cadres).innerJoin(units, eq(units.id, cadres.unitId));
export type CadreListRow = Awaited<ReturnType<typeof selectRoster>>[number];

export async function findCadre(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select(detailColumns)
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(cadres.id, id), scope))
    .limit(1);
  return row ?? null;
}

/** The stored (encrypted) ID number of a cadre inside the scope; undefined when the cadre is not visible. */
export async function findIdNumber(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ idNumberEnc: cadres.idNumberEnc })
    .from(cadres)
    .where(and(eq(cadres.id, id), scope))
    .limit(1);
  return row;
}

/** Up to `limit` numbers stored before their masked form was kept beside them. */
export function unmaskedIdNumbers(db: Executor, limit: number) {
  return db
    .select({ id: cadres.id, idNumberEnc: cadres.idNumberEnc })
    .from(cadres)
    .where(and(isNotNull(cadres.idNumberEnc), isNull(cadres.idNumberMasked)))
    .limit(limit);
}

export async function setIdNumberMasks(db: Executor, masks: ReadonlyArray<{ id: string; masked: string }>): Promise<void> {
  // Two array literals, one parameter each; a mask holds only digits, X and asterisks, so nothing needs escaping.
  const ids = `{${masks.map((m) => m.id).join(',')}}`;
  const values = `{${masks.map((m) => m.masked).join(',')}}`;
  await db.execute(sql`update ${cadres} set id_number_masked = m.masked
    from unnest(${ids}::uuid[], ${values}::text[]) as m(id, masked)
    where ${cadres.id} = m.id`);
}

export async function insertCadre(db: Executor, values: CadreValues & { id: string }, at: Date): Promise<void> {
  await db.insert(cadres).values({ ...values, createdAt: at, updatedAt: at });
}

export async function updateCadre(db: Executor, id: string, version: number, values: Partial<CadreValues>, at: Date) {
  const [row] = await db
    .update(cadres)
    .set({ ...values, updatedAt: at, version: sql`${cadres.version} + 1` })
    .where(and(eq(cadres.id, id), eq(cadres.version, version)))
    .returning({ id: cadres.id });
  return row;
}

/** Another cadre already holding this ID number (by digest), across every scope: a person is registered once. */
export async function idNumberTaken(db: Executor, digest: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: cadres.id })
    .from(cadres)
    .where(and(eq(cadres.idNumberDigest, digest), exceptId ? ne(cadres.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

/** Serializes writes that depend on a cadre's other rows (its posts) behind the cadre's own row lock. */
export async function lockCadre(db: Executor, id: string): Promise<void> {
  await db.select({ id: cadres.id }).from(cadres).where(eq(cadres.id, id)).for('update');
}

/** Enabled values of the given dictionaries, as `dictionary:value` keys. */
export async function enabledCodes(db: Executor, dictionaryCodes: string[]): Promise<Set<string>> {
  if (dictionaryCodes.length === 0) return new Set();
  const rows = await db
    .select({ d: dictionaryItems.dictionaryCode, v: dictionaryItems.value })
    .from(dictionaryItems)
    .where(and(inArray(dictionaryItems.dictionaryCode, dictionaryCodes), eq(dictionaryItems.disabled, false)));
  return new Set(rows.map((r) => `${r.d}:${r.v}`));
}

/** A unit inside the given scope (a write scope on `units.id`), with its name. */
export async function findUnitIn(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.id, id), scope))
    .limit(1);
  return row ?? null;
}
