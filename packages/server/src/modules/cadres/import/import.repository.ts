import { IMPORT_COLUMNS, type ImportField } from '@dandang/shared/cadres/cadre-import.schema';
import { and, asc, count, countDistinct, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { affectedRows } from '../../../platform/db/affected-rows';
import type { Executor } from '../../../platform/db/client';
import { units } from '../../org';
import { cadres } from '../cadres.tables';
import { cadreImportIssues, cadreImportRows, cadreImports } from './cadre-import.tables';

/** Rows per multi-row statement: well under PostgreSQL's 65,535 parameters at nine or ten per row. */
const CHUNK = 1000;

/** One issue as staged (snake_case: the keys are the JSON record's columns). */
export interface IssueRow {
  row: number;
  column_index: number;
  column: string;
  value: string;
  message: string;
}

export interface StagedRow {
  row: number;
  action: 'insert' | 'update' | 'unchanged';
  cadre_id: string;
  cadre_version: number | null;
  name: string;
  id_number_masked: string;
  values: Record<string, unknown>;
  before: Record<string, unknown> | null;
}

async function insertChunked<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

export async function saveUpload(db: Executor, values: typeof cadreImports.$inferInsert) {
  await db.insert(cadreImports).values(values);
}

export async function findUpload(db: Executor, jobId: string) {
  const [row] = await db.select().from(cadreImports).where(eq(cadreImports.jobId, jobId));
  return row ?? null;
}

/**
 * Bulk rows travel as ONE JSON parameter expanded by jsonb_to_recordset: a thousand rows cost one parameter to
 * bind instead of ten thousand, which is most of the price of a large import's staging writes.
 */
export async function insertIssues(db: Executor, jobId: string, rows: IssueRow[]) {
  await insertChunked(rows, (chunk) =>
    db.execute(sql`
      insert into cadre_import_issues (job_id, row, column_index, "column", value, message)
      select ${jobId}::uuid, x.row, x.column_index, x.column, x.value, x.message
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x("row" int, column_index int, "column" text, value text, message text)`),
  );
}

export async function insertStaged(db: Executor, jobId: string, rows: StagedRow[]) {
  await insertChunked(rows, (chunk) =>
    db.execute(sql`
      insert into cadre_import_rows (job_id, row, action, cadre_id, cadre_version, name, id_number_masked, values, before)
      select ${jobId}::uuid, x.row, x.action, x.cadre_id, x.cadre_version, x.name, x.id_number_masked, x.values, x.before
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb)
        as x("row" int, action text, cadre_id uuid, cadre_version int, name text, id_number_masked text, values jsonb, before jsonb)`),
  );
}

export async function unstageRows(db: Executor, jobId: string, rows: number[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.delete(cadreImportRows).where(and(eq(cadreImportRows.jobId, jobId), inArray(cadreImportRows.row, rows.slice(i, i + CHUNK))));
  }
}

/** The profile columns an import compares and writes (the ID number is matched on, not written by an update). */
export const WRITTEN_FIELDS = IMPORT_COLUMNS.map((c) => c.field).filter((f): f is Exclude<ImportField, 'idNumber'> => f !== 'idNumber');
const DATE_FIELDS = new Set(IMPORT_COLUMNS.filter((c) => c.kind === 'date' || c.kind === 'month').map((c) => c.field as string));
const TAG_FIELDS = new Set(IMPORT_COLUMNS.filter((c) => c.kind === 'tags').map((c) => c.field as string));

/** Existing cadres with these ID digests, their written fields, and whether the actor may change them. */
export async function findByDigests(db: Executor, digests: string[], writable: SQL | undefined) {
  if (digests.length === 0) return [];
  const fields = Object.fromEntries(WRITTEN_FIELDS.map((f) => [f, cadres[f]])) as { [F in (typeof WRITTEN_FIELDS)[number]]: (typeof cadres)[F] };
  return (
    db
      .select({
        ...fields,
        id: cadres.id,
        version: cadres.version,
        digest: cadres.idNumberDigest,
        writable: sql<boolean>`coalesce(${writable ?? sql`true`}, false)`,
      })
      .from(cadres)
      // One array parameter rather than a thousand: the statement stays small and cheap to bind.
      .where(sql`${cadres.idNumberDigest} = any(${`{${digests.join(',')}}`}::text[])`)
  );
}

export async function countStaged(db: Executor, jobId: string) {
  const rows = await db
    .select({ action: cadreImportRows.action, n: count() })
    .from(cadreImportRows)
    .where(eq(cadreImportRows.jobId, jobId))
    .groupBy(cadreImportRows.action);
  return Object.fromEntries(rows.map((r) => [r.action, Number(r.n)])) as Partial<Record<'insert' | 'update' | 'unchanged', number>>;
}

export async function countIssues(db: Executor, jobId: string) {
  const [row] = await db
    .select({ errors: count(), rows: countDistinct(cadreImportIssues.row) })
    .from(cadreImportIssues)
    .where(eq(cadreImportIssues.jobId, jobId));
  return { errorCount: Number(row?.errors ?? 0), errorRows: Number(row?.rows ?? 0) };
}

export async function pageIssues(db: Executor, jobId: string, page: number, pageSize: number) {
  const items = await db
    .select({ row: cadreImportIssues.row, column: cadreImportIssues.column, value: cadreImportIssues.value, message: cadreImportIssues.message })
    .from(cadreImportIssues)
    .where(eq(cadreImportIssues.jobId, jobId))
    .orderBy(asc(cadreImportIssues.row), asc(cadreImportIssues.columnIndex))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return items;
}

/** Every issue in row order, for the error workbook. */
export async function allIssues(db: Executor, jobId: string) {
  return db
    .select({ row: cadreImportIssues.row, columnIndex: cadreImportIssues.columnIndex, message: cadreImportIssues.message })
    .from(cadreImportIssues)
    .where(eq(cadreImportIssues.jobId, jobId))
    .orderBy(asc(cadreImportIssues.row), asc(cadreImportIssues.columnIndex));
}

const writes = sql`${cadreImportRows.action} in ('insert', 'update')`;

export async function pageChanges(db: Executor, jobId: string, page: number, pageSize: number) {
  const where = and(eq(cadreImportRows.jobId, jobId), writes);
  const items = await db
    .select()
    .from(cadreImportRows)
    .where(where)
    .orderBy(asc(cadreImportRows.row))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(cadreImportRows).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** A field name as a SQL literal: names come from IMPORT_COLUMNS, never from input. */
const key = (field: string) => sql.raw(`'${field.replace(/[^A-Za-z]/g, '')}'`);

/** A staged value as the column's SQL type. */
function staged(field: string): SQL {
  const value = sql`r.values->>${key(field)}`;
  if (DATE_FIELDS.has(field)) return sql`(${value})::date`;
  if (field === 'unitId') return sql`(${value})::uuid`;
  if (TAG_FIELDS.has(field)) return sql`array(select jsonb_array_elements_text(r.values->${key(field)}))`;
  return value;
}

const col = (field: (typeof WRITTEN_FIELDS)[number]) => sql.identifier(cadres[field].name);

/**
 * Staged rows whose preview no longer holds: the unit gone or out of the actor's scope, the cadre to update changed
 * (its version moved) or out of scope, a new cadre's ID number registered meanwhile, or a dictionary code since
 * disabled. Answers the first rows found and how many.
 */
export async function staleRows(db: Executor, jobId: string, unitScope: SQL | undefined, cadreScope: SQL | undefined) {
  const dictionaryChecks = IMPORT_COLUMNS.filter((c) => c.kind === 'dictionary').map(
    (c) =>
      sql`(coalesce(r.values->>${c.field}, '') <> '' and not exists (select 1 from dictionary_items d where d.dictionary_code = ${c.dictionary} and d.value = r.values->>${c.field} and not d.disabled))`,
  );
  const rows = await db.execute(sql`
    select r.row from cadre_import_rows r
    left join ${units} on ${units.id} = (r.values->>'unitId')::uuid
    left join ${cadres} on ${cadres.id} = r.cadre_id
    where r.job_id = ${jobId} and r.action in ('insert', 'update') and (
      (r.values->>'unitId' is not null and (${units.id} is null or not coalesce(${unitScope ?? sql`true`}, false)))
      or (r.action = 'update' and (${cadres.id} is null or ${cadres.version} <> r.cadre_version or not coalesce(${cadreScope ?? sql`true`}, false)))
      or (r.action = 'insert' and exists (select 1 from cadres x where x.id_number_digest = r.values->>'idNumberDigest'))
      or ${sql.join(dictionaryChecks, sql` or `)}
    )
    order by r.row limit 20`);
  return (rows as unknown as { rows: Array<{ row: number }> }).rows.map((r) => Number(r.row));
}

/** Inserts the staged new cadres of rows [from, to]; answers how many. */
export async function insertStagedCadres(db: Executor, jobId: string, from: number, to: number, at: Date): Promise<number> {
  const result = await db.execute(sql`
    insert into cadres (id, ${sql.join(WRITTEN_FIELDS.map(col), sql`, `)}, id_number_enc, id_number_digest, id_number_masked, created_at, updated_at)
    select r.cadre_id, ${sql.join(WRITTEN_FIELDS.map(staged), sql`, `)}, r.values->>'idNumberEnc', r.values->>'idNumberDigest', r.values->>'idNumberMasked', ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from cadre_import_rows r
    where r.job_id = ${jobId} and r.action = 'insert' and r.row between ${from} and ${to}`);
  return affectedRows(result);
}

/** Applies the staged updates of rows [from, to], each only where the cadre still has the version compared. */
export async function updateStagedCadres(db: Executor, jobId: string, from: number, to: number, at: Date): Promise<number> {
  const sets = WRITTEN_FIELDS.map((f) => sql`${col(f)} = case when r.values ? ${key(f)} then ${staged(f)} else c.${col(f)} end`);
  const result = await db.execute(sql`
    update cadres c set ${sql.join(sets, sql`, `)}, version = c.version + 1, updated_at = ${at.toISOString()}::timestamptz
    from cadre_import_rows r
    where r.job_id = ${jobId} and r.action = 'update' and r.row between ${from} and ${to}
      and c.id = r.cadre_id and c.version = r.cadre_version`);
  return affectedRows(result);
}

export async function lastRow(db: Executor, jobId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${cadreImportRows.row}), 0)` })
    .from(cadreImportRows)
    .where(eq(cadreImportRows.jobId, jobId));
  return Number(row?.n ?? 0);
}
