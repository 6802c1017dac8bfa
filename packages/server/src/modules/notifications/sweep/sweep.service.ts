import { chinaDateOf } from '@dandang/shared/dates/date';
import type { SweepResult } from '@dandang/shared/notifications/notification.schema';
import { recordAudit } from '../../../platform/audit/audit.service';
import type { Db } from '../../../platform/db/client';
import { writeMessages } from '../notify.service';
import { sweepSources } from './sweep-sources';
import { sweeperReader, systemWriter } from './sweeper-context';

/**
 * One sweep over every registered source as of `now`. Each source's messages are written in one transaction with one
 * audit entry; a message a recipient already has (same key) is skipped, so a sweep may run any number of times, on
 * any number of instances at once, and still tell each person each thing once. A failing source does not keep the
 * others from running; the sweep then fails after them, so the scheduler retries it.
 */
export async function runSweep(db: Db, now: Date): Promise<SweepResult> {
  const bySource: Record<string, number> = {};
  const failures: unknown[] = [];
  for (const source of sweepSources()) {
    try {
      const messages = (await source.find(db, sweeperReader(now, source.reads))).filter((m) => m.userIds.length > 0);
      bySource[source.code] = await db.transaction(async (tx) => {
        const written = await writeMessages(tx, messages, now);
        if (written.length > 0) {
          await recordAudit(tx, systemWriter(now), {
            action: 'notification.sweep',
            entity: 'notification',
            entityId: source.code,
            changes: { written: { before: null, after: written.length } },
          });
        }
        return written.length;
      });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `notification sweep: ${failures.length} source(s) failed`);
  return { asOf: chinaDateOf(now), created: Object.values(bySource).reduce((a, b) => a + b, 0), bySource };
}
