import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../platform/db/client';
import type { DataTarget } from './server-process';

/** The PostgreSQL server the drills use (as the other tests: TEST_DATABASE_URL); without it they drill PGlite. */
export const postgresServer = process.env.TEST_DATABASE_URL;
export const engineUnderTest = postgresServer ? 'postgresql' : 'pglite';

export interface DrillTarget extends DataTarget {
  /** Opens the target from the test (PGlite: only while no server holds the data directory). */
  open(): Promise<Database>;
  /** Drops the database or removes the data directory. */
  remove(): Promise<void>;
}

export const pgliteDir = (dataDir: string) => join(dataDir, 'pglite');

async function onServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresServer });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * An empty place for one drill's data on the engine under test: a new database on the PostgreSQL server, or a new
 * PGlite data directory (the directory also holds a PostgreSQL drill's files, e.g. its workbooks and backups).
 */
export async function createTarget(engine: 'postgresql' | 'pglite' = engineUnderTest): Promise<DrillTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dandang-drill-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'pglite') {
    // Where `dandang` keeps the engine's files inside DANDANG_DATA_DIR.
    return { dataDir, open: () => openDatabase({ dataDir: pgliteDir(dataDir) }), remove: async () => removeDir() };
  }
  const name = `dd_drill_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(postgresServer as string);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    dataDir,
    databaseUrl,
    open: () => openDatabase({ databaseUrl, poolSize: 2 }),
    async remove() {
      await onServer(`drop database if exists ${name} with (force)`);
      removeDir();
    },
  };
}

/** Opens the target, answers what `read` reads from it, and closes it again (PGlite: the server must be down). */
export async function readTarget<T>(target: DrillTarget, read: (database: Database) => Promise<T>): Promise<T> {
  const database = await target.open();
  try {
    return await read(database);
  } finally {
    await database.close();
  }
}
