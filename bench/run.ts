// `npm run bench`: seeds a throwaway PostgreSQL database with the demo county at scale, runs each benchmark against
// the product as `npm start` runs it, and prints every figure as a ratio to a baseline measured in the same run.
// Options: --cadres N (default 100000; also the import's row count), --only search,import,export,ballots,grading. PostgreSQL: BENCH_DATABASE_URL, else
// TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBallots } from './ballots.bench';
import { benchExport } from './export.bench';
import { benchGrading } from './grading.bench';
import { benchImport } from './import.bench';
import { seedDemo } from './lib/instance';
import { createThrowawayDatabase } from './lib/postgres';
import { writeResults } from './lib/report';
import { benchSearch } from './search.bench';

const BENCHES = ['search', 'import', 'export', 'ballots', 'grading'] as const;
/** The demo seed's default size (`dandang seed --demo`). */
const DEFAULT_DEMO_CADRES = 1500;
type BenchName = (typeof BENCHES)[number];

const { values } = parseArgs({ options: { cadres: { type: 'string', default: '100000' }, only: { type: 'string' } } });
const cadres = Number(values.cadres);
const only = new Set((values.only?.split(',') ?? BENCHES) as BenchName[]);

/**
 * A ballot rates every participant of one unit, so the ballot benchmark runs in the demo county at its default size
 * (a bureau of a few dozen people), not at the scale the other benchmarks need.
 */
async function inSmallCounty<T>(run: (options: { databaseUrl: string; dataDir: string }) => Promise<T>): Promise<T> {
  const small = await createThrowawayDatabase();
  const smallDir = mkdtempSync(join(tmpdir(), 'dandang-bench-small-'));
  try {
    seedDemo({ databaseUrl: small.url, dataDir: smallDir }, DEFAULT_DEMO_CADRES);
    return await run({ databaseUrl: small.url, dataDir: smallDir });
  } finally {
    await small.drop();
    rmSync(smallDir, { recursive: true, force: true });
  }
}

const database = await createThrowawayDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'dandang-bench-'));
const options = { databaseUrl: database.url, dataDir };
const figures: Record<string, unknown> = { cadres };
try {
  if (['search', 'import', 'export'].some((name) => only.has(name as BenchName))) {
    console.log(`seeding ${cadres} cadres…`);
    figures.seedSeconds = Math.round(seedDemo(options, cadres) * 10) / 10;
  }
  if (only.has('search')) {
    const search = await benchSearch(options, join(dataDir, 'statements.jsonl'));
    figures.search = search;
    console.log(`search  ${search.path}`);
    console.log(`  app      p50 ${search.app.p50} ms  p99 ${search.app.p99} ms  ${search.app.perSecond}/s (${search.app.clients} clients)`);
    console.log(`  bare pg  p50 ${search.barePg.p50} ms  p99 ${search.barePg.p99} ms  (${search.statements} statements per request)`);
    console.log(`  ratio    p99 app / bare pg = ${search.p99Ratio}× (goal ≤ 2×, and app p99 < 100 ms)`);
  }
  if (only.has('import')) {
    const imported = await benchImport(options, cadres);
    figures.import = imported;
    console.log(
      `import  ${imported.rows} rows (${imported.fileMiB} MiB): ${imported.endToEndSeconds} s end to end = ${imported.rowsPerSecond} rows/s (goal ≥ 5000)`,
    );
    console.log(`  validate ${imported.validateSeconds} s, commit ${imported.commitSeconds} s; parse alone ${imported.parseOnlySeconds} s`);
    console.log(`  ratio    end to end / parse alone = ${imported.ratioToParse}×; peak RSS ${imported.peakRssMiB} MiB (goal ≤ 500 MiB)`);
  }
  if (only.has('export')) {
    const exported = await benchExport(options);
    figures.export = exported;
    console.log(`export  ${exported.rows} rows in ${exported.seconds} s (${exported.rowsPerSecond} rows/s, ${exported.fileMiB} MiB)`);
    console.log(`  peak RSS ${exported.peakRssMiB} MiB (idle before: ${exported.idleRssMiB} MiB; goal ≤ 300 MiB)`);
  }
  if (only.has('ballots')) {
    const ballots = await inSmallCounty((county) => benchBallots(county, join(dataDir, 'ballot-statements.jsonl')));
    figures.ballots = ballots;
    console.log(`ballots ${ballots.app.requests} cast by ${ballots.app.clients} clients, ${ballots.subjects} subjects each`);
    console.log(`  app      ${ballots.app.perSecond} ballots/s (goal ≥ 500), p99 ${ballots.app.p99} ms`);
    console.log(`  bare pg  ${ballots.barePg.perSecond} ballots/s with the same statement`);
    console.log(`  ratio    app / bare pg = ${ballots.throughputRatio}×; lost ${ballots.lost}, counted twice ${ballots.doubled} (goal 0 and 0)`);
  }
  if (only.has('grading')) {
    // Its own 2,000 units and 100,000 cadres, written beside the demo county at its default size.
    const grading = await inSmallCounty((county) => benchGrading(county));
    figures.grading = grading;
    console.log(
      `grading ${grading.cadres} cadres in ${grading.units} units (opening the cycle took ${grading.openSeconds} s, scoring them all ${grading.scoreSeconds} s)`,
    );
    console.log(`  app      进入定等 ${grading.gradeSeconds} s (goal < 10 s): scores, pools, quotas, measures, proposals`);
    console.log(`  bare pg  ${grading.bareRankSeconds} s for one window-function ranking of the same rows`);
    console.log(
      `  ratio    app / bare pg = ${grading.ratio}× (goal ≤ 3×); ${grading.excellent} 优秀, ${grading.excellentWarned} of them under 党内警告, ${grading.quotaBreaches} pools over quota (goal 0 and 0)`,
    );
  }
  console.log(`figures written to ${writeResults(figures)}`);
} finally {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
