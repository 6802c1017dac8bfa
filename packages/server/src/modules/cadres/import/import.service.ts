import type { ImportChange, ImportFieldChange, ImportSummary } from '@dandang/shared/cadres/cadre-import.schema';
import { CADRE_IMPORT_JOB_KIND, IMPORT_COLUMNS, type ImportField } from '@dandang/shared/cadres/cadre-import.schema';
import type { JobView } from '@dandang/shared/jobs/job.schema';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../../platform/context';
import { type FieldCipher, sm3 } from '../../../platform/crypto/sm';
import type { Db } from '../../../platform/db/client';
import { DomainError } from '../../../platform/errors';
import { type JobLogger, requireJob, rerunJob, startJob } from '../../../platform/jobs/jobs.service';
import { backgroundJobs } from '../../../platform/jobs/jobs.tables';
import { type RowErrors, streamErrorWorkbook } from './error-workbook';
import * as repo from './import.repository';
import { commitImport } from './import-commit';
import { type ImportReference, loadImportReference } from './import-lookups';
import { buildTemplate } from './import-template';
import { validateImport } from './import-validate';
import { checkUpload } from './upload-check';

/** The roster import's use-cases; the job's owner is the only one who may see or continue it. */

const ownerOf = (ctx: RequestContext): string => {
  if (!ctx.actor) throw new DomainError('AUTH_REQUIRED');
  return ctx.actor.userId;
};

export async function importTemplate(db: Db, ctx: RequestContext): Promise<Buffer> {
  return buildTemplate(await loadImportReference(db, ctx));
}

/**
 * Checks the bytes at once (a file that is no readable xlsx is refused with 400 and nothing is stored), then
 * starts the preview job, which first stores the upload beside the job.
 */
export async function startImport(db: Db, cipher: FieldCipher, log: JobLogger, ctx: RequestContext, file: { name: string; bytes: Buffer }): Promise<JobView> {
  const ownerId = ownerOf(ctx);
  await checkUpload(file.bytes);
  return startJob(db, log, { kind: CADRE_IMPORT_JOB_KIND, ownerId, phase: 'parse' }, async (job) => {
    await repo.saveUpload(db, { jobId: job.id, fileName: file.name, fileDigest: sm3(file.bytes), upload: file.bytes });
    return { summary: await validateImport(db, cipher, ctx, job.id, file.bytes, job) };
  });
}

const importJob = (db: Db, ctx: RequestContext, jobId: string) => requireJob(db, ownerOf(ctx), jobId, CADRE_IMPORT_JOB_KIND);

export async function listIssues(db: Db, ctx: RequestContext, jobId: string, page: number, pageSize: number) {
  const job = await importJob(db, ctx, jobId);
  const summary = job.summary as ImportSummary | null;
  return { items: await repo.pageIssues(db, jobId, page, pageSize), total: summary?.errorCount ?? (await repo.countIssues(db, jobId)).errorCount };
}

const FIELD_COLUMNS = new Map(IMPORT_COLUMNS.map((c) => [c.field as string, c]));

/** A stored value as a person reads it: dictionary labels, unit names, tags joined with 、. */
function display(reference: Pick<ImportReference, 'labels' | 'unitNames'>, field: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const column = FIELD_COLUMNS.get(field);
  if (Array.isArray(value)) return value.length ? value.join('、') : null;
  if (column?.kind === 'dictionary') return reference.labels.get(column.dictionary)?.get(String(value)) ?? String(value);
  if (column?.kind === 'unit') return reference.unitNames.get(String(value)) ?? String(value);
  return String(value);
}

export async function listChanges(
  db: Db,
  ctx: RequestContext,
  jobId: string,
  page: number,
  pageSize: number,
): Promise<{ items: ImportChange[]; total: number }> {
  await importJob(db, ctx, jobId);
  const { items, total } = await repo.pageChanges(db, jobId, page, pageSize);
  const reference = await loadImportReference(db, ctx);
  return {
    total,
    items: items.map((r) => {
      const values = r.values as Record<string, unknown>;
      const before = (r.before ?? {}) as Record<string, unknown>;
      const fields: ImportFieldChange[] = [];
      for (const column of IMPORT_COLUMNS) {
        const field = column.field as ImportField;
        if (field === 'idNumber' || !(field in values)) continue;
        const after = display(reference, field, values[field]);
        // A new cadre lists what the row fills in; an update lists exactly the fields that change.
        if (r.action === 'insert' && after === null) continue;
        fields.push({ field, label: column.header, before: r.action === 'insert' ? null : display(reference, field, before[field]), after });
      }
      return { row: r.row, action: r.action as ImportChange['action'], name: r.name, idNumberMasked: r.idNumberMasked, fields };
    }),
  };
}

export async function errorWorkbook(db: Db, ctx: RequestContext, jobId: string) {
  const job = await importJob(db, ctx, jobId);
  const upload = await repo.findUpload(db, jobId);
  if (job.status === 'running' || !upload || !job.summary) throw new DomainError('STATE_CONFLICT', undefined, '导入检查尚未完成，请稍后再下载');
  const errors = new Map<number, RowErrors>();
  for (const issue of await repo.allIssues(db, jobId)) {
    let row = errors.get(issue.row);
    if (!row) {
      row = { columns: new Set(), messages: [] };
      errors.set(issue.row, row);
    }
    row.columns.add(issue.columnIndex);
    row.messages.push(`${issue.message}`);
  }
  return streamErrorWorkbook(upload.upload, errors);
}

/** Why a commit is refused, in the user's words. */
function refusal(job: JobView): DomainError {
  const summary = job.summary as ImportSummary | null;
  const message =
    job.status === 'running'
      ? '导入任务仍在进行中，请等待完成'
      : summary?.stage === 'committed'
        ? '该导入已经提交，不能重复提交'
        : job.status === 'failed'
          ? '该导入任务已失败，请重新上传'
          : summary && summary.errorCount > 0
            ? `导入数据有 ${summary.errorCount} 处错误，请修正后重新上传`
            : '当前状态下不能提交';
  return new DomainError('STATE_CONFLICT', undefined, message);
}

export async function commit(db: Db, log: JobLogger, ctx: RequestContext, jobId: string): Promise<JobView> {
  const job = await importJob(db, ctx, jobId);
  const preview = job.summary as ImportSummary | null;
  const upload = await repo.findUpload(db, jobId);
  if (!preview || !upload) throw refusal(job);
  // The claim itself re-checks the state, so two clicks on 提交 cannot both start a commit.
  const condition = sql`${backgroundJobs.summary}->>'stage' = 'validated' and (${backgroundJobs.summary}->>'errorCount')::int = 0`;
  const started = await rerunJob(db, log, jobId, ownerOf(ctx), 'commit', condition, async (running) => ({
    summary: await commitImport(db, ctx, jobId, preview, upload, running),
  }));
  if (!started) throw refusal(await importJob(db, ctx, jobId));
  return started;
}
