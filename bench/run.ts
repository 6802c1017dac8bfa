// `npm run bench`: seeds throwaway PostgreSQL databases with the demo county at scale, runs each benchmark against
// the product as `npm start` runs it, prints every figure beside a baseline measured in the same run, and writes the
// flat summary (bench/results/summary.json) and the detailed figures (bench/results/<time>-<commit>.json).
// Options: --quick (CI's smoke run: small sizes, summary.quick.json, non-zero exit if a benchmark breaks);
// --cadres N (one search size, also the import's rows); --only search,import,export,dashboard,ballots,grading,pglite.
// PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBallots } from './ballots.bench';
import { benchDashboard } from './dashboard.bench';
import { benchExport } from './export.bench';
import { benchGrading } from './grading.bench';
import { benchImport } from './import.bench';
import { type County, withCounty, withEmbeddedCounty } from './lib/county';
import { describeMachine } from './lib/machine';
import { writeDashboardRecords } from './lib/records';
import { writeResults } from './lib/report';
import { FULL, QUICK, type Scale, sizeLabel } from './lib/scale';
import { type Figures, round, writeSummary } from './lib/summary';
import { benchPglite } from './pglite.bench';
import { benchSearch } from './search.bench';

const BENCHES = ['search', 'import', 'export', 'dashboard', 'ballots', 'grading', 'pglite'] as const;
type BenchName = (typeof BENCHES)[number];
/** The demo seed's default size (`dandang seed --demo`): a ballot rates one unit's people, so it needs no more. */
const DEFAULT_DEMO_CADRES = 1500;

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, cadres: { type: 'string' }, only: { type: 'string' } } });
const base: Scale = values.quick ? QUICK : FULL;
const scale: Scale = values.cadres ? { ...base, searchCadres: [Number(values.cadres)], importRows: Number(values.cadres) } : base;
const only = new Set((values.only?.split(',') ?? BENCHES) as BenchName[]);

const summary: Figures = {};
const details: Record<string, unknown> = { scale };
const failed: string[] = [];

/** Runs one benchmark; a failure is reported and the run goes on to the next, then ends non-zero. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    failed.push(name);
    console.error(`${name} FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}

async function searchAt(county: County, label: string, largest: boolean): Promise<void> {
  const search = await benchSearch(county, join(county.dataDir, 'statements.jsonl'), scale.searchPerClient);
  details[`search_${label}`] = search;
  console.log(`search  ${label} cadres: ${search.path}`);
  console.log(`  app      p50 ${search.app.p50} ms  p99 ${search.app.p99} ms  ${search.app.perSecond}/s (${search.app.clients} clients)`);
  console.log(`  bare pg  p50 ${search.barePg.p50} ms  p99 ${search.barePg.p99} ms  (${search.statements} statements per request)`);
  console.log(`  ratio    p99 app / bare pg = ${search.p99Ratio}× (goal ≤ 2×, and app p99 < 100 ms)`);
  const named: Figures = { cadre_search_p99_ms: search.app.p99, cadre_search_raw_sql_p99_ms: search.barePg.p99, cadre_search_vs_raw_sql: search.p99Ratio };
  for (const [name, value] of Object.entries(named)) {
    summary[`${name}_${label}`] = value;
    if (largest) summary[name] = value;
  }
}

async function importInto(county: County): Promise<void> {
  const imported = await benchImport(county, scale.importRows);
  details.import = imported;
  console.log(
    `import  ${imported.rows} rows (${imported.fileMiB} MiB): ${imported.endToEndSeconds} s end to end = ${imported.rowsPerSecond} rows/s (goal ≥ 5000)`,
  );
  console.log(`  validate ${imported.validateSeconds} s, commit ${imported.commitSeconds} s; parse alone ${imported.parseOnlySeconds} s`);
  console.log(`  ratio    end to end / parse alone = ${imported.ratioToParse}×; peak RSS ${imported.peakRssMiB} MiB (goal ≤ 500 MiB)`);
  Object.assign(summary, {
    import_rows: imported.rows,
    import_rows_per_s: imported.rowsPerSecond,
    import_vs_parse: imported.ratioToParse,
    import_peak_rss_mb: imported.peakRssMiB,
  });
}

async function exportFrom(county: County): Promise<void> {
  const exported = await benchExport(county);
  details.export = exported;
  console.log(`export  ${exported.rows} rows in ${exported.seconds} s (${exported.rowsPerSecond} rows/s, ${exported.fileMiB} MiB)`);
  console.log(`  peak RSS ${exported.peakRssMiB} MiB (idle before: ${exported.idleRssMiB} MiB; goal ≤ 300 MiB)`);
  Object.assign(summary, { export_rows: exported.rows, export_rows_per_s: exported.rowsPerSecond, export_peak_rss_mb: exported.peakRssMiB });
}

async function dashboardOver(county: County): Promise<void> {
  console.log(`writing ${scale.dashboardRecords} measures and cases…`);
  const fillSeconds = await writeDashboardRecords(county.databaseUrl, scale.dashboardRecords);
  const dashboard = await benchDashboard(county, join(county.dataDir, 'dashboard-statements.jsonl'), scale.dashboardRequests);
  details.dashboard = { fillSeconds, ...dashboard };
  console.log(`dashboard ${county.cadres} cadres, ${scale.dashboardRecords} records written in ${round(fillSeconds, 1)} s`);
  console.log(`  app      p50 ${dashboard.app.p50} ms  p99 ${dashboard.app.p99} ms over ${dashboard.app.requests} requests`);
  console.log(`  bare pg  p50 ${dashboard.barePg.p50} ms  (${dashboard.statements} statements at once)`);
  console.log(`  ratio    p50 app / bare pg = ${dashboard.p50Ratio}×`);
  Object.assign(summary, {
    dashboard_cadres: county.cadres,
    dashboard_records: scale.dashboardRecords,
    dashboard_records_write_s: round(fillSeconds, 1),
    dashboard_p50_ms: dashboard.app.p50,
    dashboard_raw_sql_p50_ms: dashboard.barePg.p50,
    dashboard_vs_sql: dashboard.p50Ratio,
  });
}

/** One database per search size; the smallest also takes the import and export, the largest the dashboard. */
async function postgresCounties(): Promise<void> {
  const sizes = [...scale.searchCadres].sort((a, b) => a - b);
  for (const [i, cadres] of sizes.entries()) {
    const [smallest, largest] = [i === 0, i === sizes.length - 1];
    const label = sizeLabel(cadres);
    const wanted = only.has('search') || (smallest && (only.has('import') || only.has('export'))) || (largest && only.has('dashboard'));
    if (!wanted) continue;
    await step(`county ${label}`, () =>
      withCounty(cadres, async (county, seedSeconds) => {
        console.log(`seeded ${label} cadres in ${round(seedSeconds, 1)} s`);
        summary[`seed_s_${label}`] = round(seedSeconds, 1);
        if (only.has('search')) await step(`search ${label}`, () => searchAt(county, label, largest));
        if (smallest && only.has('import')) await step('import', () => importInto(county));
        if (smallest && only.has('export')) await step('export', () => exportFrom(county));
        if (largest && only.has('dashboard')) await step('dashboard', () => dashboardOver(county));
      }),
    );
  }
}

async function ballots(): Promise<void> {
  const figures = await withCounty(DEFAULT_DEMO_CADRES, (county) =>
    benchBallots(county, join(county.dataDir, 'ballot-statements.jsonl'), scale.ballotsPerClient),
  );
  details.ballots = figures;
  console.log(`ballots ${figures.app.requests} cast by ${figures.app.clients} clients, ${figures.subjects} subjects each`);
  console.log(`  app      ${figures.app.perSecond} ballots/s (goal ≥ 500), p99 ${figures.app.p99} ms`);
  console.log(`  bare pg  ${figures.barePg.perSecond} ballots/s with the same statement`);
  console.log(`  ratio    app / bare pg = ${figures.throughputRatio}×; lost ${figures.lost}, counted twice ${figures.doubled} (goal 0 and 0)`);
  if (figures.lost !== 0 || figures.doubled !== 0) throw new Error(`ballots lost ${figures.lost}, counted twice ${figures.doubled}`);
  Object.assign(summary, { ballots_per_s: figures.app.perSecond, ballots_raw_sql_per_s: figures.barePg.perSecond, ballots_vs_sql: figures.throughputRatio });
}

async function grading(): Promise<void> {
  // Its own units and cadres, written beside the demo county at its default size.
  const figures = await withCounty(DEFAULT_DEMO_CADRES, (county) => benchGrading(county, scale.gradingUnits));
  details.grading = figures;
  console.log(
    `grading ${figures.cadres} cadres in ${figures.units} units (opening the cycle took ${figures.openSeconds} s, scoring them all ${figures.scoreSeconds} s)`,
  );
  console.log(`  app      进入定等 ${figures.gradeSeconds} s (goal < 10 s): scores, pools, quotas, measures, proposals`);
  console.log(`  bare pg  ${figures.bareRankSeconds} s for one window-function ranking of the same rows`);
  console.log(
    `  ratio    app / bare pg = ${figures.ratio}× (goal ≤ 3×); ${figures.excellent} 优秀, ${figures.excellentWarned} of them under 党内警告, ${figures.quotaBreaches} pools over quota (goal 0 and 0)`,
  );
  if (figures.excellentWarned !== 0 || figures.quotaBreaches !== 0) throw new Error('grading broke a quota or graded a warned cadre 优秀');
  Object.assign(summary, {
    grading_cadres: figures.cadres,
    grading_100k_s: figures.gradeSeconds,
    grading_raw_sql_s: figures.bareRankSeconds,
    grading_vs_sql: figures.ratio,
  });
}

async function pglite(): Promise<void> {
  const figures = await withEmbeddedCounty(scale.pgliteCadres, (county) =>
    benchPglite(county, join(county.dataDir, 'pglite-statements.jsonl'), scale.pglitePerPage),
  );
  details.pglite = figures;
  console.log(`pglite  ${scale.pgliteCadres} cadres, ${figures.pages} list pages (${figures.statements} statements in all)`);
  console.log(`  app      p50 ${figures.app.p50} ms  p99 ${figures.app.p99} ms over ${figures.app.requests} requests (${figures.app.clients} clients)`);
  console.log(`  direct   p50 ${figures.direct.p50} ms  p99 ${figures.direct.p99} ms (the same statements on PGlite itself)`);
  console.log(`  ratio    p99 app / direct = ${figures.p99Ratio}×`);
  Object.assign(summary, {
    pglite_cadres: scale.pgliteCadres,
    pglite_page_p99_ms: figures.app.p99,
    pglite_direct_p99_ms: figures.direct.p99,
    pglite_page_vs_direct: figures.p99Ratio,
  });
}

const started = performance.now();
const machine = await describeMachine();
console.log(`${scale.name} run on ${machine.machine_cpu} ×${machine.machine_cores}, PostgreSQL ${machine.machine_postgresql}, node ${machine.machine_node}`);
await postgresCounties();
if (only.has('ballots')) await step('ballots', ballots);
if (only.has('grading')) await step('grading', grading);
if (only.has('pglite')) await step('pglite', pglite);
summary.run_s = round((performance.now() - started) / 1000, 1);

const whole = !values.only && !values.cadres && failed.length === 0;
console.log(`summary written to ${writeSummary(values.quick ? 'quick' : whole ? 'full' : 'partial', machine, summary)}`);
// The smoke run's details are not kept: bench/results holds the runs that measured something.
if (!values.quick) console.log(`figures written to ${writeResults({ ...details, summary })}`);
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
