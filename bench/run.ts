// `npm run bench`: seeds a throwaway PostgreSQL database with the demo county at scale, runs each benchmark against
// the product as `npm start` runs it, and prints every figure as a ratio to a baseline measured in the same run.
// Options: --cadres N (default 100000), --only search,import,export. PostgreSQL: BENCH_DATABASE_URL, else
// TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seedDemo } from './lib/instance';
import { createThrowawayDatabase } from './lib/postgres';
import { writeResults } from './lib/report';
import { benchSearch } from './search.bench';

const BENCHES = ['search'] as const;
type BenchName = (typeof BENCHES)[number];

const { values } = parseArgs({ options: { cadres: { type: 'string', default: '100000' }, only: { type: 'string' } } });
const cadres = Number(values.cadres);
const only = new Set((values.only?.split(',') ?? BENCHES) as BenchName[]);

const database = await createThrowawayDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'dandang-bench-'));
const options = { databaseUrl: database.url, dataDir };
const figures: Record<string, unknown> = { cadres };
try {
  console.log(`seeding ${cadres} cadres…`);
  figures.seedSeconds = Math.round(seedDemo(options, cadres) * 10) / 10;
  if (only.has('search')) {
    const search = await benchSearch(options, join(dataDir, 'statements.jsonl'));
    figures.search = search;
    console.log(`search  ${search.path}`);
    console.log(`  app      p50 ${search.app.p50} ms  p99 ${search.app.p99} ms  ${search.app.perSecond}/s (${search.app.clients} clients)`);
    console.log(`  bare pg  p50 ${search.barePg.p50} ms  p99 ${search.barePg.p99} ms  (${search.statements} statements per request)`);
    console.log(`  ratio    p99 app / bare pg = ${search.p99Ratio}× (goal ≤ 2×, and app p99 < 100 ms)`);
  }
  console.log(`figures written to ${writeResults(figures)}`);
} finally {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
