import { resolve } from 'node:path';

/** Everything the process reads from its environment, read in one place so tests can pass their own. */
export interface AppConfig {
  port: number;
  host: string;
  /** A PostgreSQL server; when absent the embedded PGlite engine keeps its data in `dataDir`. */
  databaseUrl: string | undefined;
  /** A read replica of that server for reporting reads (动态监测); the primary serves them when absent. */
  readDatabaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  /** Hex key for SM4 field encryption, or a file holding it; generated into the data dir when absent. */
  fieldKey: string | undefined;
  fieldKeyFile: string | undefined;
  webDist: string;
  logLevel: string;
  /** Login attempts allowed per IP per minute before HTTP 429. */
  loginRateLimit: number;
  /** Ballot pages opened and ballots cast per IP per minute (a meeting room shares one address; a forger does too). */
  ballotRateLimit: number;
  /** Benchmarks only: a file every SQL statement is logged to. */
  statementLogFile: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    readDatabaseUrl: env.DATABASE_READ_URL || undefined,
    dataDir: resolve(env.DANDANG_DATA_DIR ?? 'data'),
    adminPassword: env.DANDANG_ADMIN_PASSWORD || undefined,
    fieldKey: env.DANDANG_FIELD_KEY || undefined,
    fieldKeyFile: env.DANDANG_FIELD_KEY_FILE || undefined,
    webDist: resolve(env.DANDANG_WEB_DIST ?? new URL('../../../web/dist', import.meta.url).pathname),
    logLevel: env.LOG_LEVEL ?? 'info',
    loginRateLimit: Number(env.DANDANG_LOGIN_RATE_LIMIT ?? 30),
    ballotRateLimit: Number(env.DANDANG_BALLOT_RATE_LIMIT ?? 600),
    statementLogFile: env.DANDANG_SQL_LOG || undefined,
  };
}
