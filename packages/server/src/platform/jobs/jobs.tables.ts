import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../db/bytea';

/**
 * Background jobs (large imports and exports). Progress lives in the database rather than in memory, so any instance
 * behind a load balancer can answer a progress poll, and a result file is kept beside it (background_job_file_chunks)
 * until it expires.
 * `owner_id` names the user who started the job; only that user may read it (no foreign key: the platform does not
 * depend on the org module).
 */
export const backgroundJobs = pgTable(
  'background_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    /** running → succeeded | failed */
    status: text('status').notNull().default('running'),
    /** The step under way (e.g. parse, validate, commit, write), shown beside the progress bar. */
    phase: text('phase').notNull().default(''),
    done: integer('done').notNull().default(0),
    total: integer('total'),
    /** What the job found or made, for the client to show (counts, first errors, a diff preview). */
    summary: jsonb('summary'),
    /** `{code, message}` of a failed job. */
    error: jsonb('error'),
    /** Set once the result file is complete. */
    fileName: text('file_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('background_jobs_owner_idx').on(t.ownerId, t.createdAt), index('background_jobs_expires_idx').on(t.expiresAt)],
);

/**
 * A job's result file in pieces of about 1 MiB, in order: written as the file is made and read back one piece at a
 * time by the download, so neither holds a whole 100,000-row workbook in memory.
 */
export const backgroundJobFileChunks = pgTable(
  'background_job_file_chunks',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => backgroundJobs.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.seq] })],
);
