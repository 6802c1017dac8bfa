import { and, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { backgroundJobFileChunks, backgroundJobs } from './jobs.tables';

/** Every column the API shows; the result file's bytes are read only by the download. */
export const jobColumns = {
  id: backgroundJobs.id,
  kind: backgroundJobs.kind,
  ownerId: backgroundJobs.ownerId,
  status: backgroundJobs.status,
  phase: backgroundJobs.phase,
  done: backgroundJobs.done,
  total: backgroundJobs.total,
  summary: backgroundJobs.summary,
  error: backgroundJobs.error,
  fileName: backgroundJobs.fileName,
  createdAt: backgroundJobs.createdAt,
  updatedAt: backgroundJobs.updatedAt,
};

export type JobRow = NonNullable<Awaited<ReturnType<typeof findJob>>>;

/** Timestamps come from the database's clock, the one clock every instance shares. */
const dbNow = sql`now()`;

export async function insertJob(db: Executor, values: { kind: string; ownerId: string; phase: string; ttlSeconds: number }) {
  const [row] = await db
    .insert(backgroundJobs)
    .values({
      kind: values.kind,
      ownerId: values.ownerId,
      phase: values.phase,
      createdAt: dbNow,
      updatedAt: dbNow,
      expiresAt: sql`now() + make_interval(secs => ${values.ttlSeconds})`,
    })
    .returning(jobColumns);
  return row as JobRow;
}

/** A job of this owner that has not expired; another user's job is simply not found. */
export async function findJob(db: Executor, id: string, ownerId: string) {
  const [row] = await db
    .select(jobColumns)
    .from(backgroundJobs)
    .where(and(eq(backgroundJobs.id, id), eq(backgroundJobs.ownerId, ownerId), sql`${backgroundJobs.expiresAt} > now()`))
    .limit(1);
  return row ?? null;
}

/** The name of a job's finished result file, for its owner while the job lives; null when there is none. */
export async function findJobFileName(db: Executor, id: string, ownerId: string): Promise<string | null> {
  const [row] = await db
    .select({ fileName: backgroundJobs.fileName })
    .from(backgroundJobs)
    .where(and(eq(backgroundJobs.id, id), eq(backgroundJobs.ownerId, ownerId), sql`${backgroundJobs.expiresAt} > now()`))
    .limit(1);
  return row?.fileName ?? null;
}

export async function insertFileChunk(db: Executor, jobId: string, seq: number, bytes: Buffer): Promise<void> {
  await db.insert(backgroundJobFileChunks).values({ jobId, seq, bytes });
}

/** One piece of a result file; undefined past the last. */
export async function findFileChunk(db: Executor, jobId: string, seq: number): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ bytes: backgroundJobFileChunks.bytes })
    .from(backgroundJobFileChunks)
    .where(and(eq(backgroundJobFileChunks.jobId, jobId), eq(backgroundJobFileChunks.seq, seq)));
  return row?.bytes;
}

export async function deleteFileChunks(db: Executor, jobId: string): Promise<void> {
  await db.delete(backgroundJobFileChunks).where(eq(backgroundJobFileChunks.jobId, jobId));
}

export async function updateJob(db: Executor, id: string, values: Partial<typeof backgroundJobs.$inferInsert>): Promise<void> {
  await db
    .update(backgroundJobs)
    .set({ ...values, updatedAt: dbNow })
    .where(eq(backgroundJobs.id, id));
}

/**
 * Moves a finished job back to `running` for another phase, only when it is the owner's, finished, and `condition`
 * holds: the update itself is the check, so two racing requests cannot both claim it.
 */
export async function claimJob(db: Executor, id: string, ownerId: string, phase: string, condition: SQL | undefined) {
  const [row] = await db
    .update(backgroundJobs)
    .set({ status: 'running', phase, done: 0, total: null, error: null, updatedAt: dbNow })
    .where(
      and(
        eq(backgroundJobs.id, id),
        eq(backgroundJobs.ownerId, ownerId),
        eq(backgroundJobs.status, 'succeeded'),
        sql`${backgroundJobs.expiresAt} > now()`,
        condition,
      ),
    )
    .returning(jobColumns);
  return row ?? null;
}

/**
 * Jobs whose process died (a restart, a crash) stop reporting; after `staleSeconds` without an update they are
 * failed, so nobody waits on them forever. Returns how many were failed.
 */
export async function failStaleJobs(db: Executor, staleSeconds: number, error: { code: string; message: string }): Promise<number> {
  const rows = await db
    .update(backgroundJobs)
    .set({ status: 'failed', error, updatedAt: dbNow })
    .where(and(eq(backgroundJobs.status, 'running'), sql`${backgroundJobs.updatedAt} < now() - make_interval(secs => ${staleSeconds})`))
    .returning({ id: backgroundJobs.id });
  return rows.length;
}

export async function deleteExpiredJobs(db: Executor): Promise<void> {
  await db.delete(backgroundJobs).where(lt(backgroundJobs.expiresAt, dbNow));
}
