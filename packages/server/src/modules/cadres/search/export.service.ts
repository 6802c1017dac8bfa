import type { Readable } from 'node:stream';
import type { CadreFilter } from '@dandang/shared/cadres/cadre-search.schema';
import type { JobView } from '@dandang/shared/jobs/job.schema';
import { recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { FieldCipher } from '../../../platform/crypto/sm';
import type { Db } from '../../../platform/db/client';
import { DomainError } from '../../../platform/errors';
import { type ExcelColumn, streamWorkbook } from '../../../platform/excel/export';
import { type JobLogger, startJob } from '../../../platform/jobs/jobs.service';
import { dictionaryLabels } from '../../dictionaries';
import type { CadreListRow } from '../cadres.repository';
import { cadreScope } from '../cadres.service';
import { cadreBatches, countCadres } from './search.repository';
import { searchFacts } from './search.service';

/*
 * Roster export (干部名册导出) of any filtered list, streamed: rows are read by keyset in batches and written to the
 * workbook as they come, so memory stays flat for 100,000 rows. A short list downloads at once; a long one runs as a
 * background job with progress, its file kept with the job.
 */

/** Above this many rows the export runs in the background. */
export const DIRECT_EXPORT_MAX = 2000;
/** Rows read and written per step: small, so a step's rows and their cells stay a small part of the memory. */
const BATCH = 250;
export const EXPORT_JOB_KIND = 'cadre-export';
export const ROSTER_FILE = '干部名册.xlsx';

const DICTIONARIES = ['gender', 'ethnicity', 'education', 'political_status', 'rank_level'] as const;
type Labels = Record<(typeof DICTIONARIES)[number], Map<string, string>>;

async function loadLabels(db: Db): Promise<Labels> {
  const maps = await Promise.all(DICTIONARIES.map((code) => dictionaryLabels(db, code)));
  return Object.fromEntries(DICTIONARIES.map((code, i) => [code, maps[i]])) as Labels;
}

function rosterColumns(labels: Labels): ExcelColumn<CadreListRow>[] {
  const label = (dictionary: keyof Labels, value: string) => (value ? (labels[dictionary].get(value) ?? value) : '');
  return [
    { header: '姓名', width: 12, value: (c) => c.name },
    { header: '性别', width: 6, value: (c) => label('gender', c.gender) },
    { header: '民族', width: 8, value: (c) => label('ethnicity', c.ethnicity) },
    { header: '出生日期', width: 12, value: (c) => c.birthDate },
    { header: '籍贯', width: 12, value: (c) => c.nativePlace },
    { header: '政治面貌', width: 12, value: (c) => label('political_status', c.politicalStatus) },
    { header: '入党时间', width: 12, value: (c) => c.partyJoinedOn },
    { header: '参加工作时间', width: 14, value: (c) => c.workStartedOn },
    { header: '全日制学历', width: 12, value: (c) => label('education', c.education) },
    { header: '所在单位', width: 24, value: (c) => c.unitName },
    { header: '现任职务', width: 24, value: (c) => c.post },
    { header: '职务职级', width: 16, value: (c) => label('rank_level', c.rank) },
    { header: '任现职级时间', width: 14, value: (c) => c.rankSince },
    { header: '领域', width: 16, value: (c) => c.fieldTags.join('、') },
    { header: '专业', width: 16, value: (c) => c.specialtyTags.join('、') },
    { header: '层次', width: 8, value: (c) => c.levelTag },
    // Masked as on screen: the full number has its own audited endpoint.
    { header: '身份证号', width: 20, value: (c) => c.idNumberMasked ?? '' },
    { header: '联系电话', width: 14, value: (c) => c.phone },
  ];
}

/** The export is a read of many people's records: it is logged with its filter and row count. */
async function auditExport(db: Db, ctx: RequestContext, filter: CadreFilter, rows: number, mode: 'direct' | 'job') {
  await db.transaction((tx) =>
    recordAudit(tx, ctx, {
      action: 'cadre.export',
      entity: 'cadre',
      changes: { filter: { before: null, after: filter }, rows: { before: null, after: rows }, mode: { before: null, after: mode } },
    }),
  );
}

/** The scope, facts, columns and the rows to write, counted up to `countLimit` when given. */
async function prepare(db: Db, cipher: FieldCipher, ctx: RequestContext, filter: CadreFilter, countLimit?: number) {
  const scope = cadreScope(ctx, 'cadre.read');
  const facts = searchFacts(cipher, ctx, filter);
  const [total, labels] = await Promise.all([countCadres(db, scope, filter, facts, countLimit), loadLabels(db)]);
  return { scope, facts, total, columns: rosterColumns(labels) };
}

/** A list of at most DIRECT_EXPORT_MAX rows, streamed in the response. */
export async function exportDirect(db: Db, cipher: FieldCipher, ctx: RequestContext, filter: CadreFilter): Promise<Readable> {
  // Counting stops one past the limit: how far past does not matter here.
  const { scope, facts, total, columns } = await prepare(db, cipher, ctx, filter, DIRECT_EXPORT_MAX + 1);
  if (total > DIRECT_EXPORT_MAX) {
    throw new DomainError('STATE_CONFLICT', { limit: DIRECT_EXPORT_MAX }, `超过 ${DIRECT_EXPORT_MAX} 条，请使用后台导出`);
  }
  await auditExport(db, ctx, filter, total, 'direct');
  return streamWorkbook('干部名册', columns, cadreBatches(db, scope, filter, facts, BATCH));
}

/** Any list, in the background: the job reports rows written of the total and keeps the workbook. */
export async function startExportJob(db: Db, cipher: FieldCipher, ctx: RequestContext, log: JobLogger, filter: CadreFilter): Promise<JobView> {
  if (!ctx.actor) throw new DomainError('AUTH_REQUIRED');
  const { scope, facts, total, columns } = await prepare(db, cipher, ctx, filter);
  await auditExport(db, ctx, filter, total, 'job');
  return startJob(db, log, { kind: EXPORT_JOB_KIND, ownerId: ctx.actor.userId, phase: 'write' }, async (job) => {
    await job.progress('write', 0, total);
    let done = 0;
    async function* counted() {
      for await (const batch of cadreBatches(db, scope, filter, facts, BATCH)) {
        yield batch;
        done += batch.length;
        await job.progress('write', done, total);
      }
    }
    // Stored as it is written: the workbook never sits whole in memory.
    await job.saveFile(ROSTER_FILE, streamWorkbook('干部名册', columns, counted()));
    // A new phase is written at once (progress within a phase is throttled), so the final count is always on record.
    await job.progress('store', done, total);
    return { summary: { rows: done } };
  });
}
