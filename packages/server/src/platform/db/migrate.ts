import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { type Database, type Executor, queryRows, sql } from './client';

const migrationsFolder = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Applies every committed migration that the database has not seen; both engines use the same SQL files. */
export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate: migratePglite } = await import('drizzle-orm/pglite/migrator');
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migrateNodePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}

interface JournalEntry {
  tag: string;
  when: number;
}

/** The tag of the newest migration applied, as shown by `/api/health`. */
export async function currentMigration(db: Executor): Promise<string> {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as {
    entries: JournalEntry[];
  };
  const rows = await queryRows<{ created_at: string | number }>(db, sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`);
  const last = rows[0];
  if (!last) return 'none';
  const entry = journal.entries.find((e) => e.when === Number(last.created_at));
  return entry?.tag ?? String(last.created_at);
}
