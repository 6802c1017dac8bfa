import PgBoss from 'pg-boss';
import type { Database } from '../db/client';

/**
 * Scheduled work on pg-boss (DESIGN.md §3 jobs): its queue lives in the application's own database (schema `pgboss`),
 * so there is no other server to run. A cron schedule is turned into one job per tick for all instances together
 * (pg-boss debounces the tick in the database), and a job is fetched by one worker only (SKIP LOCKED): however many
 * instances run, a scheduled job runs once. Queues are `stately`: at most one run waiting and one running.
 */

export interface RecurringJob {
  /** The queue's name: letters, digits, hyphens. */
  name: string;
  /** A cron expression in China's time zone. */
  cron: string;
  run(): Promise<unknown>;
}

export interface SchedulerLog {
  info(object: unknown, message?: string): void;
  error(object: unknown, message?: string): void;
}

export interface Scheduler {
  /** Asks for a run of the job as soon as a worker is free; false when one is already waiting. */
  runSoon(name: string): Promise<boolean>;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** How often an idle worker looks for work (pg-boss's default is 2 s). */
  pollingIntervalSeconds?: number;
  /**
   * How often an instance checks whether a cron tick is due (pg-boss's default is 30 s; the first check comes right
   * at start, before the schedules are written, so the first tick can wait that long). One instance per interval
   * checks, and a tick is sent once per minute, so a shorter interval never runs a job twice.
   */
  cronMonitorIntervalSeconds?: number;
}

/**
 * pg-boss speaks to the database through this: a PostgreSQL pool as it is; PGlite runs a statement with parameters
 * as a prepared query and pg-boss's multi-statement scripts (its own migrations) with exec.
 */
function bossDatabase(database: Database): PgBoss.Db {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'postgresql') {
    const pool = client as { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
    return { executeSql: (text, values) => pool.query(text, values) };
  }
  const lite = client as {
    query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
    exec(text: string): Promise<Array<{ rows: unknown[] }>>;
  };
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return lite.query(text, values);
      const results = await lite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export async function startScheduler(database: Database, jobs: readonly RecurringJob[], log: SchedulerLog, options: SchedulerOptions = {}): Promise<Scheduler> {
  const boss = new PgBoss({
    db: bossDatabase(database),
    schema: 'pgboss',
    migrate: true,
    schedule: true,
    supervise: true,
    ...(options.cronMonitorIntervalSeconds ? { cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds } : {}),
  });
  boss.on('error', (err) => log.error({ err }, 'scheduler error'));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 3, retryDelay: 60 });
    await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Shanghai' });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async () => {
      try {
        const result = await job.run();
        log.info({ job: job.name, result }, 'scheduled job done');
      } catch (err) {
        log.error({ err, job: job.name }, 'scheduled job failed');
        throw err;
      }
    });
  }
  return {
    async runSoon(name) {
      return (await boss.send(name, {})) !== null;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
