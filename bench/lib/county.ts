import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type InstanceOptions, seedDemo } from './instance';
import { createThrowawayDatabase } from './postgres';

/** A demo county seeded for one benchmark: where its database and data directory are, and its size. */
export interface County extends InstanceOptions {
  cadres: number;
}

/** Runs `use` on a throwaway PostgreSQL database holding the demo county at `cadres`, then drops it. */
export async function withCounty<T>(cadres: number, use: (county: County, seedSeconds: number) => Promise<T>): Promise<T> {
  const database = await createThrowawayDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'dandang-bench-'));
  try {
    const county = { databaseUrl: database.url, dataDir, cadres };
    return await use(county, seedDemo(county, cadres));
  } finally {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs `use` on the demo county at `cadres` in the embedded engine (no DATABASE_URL: PGlite in the data directory). */
export async function withEmbeddedCounty<T>(cadres: number, use: (county: County) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dandang-bench-pglite-'));
  try {
    const county = { databaseUrl: '', dataDir, cadres };
    seedDemo(county, cadres);
    return await use(county);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
