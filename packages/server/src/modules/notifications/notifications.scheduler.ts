import type { SweepResult } from '@dandang/shared/notifications/notification.schema';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/client';
import { type Scheduler, startScheduler } from '../../platform/jobs/boss';
import { runSweep } from './sweep/sweep.service';

export const SWEEP_QUEUE = 'notifications-sweep';
/** Half-hourly: a limit is a day, so a reminder comes early in the day it is due; assignments are told at once anyway. */
export const DEFAULT_SWEEP_CRON = '*/30 * * * *';

export interface SweepOptions {
  /** The sweep's cron (China's time); tests pass a faster one. */
  cron?: string;
  pollingIntervalSeconds?: number;
  cronMonitorIntervalSeconds?: number;
}

/** What the routes may ask of the sweep: one run now, through the scheduler when it runs, inline when it does not. */
export interface Sweeper {
  request(): Promise<{ queued: boolean; result: SweepResult | null }>;
}

/**
 * The due-item sweep on pg-boss, started when the app starts listening and stopped when it closes: an app that only
 * answers injected requests (the tests, the CLI) runs no timers. A scheduler that cannot start is logged, not fatal:
 * the API keeps serving and the inbox still gets its event messages.
 */
export function registerSweep(app: FastifyInstance, database: Database, now: () => Date, options: SweepOptions = {}): Sweeper {
  let scheduler: Scheduler | null = null;
  app.addHook('onListen', async () => {
    try {
      scheduler = await startScheduler(
        database,
        [{ name: SWEEP_QUEUE, cron: options.cron ?? DEFAULT_SWEEP_CRON, run: () => runSweep(database.db, now()) }],
        app.log,
        { pollingIntervalSeconds: options.pollingIntervalSeconds, cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds },
      );
    } catch (err) {
      app.log.error({ err }, 'the notification sweep could not be scheduled');
    }
  });
  app.addHook('onClose', async () => {
    await scheduler?.stop();
    scheduler = null;
  });
  return {
    async request() {
      if (scheduler) return { queued: await scheduler.runSoon(SWEEP_QUEUE), result: null };
      return { queued: false, result: await runSweep(database.db, now()) };
    },
  };
}
