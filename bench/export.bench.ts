import { Session, waitForJob } from './lib/http';
import { DEMO_PASSWORD, Instance, type InstanceOptions } from './lib/instance';

export interface ExportFigures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  fileMiB: number;
  /** Peak resident memory of the server while it wrote the export (goal ≤ 300 MiB). */
  peakRssMiB: number;
  /** The server's resident memory when idle, just before the export: what the export itself added is the difference. */
  idleRssMiB: number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Exports the whole roster (every cadre the organization department sees) as a background job and downloads it. */
export async function benchExport(options: InstanceOptions): Promise<ExportFigures> {
  const instance = await Instance.start(options);
  try {
    const session = await Session.login(instance.baseUrl, 'demo_org', DEMO_PASSWORD);
    // Whatever ran before (an import adds cadres), the file must hold every cadre the roster counts.
    const { total: rows } = await session.json<{ total: number }>('GET', '/api/v1/cadres/count');
    const idleRssMiB = instance.rssMiB();
    instance.resetPeakRss();
    const started = performance.now();
    const { job } = await session.json<{ job: { id: string } }>('POST', '/api/v1/cadres/exports', {});
    const done = await waitForJob(session, job.id);
    const file = await session.fetch('GET', `/api/v1/jobs/${job.id}/file`);
    if (!file.ok) throw new Error(`export download answered ${file.status}`);
    const bytes = Buffer.from(await file.arrayBuffer());
    const seconds = (performance.now() - started) / 1000;
    // Every row written, and the whole file served: a zip ends with its end-of-central-directory record.
    if ((done.summary as { rows?: number } | null)?.rows !== rows) throw new Error(`the export wrote ${JSON.stringify(done.summary)}, not ${rows} rows`);
    if (bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) < bytes.length - 22 - 0xffff) throw new Error('the exported file is cut short');
    return {
      rows,
      seconds: round(seconds),
      rowsPerSecond: Math.round(rows / seconds),
      fileMiB: round(bytes.length / 2 ** 20),
      peakRssMiB: round(instance.peakRssMiB()),
      idleRssMiB: round(idleRssMiB),
    };
  } finally {
    await instance.stop();
  }
}
