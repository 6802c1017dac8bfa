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
   * at once when several instances start together on an empty database.
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
      exclusive: (work) => withSessionLock(primary.pool, work),
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
 * A session-level advisory lock on a connection of its own, held for the whole of `work` while `work` itself uses
 * other connections of the pool (the migrator opens its own transaction). Another instance waits at the lock.
 */
async function withSessionLock<T>(pool: pg.Pool, work: () => Promise<T>): Promise<T> {
  const holder = await pool.connect();
  try {
    await holder.query('select pg_advisory_lock($1)', [START_UP_LOCK]);
    try {
      return await work();
    } finally {
      await holder.query('select pg_advisory_unlock($1)', [START_UP_LOCK]);
    }
  } finally {
    holder.release();
  }
}

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
