import type { ImportSummary } from '@dandang/shared/cadres/cadre-import.schema';
import { recordAudit } from '../../../platform/audit/audit.service';
import type { RequestContext } from '../../../platform/context';
import type { Db } from '../../../platform/db/client';
import { DomainError } from '../../../platform/errors';
import type { JobContext } from '../../../platform/jobs/jobs.service';
import { scopeCondition, units } from '../../org';
import { cadreScope } from '../cadres.service';
import * as repo from './import.repository';

/** Rows per insert or update statement, so that the progress bar moves during a long commit. */
const SLICE = 5000;

function stale(rows: number[]): DomainError {
  const where =
    rows.length > 0 ? `第 ${rows.slice(0, 10).join('、')}${rows.length > 10 ? ' 等' : ''} 行涉及的干部、单位或字典已被修改` : '有干部在提交过程中被他人修改';
  return new DomainError('IMPORT_STALE', { rows }, `预览后数据已发生变化（${where}），本次导入未写入任何数据，请重新上传`);
}

/** A unique violation here is another write of the same ID number that won a race with this commit. */
function asStale(error: unknown): unknown {
  let e = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 5; depth++, e = e.cause as typeof e) {
    if (e.code === '23505') return new DomainError('IMPORT_STALE', undefined, '预览后有其他人登记了相同身份证号的干部，本次导入未写入任何数据，请重新上传');
  }
  return error;
}

/**
 * Writes a validated import (phase `commit`): in ONE transaction, first the checks of the preview again (the
 * registry may have changed since), then every update and insert, then one audit entry with the counts. Any
 * failure rolls all of it back; the job then fails with the reason.
 */
export async function commitImport(
  db: Db,
  ctx: RequestContext,
  jobId: string,
  preview: ImportSummary,
  upload: { fileName: string; fileDigest: string },
  job: JobContext,
): Promise<ImportSummary> {
  const total = preview.inserts + preview.updates;
  await job.progress('commit', 0, total);
  await db
    .transaction(async (tx) => {
      const changed = await repo.staleRows(tx, jobId, scopeCondition(ctx.actor, 'cadre.write', { unitId: units.id }), cadreScope(ctx, 'cadre.write'));
      if (changed.length > 0) throw stale(changed);
      const last = await repo.lastRow(tx, jobId);
      let updated = 0;
      let inserted = 0;
      for (let from = 0; from <= last; from += SLICE) {
        updated += await repo.updateStagedCadres(tx, jobId, from, from + SLICE - 1, ctx.now);
        void job.progress('commit', updated + inserted, total);
      }
      // An update that found its cadre at another version lost a race with an edit since the check above.
      if (updated !== preview.updates) throw stale([]);
      for (let from = 0; from <= last; from += SLICE) {
        inserted += await repo.insertStagedCadres(tx, jobId, from, from + SLICE - 1, ctx.now);
        void job.progress('commit', updated + inserted, total);
      }
      if (inserted !== preview.inserts) throw stale([]);
      // One entry for the whole import: the file (by name and SM3 digest) and the counts; the staged rows keep the
      // per-cadre detail while the job lives.
      await recordAudit(tx, ctx, {
        action: 'cadre.import',
        entity: 'cadre_import',
        entityId: jobId,
        changes: {
          file: { before: null, after: upload.fileName },
          fileDigest: { before: null, after: upload.fileDigest },
          inserts: { before: null, after: inserted },
          updates: { before: null, after: updated },
        },
      });
    })
    .catch((error) => {
      throw asStale(error);
    });
  await job.progress('commit', total, total);
  return { ...preview, stage: 'committed' };
}
