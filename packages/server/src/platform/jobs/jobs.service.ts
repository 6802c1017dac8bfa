import { Readable } from 'node:stream';
import type { JobView } from '@dandang/shared/jobs/job.schema';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { DomainError, ERROR_TABLE, notFound } from '../errors';
import * as repo from './jobs.repository';

/**
 * Background jobs: work that takes longer than a request (a 100,000-row import or export) runs in this process
 * after the request has answered, and reports its progress into `background_jobs`, so a poll answered by any
 * instance sees it. A job belongs to the user who started it; nobody else can see that it exists.
 */

/** How long a job (and its result file) is kept. */
export const JOB_TTL_SECONDS = 24 * 60 * 60;
/** At most one progress write per this many milliseconds; a phase change is written at once. */
export const PROGRESS_INTERVAL_MS = 300;
/** A running job touches its row at least this often, even inside one long step… */
const HEARTBEAT_MS = 60_000;
/** …so a running job not updated for this long has lost its process. */
export const STALE_AFTER_SECONDS = 10 * 60;
const INTERRUPTED = { code: 'JOB_INTERRUPTED', message: '任务因服务重启或异常中断，请重新发起' };
/** A result file is stored in pieces of this size. */
export const FILE_CHUNK_BYTES = 1024 * 1024;

export interface JobLogger {
  error(object: unknown, message?: string): void;
}

/** What a job's work sees: its id and a progress reporter. */
export interface JobContext {
  id: string;
  /**
   * Records progress; cheap to call per row (throttled), written at once when the phase changes. Never rejects.
   * Inside a transaction on the embedded database (one connection) do not await it: the write waits for the commit.
   */
  progress(phase: string, done: number, total?: number | null): Promise<void>;
  /**
   * Stores the job's result file as it is produced, piece by piece, reading the next bytes only once the last piece
   * is written; the file can be downloaded once the job has succeeded.
   */
  saveFile(name: string, content: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>): Promise<void>;
}

export interface JobResult {
  summary?: unknown;
}

export type JobWork = (job: JobContext) => Promise<JobResult>;

export interface StartJob {
  kind: string;
  ownerId: string;
  phase: string;
  ttlSeconds?: number;
}

export function present(row: repo.JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as JobView['status'],
    phase: row.phase,
    done: row.done,
    total: row.total,
    summary: row.summary ?? null,
    error: (row.error as JobView['error']) ?? null,
    fileName: row.fileName,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** A failure as the job records it: a business error keeps its code and message, anything else is logged only. */
export function jobError(error: unknown, log: JobLogger, jobId: string): { code: string; message: string } {
  if (error instanceof DomainError) return { code: error.code, message: error.message };
  log.error({ err: error, jobId }, 'background job failed');
  return { code: 'INTERNAL', message: ERROR_TABLE.INTERNAL.message };
}

/** Starts a job: the row is written before this returns, the work runs afterwards in this process. */
export async function startJob(db: Db, log: JobLogger, start: StartJob, work: JobWork): Promise<JobView> {
  // Housekeeping rides on new work: expired jobs and their files go, jobs of dead processes are failed.
  await repo.deleteExpiredJobs(db);
  await repo.failStaleJobs(db, STALE_AFTER_SECONDS, INTERRUPTED);
  const row = await repo.insertJob(db, { kind: start.kind, ownerId: start.ownerId, phase: start.phase, ttlSeconds: start.ttlSeconds ?? JOB_TTL_SECONDS });
  run(db, log, row.id, work);
  return present(row);
}

/**
 * Runs a finished job again for another phase (e.g. an import's commit after its preview). Answers null when the
 * job is not the owner's, not finished successfully, or `condition` (on its row) does not hold.
 */
export async function rerunJob(
  db: Db,
  log: JobLogger,
  id: string,
  ownerId: string,
  phase: string,
  condition: SQL | undefined,
  work: JobWork,
): Promise<JobView | null> {
  const row = await repo.claimJob(db, id, ownerId, phase, condition);
  if (!row) return null;
  run(db, log, row.id, work);
  return present(row);
}

function run(db: Db, log: JobLogger, id: string, work: JobWork): void {
  let lastWrite = 0;
  let lastPhase = '';
  let writing: Promise<void> = Promise.resolve();
  const write = (values: Parameters<typeof repo.updateJob>[2]) => {
    lastWrite = Date.now();
    // A lost progress write is logged, never fatal: the work goes on and the next write catches up.
    writing = writing.then(() => repo.updateJob(db, id, values)).catch((error) => log.error({ err: error, jobId: id }, 'job progress not recorded'));
    return writing;
  };
  const heartbeat = setInterval(() => {
    if (Date.now() - lastWrite >= HEARTBEAT_MS) void write({});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const context: JobContext = {
    id,
    async progress(phase, done, total) {
      if (phase === lastPhase && Date.now() - lastWrite < PROGRESS_INTERVAL_MS) return;
      lastPhase = phase;
      await write({ phase, done, ...(total !== undefined ? { total } : {}) });
    },
    saveFile: (name, content) => saveFile(db, id, name, content),
  };
  // The request that started the job has already been answered; the work continues on its own.
  setImmediate(async () => {
    try {
      const result = await work(context);
      await writing;
      await repo.updateJob(db, id, { status: 'succeeded', summary: result.summary ?? null });
    } catch (error) {
      await writing;
      // A half-written file is of no use to anyone.
      await repo.deleteFileChunks(db, id).catch((e) => log.error({ err: e, jobId: id }, 'could not delete a failed job file'));
      await repo
        .updateJob(db, id, { status: 'failed', error: jobError(error, log, id) })
        .catch((e) => log.error({ err: e, jobId: id }, 'could not record job failure'));
    } finally {
      clearInterval(heartbeat);
    }
  });
}

/** The owner's job; another user's (or an expired) job answers 404. A job whose process died reads as failed. */
export async function getJob(db: Db, ownerId: string, id: string): Promise<JobView> {
  let row = await repo.findJob(db, id, ownerId);
  if (!row) throw notFound();
  if (row.status === 'running' && Date.now() - new Date(row.updatedAt).getTime() > STALE_AFTER_SECONDS * 1000) {
    await repo.failStaleJobs(db, STALE_AFTER_SECONDS, INTERRUPTED);
    row = (await repo.findJob(db, id, ownerId)) ?? row;
  }
  return present(row);
}

/** The owner's job row or 404, for modules that keep more data beside a job. */
export async function requireJob(db: Db, ownerId: string, id: string, kind: string): Promise<JobView> {
  const job = await getJob(db, ownerId, id);
  if (job.kind !== kind) throw notFound();
  return job;
}

/** Writes a job's result file in pieces of FILE_CHUNK_BYTES, then names it on the job. */
async function saveFile(db: Db, jobId: string, name: string, content: AsyncIterable<Buffer | Uint8Array> | Iterable<Buffer | Uint8Array>): Promise<void> {
  await repo.deleteFileChunks(db, jobId);
  let seq = 0;
  let pending: Buffer[] = [];
  let size = 0;
  const flush = async () => {
    await repo.insertFileChunk(db, jobId, seq++, Buffer.concat(pending, size));
    pending = [];
    size = 0;
  };
  for await (const piece of content) {
    pending.push(Buffer.isBuffer(piece) ? piece : Buffer.from(piece));
    size += piece.length;
    if (size >= FILE_CHUNK_BYTES) await flush();
  }
  if (size > 0 || seq === 0) await flush();
  await repo.updateJob(db, jobId, { fileName: name });
}

/** The owner's result file, read back one piece at a time as the response is sent. */
export async function getJobFile(db: Db, ownerId: string, id: string): Promise<{ name: string; stream: Readable }> {
  const name = await repo.findJobFileName(db, id, ownerId);
  if (!name) throw notFound();
  async function* pieces() {
    for (let seq = 0; ; seq++) {
      const bytes = await repo.findFileChunk(db, id, seq);
      if (!bytes) return;
      yield bytes;
    }
  }
  return { name, stream: Readable.from(pieces()) };
}

/** At start-up: jobs left running by a previous process are failed, expired ones deleted. */
export async function sweepJobs(db: Db): Promise<void> {
  await repo.deleteExpiredJobs(db);
  // Only stale ones: other instances on the same database may be running jobs right now.
  await repo.failStaleJobs(db, STALE_AFTER_SECONDS, INTERRUPTED);
}
