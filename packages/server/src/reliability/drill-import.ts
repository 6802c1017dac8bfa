import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { JobView } from '@dandang/shared/jobs/job.schema';
import { writeRosterWorkbook } from '../modules/cadres/import/make-roster-workbook';
import type { DrillClient } from './drill-client';
import type { DrillTarget } from './drill-target';

/** Rows of the roster the crash drills import: 20,000 in the normal test run, DRILL_ROWS=100000 for the full size. */
export const DRILL_ROWS = Number(process.env.DRILL_ROWS || 20_000);

/** A valid roster of `rows` new cadres of the demo county, written into the target's directory. */
export async function writeRoster(target: DrillTarget, rows: number): Promise<string> {
  const file = join(target.dataDir, `roster-${rows}.xlsx`);
  const out = createWriteStream(file);
  await writeRosterWorkbook(out, { rows, seed: 7 });
  await finished(out);
  return file;
}

interface ImportSummary {
  stage: string;
  errorCount: number;
  inserts: number;
  updates: number;
}

/** Uploads the roster and waits for its check; answers the job once every row has been checked without an error. */
export async function uploadRoster(client: DrillClient, file: string): Promise<JobView> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(file)]), 'roster.xlsx');
  const { job } = await client.json<{ job: JobView }>('POST', '/api/v1/cadres/imports', form);
  const checked = await client.waitForJob(job.id);
  const summary = checked.summary as ImportSummary | null;
  if (checked.status !== 'succeeded' || summary?.errorCount !== 0) throw new Error(`the roster check did not pass: ${JSON.stringify(checked)}`);
  return checked;
}

/** Asks for the commit of a checked import; the commit runs in the background. */
export async function startCommit(client: DrillClient, jobId: string): Promise<void> {
  await client.json('POST', `/api/v1/cadres/imports/${jobId}/commit`);
}

/** The whole import as a user does it, to its end: answers the committed summary. */
export async function importRoster(client: DrillClient, file: string): Promise<ImportSummary> {
  const checked = await uploadRoster(client, file);
  await startCommit(client, checked.id);
  const done = await client.waitForJob(checked.id, (j) => (j.summary as ImportSummary | null)?.stage === 'committed');
  if (done.status !== 'succeeded') throw new Error(`the import did not commit: ${JSON.stringify(done)}`);
  return done.summary as ImportSummary;
}
