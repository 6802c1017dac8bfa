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
    close: () => client.close(),
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
