import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ensureBaseData } from '../bootstrap';
import { type Database, openDatabase } from '../platform/db/client';
import { migrate } from '../platform/db/migrate';

export interface TestDatabase {
  database: Database;
  /** The database's URL on a PostgreSQL server, for a second connection as another instance would open; none for PGlite. */
  url?: string;
  /** Closes the connection and drops the database this test file created. */
  cleanup(): Promise<void>;
}

/**
 * A fresh, migrated database with the base data for one test file: an in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL, created here and dropped afterwards. `empty` leaves it
 * as a first start finds it: no schema at all.
 */
export async function createTestDatabase(options: { baseData?: boolean; empty?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: Database;
  let databaseUrl: string | undefined;
  let drop = async () => {};
  if (serverUrl) {
    const name = `dd_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    database = await openDatabase({ databaseUrl, poolSize: 5 });
    drop = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    database = await openDatabase({});
  }
  if (!options.empty) {
    await migrate(database);
    if (options.baseData !== false) await ensureBaseData(database);
  }
  return {
    database,
    url: databaseUrl,
    async cleanup() {
      await database.close();
      await drop();
    },
  };
}
