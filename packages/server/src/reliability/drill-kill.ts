import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, queryRows, sql } from '../platform/db/client';
import { type DrillTarget, pgliteDir } from './drill-target';
import type { ServerProcess } from './server-process';

/*
 * A kill that lands inside a transaction, not before or after it. On PostgreSQL the test watches the server's
 * transaction from another connection: an INSERT into the table, running after earlier statements of its transaction.
 * PGlite is inside the server process and cannot be watched from outside; its files can: while the transaction writes
 * rows, the tables' files and the write-ahead log in the data directory grow, before the commit.
 */

const POLL_MS = 20;
/** Work that ends without the probe seeing it write fails the drill well within the test's own timeout. */
const GIVE_UP_MS = 120_000;
/** Growth of the data directory since the work was asked for, beyond the job's own bookkeeping: rows are being written. */
const WRITING_BYTES = 2 * 2 ** 20;

/** Another connection is running an INSERT into `table` inside a transaction: rows are being written, none committed. */
async function inserting(database: Database, table: string): Promise<boolean> {
  const [row] = await queryRows<{ busy: boolean }>(
    database.db,
    sql`select exists (select 1 from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database()
          and state = 'active' and xact_start < query_start and query ~* ${`^\\s*insert into "?${table}"?\\s`}) as busy`,
  );
  return row?.busy === true;
}

/** Bytes in the files under `dir`. */
function bytesUnder(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    return stat?.isFile() ? sum + stat.size : sum;
  }, 0);
}

async function pollUntil(probe: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const until = Date.now() + GIVE_UP_MS;
  while (!(await probe())) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export interface Watch {
  /** Waits until the server's transaction is writing into `table`. */
  writing(table: string): Promise<void>;
  /** A line for the report on how far the work had gone. */
  howFar(): Promise<string>;
  close(): Promise<void>;
}

/** Starts watching before the work is asked for (PGlite: the log's size then is the baseline). */
export async function watchTarget(target: DrillTarget): Promise<Watch> {
  if (!target.databaseUrl) {
    const dir = pgliteDir(target.dataDir);
    const baseline = bytesUnder(dir);
    const written = () => bytesUnder(dir) - baseline;
    return {
      writing: () => pollUntil(() => written() >= WRITING_BYTES, 'the data directory to grow'),
      howFar: async () => `${(written() / 2 ** 20).toFixed(1)} MiB more in the data directory (tables and write-ahead log) than when the work was asked for`,
      close: async () => {},
    };
  }
  const database = await target.open();
  let watched = '';
  return {
    writing(table) {
      watched = table;
      return pollUntil(() => inserting(database, table), `a transaction inserting into ${table}`);
    },
    howFar: async () => `an INSERT into ${watched} running inside its transaction`,
    close: () => database.close(),
  };
}

/** Kills the server the moment its transaction is writing into `table`; answers how far it had gone. */
export async function killWhileWriting(server: ServerProcess, watch: Watch, table: string): Promise<string> {
  await watch.writing(table);
  await server.kill();
  return watch.howFar();
}
