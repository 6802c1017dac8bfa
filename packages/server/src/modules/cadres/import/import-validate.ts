import { duplicateRows, type ImportCell, isExampleRow, mapHeaders, readImportRow } from '@dandang/shared/cadres/cadre-import.rules';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumn, type ImportField, type ImportSummary } from '@dandang/shared/cadres/cadre-import.schema';
import { maskIdNumber } from '@dandang/shared/cadres/id-number.rules';
import type { RequestContext } from '../../../platform/context';
import type { FieldCipher } from '../../../platform/crypto/sm';
import type { Db } from '../../../platform/db/client';
import { DomainError } from '../../../platform/errors';
import type { JobContext } from '../../../platform/jobs/jobs.service';
import { cadreScope } from '../cadres.service';
import * as repo from './import.repository';
import { loadImportReference } from './import-lookups';
import { readSheetRows } from './roster-reader';

/**
 * The preview of an import (phases `parse` and `validate`): every row is read and checked as it streams past, in
 * batches, against the dictionaries, the units in the actor's scope and the cadres already registered (matched by
 * the ID number's digest); valid rows are staged with what they would change, every problem is stored. Then the
 * checks across rows (the same ID number twice in the file) run, and the counts become the summary.
 */

const BATCH = 1000;
const COLUMN_INDEX = new Map<ImportField, number>(IMPORT_COLUMNS.map((c, i) => [c.field, i]));

interface PendingRow {
  row: number;
  input: NonNullable<ReturnType<typeof readImportRow>['input']>;
  filled: ImportField[];
  digest: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function validateImport(db: Db, cipher: FieldCipher, ctx: RequestContext, jobId: string, bytes: Buffer, job: JobContext): Promise<ImportSummary> {
  await job.progress('parse', 0, null);
  const reference = await loadImportReference(db, ctx);
  const writableCadres = cadreScope(ctx, 'cadre.write');
  /** Sheet column position → where the column's issues sort and highlight. */
  let columns: Map<number, ImportColumn> | null = null;
  const sheetColumnOf = new Map<ImportField, number>();
  const rowsById = new Map<string, number[]>();
  let rows = 0;
  let batch: PendingRow[] = [];
  let issues: repo.IssueRow[] = [];

  /** Checks a batch against the registry and stages it; runs while the next batch is being read. */
  const flush = async (rowsOfBatch: PendingRow[], issuesOfBatch: repo.IssueRow[]) => {
    const existing = await repo.findByDigests(
      db,
      rowsOfBatch.map((r) => r.digest),
      writableCadres,
    );
    const byDigest = new Map(existing.map((c) => [c.digest, c]));
    const staged: repo.StagedRow[] = [];
    for (const r of rowsOfBatch) {
      const { idNumber, ...values } = r.input;
      const masked = maskIdNumber(idNumber);
      const base = { row: r.row, name: values.name, id_number_masked: masked };
      const cadre = byDigest.get(r.digest);
      if (!cadre) {
        const sealed = { ...values, idNumberEnc: cipher.encrypt(idNumber), idNumberDigest: r.digest, idNumberMasked: masked };
        staged.push({ ...base, action: 'insert', cadre_id: crypto.randomUUID(), cadre_version: null, values: sealed, before: null });
        continue;
      }
      if (!cadre.writable) {
        // Said without naming the unit: the actor may not learn where a cadre outside their scope works.
        issuesOfBatch.push(issueOf(r.row, 'idNumber', maskIdNumber(idNumber), '该身份证号已登记在您管理范围以外的干部名下，不能导入或修改'));
        continue;
      }
      const changed: Record<string, unknown> = {};
      const before: Record<string, unknown> = {};
      for (const field of r.filled) {
        if (field === 'idNumber') continue;
        if (!same(cadre[field], values[field])) {
          changed[field] = values[field];
          before[field] = cadre[field];
        }
      }
      const action = Object.keys(changed).length > 0 ? 'update' : 'unchanged';
      staged.push({ ...base, action, cadre_id: cadre.id, cadre_version: cadre.version, values: changed, before });
    }
    await repo.insertStaged(db, jobId, staged);
    await repo.insertIssues(db, jobId, issuesOfBatch);
  };
  /** At most one batch in flight: reading overlaps the database round trips without queueing the whole file. */
  let inFlight: Promise<void> = Promise.resolve();
  const send = async () => {
    await inFlight;
    inFlight = flush(batch, issues);
    // A failure surfaces at the next await of inFlight; keep it from being reported as unhandled meanwhile.
    inFlight.catch(() => {});
    batch = [];
    issues = [];
    await job.progress('parse', rows, null);
  };

  const issueOf = (row: number, field: ImportField, value: string, message: string): repo.IssueRow => ({
    row,
    column_index: sheetColumnOf.get(field) ?? 1000 + (COLUMN_INDEX.get(field) ?? 0),
    column: IMPORT_COLUMNS[COLUMN_INDEX.get(field) as number]?.header as string,
    value,
    message,
  });

  for await (const sheetRow of readSheetRows(bytes)) {
    if (!columns) {
      const headers = mapHeaders(sheetRow.number === 1 ? sheetRow.cells : []);
      if (headers.missing.length > 0 || headers.duplicated.length > 0) throw headersInvalid(headers.missing, headers.duplicated);
      columns = headers.columns;
      for (const [index, c] of headers.columns) sheetColumnOf.set(c.field, index);
      continue;
    }
    const cells = new Map<ImportField, ImportCell>();
    let empty = true;
    for (const [index, c] of columns) {
      const cell = sheetRow.cells[index] ?? null;
      if (cell !== null && cell !== '') empty = false;
      cells.set(c.field, cell);
    }
    if (empty || isExampleRow(cells.get('name') ?? null)) continue;
    rows += 1;
    if (rows > IMPORT_MAX_ROWS) throw new DomainError('IMPORT_ROW_COUNT', undefined, `数据行超过 ${IMPORT_MAX_ROWS} 行，请分成多个文件导入`);
    const read = readImportRow(cells, reference);
    for (const i of read.issues) issues.push(issueOf(sheetRow.number, i.field, i.value, i.message));
    const idText = typeof cells.get('idNumber') === 'string' ? String(cells.get('idNumber')).trim().toUpperCase() : '';
    if (idText) {
      const seen = rowsById.get(idText);
      if (seen) seen.push(sheetRow.number);
      else rowsById.set(idText, [sheetRow.number]);
    }
    if (read.input) batch.push({ row: sheetRow.number, input: read.input, filled: read.filled, digest: cipher.digest(read.input.idNumber) });
    if (batch.length >= BATCH || issues.length >= BATCH) await send();
  }
  if (!columns)
    throw headersInvalid(
      IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header),
      [],
    );
  await send();
  await inFlight;
  if (rows === 0) throw new DomainError('IMPORT_ROW_COUNT', undefined, '工作表“干部名册”中没有数据行（示例行不计）');

  await job.progress('validate', 0, rows);
  // The same person twice in one file: every row of the group is an error, and none of them is written.
  const duplicates = duplicateRows(rowsById);
  const shownId = new Map<number, string>();
  for (const [id, group] of rowsById) if (group.length > 1) for (const row of group) shownId.set(row, maskIdNumber(id));
  rowsById.clear();
  const duplicateIssues = [...duplicates].map(([row, message]) => issueOf(row, 'idNumber', shownId.get(row) ?? '', message));
  await repo.insertIssues(db, jobId, duplicateIssues);
  await repo.unstageRows(db, jobId, [...duplicates.keys()]);
  const counts = await repo.countStaged(db, jobId);
  const errors = await repo.countIssues(db, jobId);
  await job.progress('validate', rows, rows);
  return { stage: 'validated', rows, inserts: counts.insert ?? 0, updates: counts.update ?? 0, unchanged: counts.unchanged ?? 0, ...errors };
}

function headersInvalid(missing: string[], duplicated: string[]): DomainError {
  const parts = [missing.length ? `缺少必填列：${missing.join('、')}` : '', duplicated.length ? `重复的列：${duplicated.join('、')}` : ''].filter(Boolean);
  return new DomainError('IMPORT_HEADERS_INVALID', { missing, duplicated }, `“干部名册”第 1 行表头不正确，${parts.join('；')}。请使用下载的模板填写`);
}
