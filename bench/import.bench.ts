import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Session, waitForJob } from './lib/http';
import { DEMO_PASSWORD, Instance, type InstanceOptions } from './lib/instance';
import { scanWorkbook } from './lib/workbook';

const root = new URL('../', import.meta.url).pathname;
const generator = join(root, 'packages/server/src/modules/cadres/import/make-roster-workbook.ts');

export interface ImportFigures {
  rows: number;
  fileMiB: number;
  /** Baseline: reading every cell of the same file with the Excel library's streaming reader, nothing else. */
  parseOnlySeconds: number;
  /** Upload → every row validated → preview → commit in one transaction, as the import page does it. */
  validateSeconds: number;
  commitSeconds: number;
  endToEndSeconds: number;
  rowsPerSecond: number;
  /** end to end / parse only. */
  ratioToParse: number;
  /** Peak resident memory of the server during the import (goal ≤ 500 MiB). */
  peakRssMiB: number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function makeWorkbook(file: string, rows: number): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', generator, String(rows), file, '7'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`workbook generator failed:\n${run.stderr}${run.stdout}`);
}

async function parseOnly(file: string): Promise<number> {
  const started = performance.now();
  const { cells } = await scanWorkbook(file);
  if (cells === 0) throw new Error('the generated workbook holds no cells');
  return (performance.now() - started) / 1000;
}

export async function benchImport(options: InstanceOptions, rows: number): Promise<ImportFigures> {
  const file = join(options.dataDir, `roster-${rows}.xlsx`);
  makeWorkbook(file, rows);
  const parseOnlySeconds = await parseOnly(file);
  const instance = await Instance.start(options);
  try {
    const session = await Session.login(instance.baseUrl, 'demo_org', DEMO_PASSWORD);
    instance.resetPeakRss();
    const started = performance.now();
    const form = new FormData();
    form.append('file', new Blob([readFileSync(file)]), 'roster.xlsx');
    const uploaded = await session.json<{ job: { id: string } }>('POST', '/api/v1/cadres/imports', form);
    const validated = await waitForJob(session, uploaded.job.id);
    const summary = validated.summary as { errorCount: number; inserts: number };
    if (summary.errorCount > 0) throw new Error(`the generated workbook has ${summary.errorCount} errors`);
    const validatedAt = performance.now();
    await session.json('POST', `/api/v1/cadres/imports/${uploaded.job.id}/commit`);
    const committed = await waitForJob(session, uploaded.job.id);
    if ((committed.summary as { stage: string }).stage !== 'committed') throw new Error('the import did not commit');
    const endToEndSeconds = (performance.now() - started) / 1000;
    return {
      rows,
      fileMiB: round(statSync(file).size / 2 ** 20),
      parseOnlySeconds: round(parseOnlySeconds, 2),
      validateSeconds: round((validatedAt - started) / 1000, 2),
      commitSeconds: round((performance.now() - validatedAt) / 1000, 2),
      endToEndSeconds: round(endToEndSeconds, 2),
      rowsPerSecond: Math.round(rows / endToEndSeconds),
      ratioToParse: round(endToEndSeconds / parseOnlySeconds, 2),
      peakRssMiB: round(instance.peakRssMiB()),
    };
  } finally {
    await instance.stop();
  }
}
