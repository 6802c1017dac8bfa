import { mkdirSync } from 'node:fs';
import { type SQL, sql } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { statementLog } from './statement-log';

// Both drivers produce a PgDatabase; code is written against the common type so nothing depends on PGlite.
// biome-ignore lint/suspicious/noExplicitAny: the two drivers' result kinds differ; callers never touch raw results.
export type Db = PgDatabase<PgQueryResultHKT & any>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A database or an open transaction: repositories accept either. */
export type Executor = Db | Tx;

export type EngineKind = 'pglite' | 'postgresql';

export interface Database {
  db: Db;
  /**
   * Where reporting reads go (动态监测's figures and lists): a read replica when DATABASE_READ_URL names one, else the
   * primary itself. A replica lags its primary by a moment, so nothing that reads its own writes may use it.
   */
  reader: Db;
  kind: EngineKind;
  /** Rows of a raw statement, the same shape on both engines. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /**
   * Runs `work` while no other caller, in this process or in another instance on the same database, runs its own
   * exclusive work: for start-up steps (migrations, reference data, the first administrator) that must not run twice
   * at once when several instances start together on an empty database. Exclusive work must not ask for it again.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** A read replica of `databaseUrl` for reporting reads; only with a PostgreSQL server. */
  readDatabaseUrl?: string;
  /** PGlite data directory; `undefined` with no URL means an in-memory database (tests). */
  dataDir?: string;
  poolSize?: number;
  /** A file to log every statement to (benchmarks only); see statement-log.ts. */
  statementLogFile?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  const logger = options.statementLogFile ? statementLog(options.statementLogFile) : undefined;
  if (options.databaseUrl) {
    const primary = openPool(options.databaseUrl, options.poolSize, logger);
    const replica = options.readDatabaseUrl ? openPool(options.readDatabaseUrl, options.poolSize, logger) : undefined;
    return {
      db: primary.db,
      reader: replica?.db ?? primary.db,
      kind: 'postgresql',
      rows: async <T>(query: SQL) => (await primary.db.execute(query)).rows as T[],
      exclusive: sessionLock(options.databaseUrl),
      close: async () => {
        await Promise.all([primary.pool.end(), replica?.pool.end()]);
      },
    };
  }
  if (options.readDatabaseUrl) throw new Error('DATABASE_READ_URL 只能与 DATABASE_URL 一同使用：内嵌数据库没有只读副本');
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Loaded only for the embedded engine: PGlite's module alone holds some 40 MB a PostgreSQL deployment never uses.
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([import('@electric-sql/pglite'), import('drizzle-orm/pglite')]);
  const client = new PGlite(options.dataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  return {
    db,
    reader: db,
    kind: 'pglite',
    rows: async <T>(query: SQL) => (await db.execute(query)).rows as T[],
    // One process owns a PGlite data directory, so an in-process queue is all the exclusion there is to have.
    exclusive: inProcessQueue(),
    close: () => client.close(),
  };
}

/** Any fixed number unique among the product's advisory locks; these are the bytes of 'boot'. */
const START_UP_LOCK = 0x626f6f74;

/**
 * A session-level advisory lock held for the whole of `work` on a connection of its own, outside the pool: `work`
 * uses the pool as usual (the migrator opens its own transaction) and a waiter never holds a pool connection. Another
 * instance waits at the lock. Ending the connection ends the lock, also when the work failed.
 */
function sessionLock(connectionString: string): Database['exclusive'] {
  const locked = async <T>(work: () => Promise<T>): Promise<T> => {
    const holder = new pg.Client({ connectionString });
    let lost: Error | undefined;
    // A connection that dies while the work runs has given up the lock: the work may have overlapped another
    // instance's, so it is reported as failed rather than the error ending the process.
    holder.on('error', (err) => {
      lost = err;
    });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [START_UP_LOCK]);
      const result = await work();
      if (lost) throw new Error(`启动准备期间数据库锁连接中断：${lost.message}`);
      return result;
    } finally {
      await holder.end().catch(() => undefined);
    }
  };
  // Callers in one process queue first, so a process holds at most one such connection at a time.
  const queued = inProcessQueue();
  return (work) => queued(() => locked(work));
}

/** Runs one piece of work at a time, in the order asked. Not re-entrant: work must not ask for the queue itself. */
function inProcessQueue(): Database['exclusive'] {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(work);
    // The next caller waits for this one to settle, whether it succeeded or not.
    tail = run.catch(() => undefined);
    return run;
  };
}

function openPool(connectionString: string, max = 10, logger?: Logger) {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection the server ends (a restart, an administrator's kill, a dropped test database) is reported
  // on the pool; unheard, that event would end the process. The pool replaces the connection on the next query.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL closed an idle connection: ${err.message}`));
  return { pool, db: drizzleNodePg(pool, { logger }) as unknown as Db };
}

/** Rows of a raw statement run on a database or inside a transaction. */
export async function queryRows<T = Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
