import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../../platform/db/bytea';
import { backgroundJobs } from '../../../platform/jobs/jobs.tables';

/**
 * A roster import (干部名册导入) rides on a background job and lives exactly as long as it: the uploaded workbook
 * (kept for the error workbook), every problem found, and the rows ready to be written. Deleting the expired job
 * deletes all of it.
 */
export const cadreImports = pgTable('cadre_imports', {
  jobId: uuid('job_id')
    .primaryKey()
    .references(() => backgroundJobs.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  /** SM3 of the uploaded bytes, named in the commit's audit entry. */
  fileDigest: text('file_digest').notNull(),
  upload: bytea('upload').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every problem of an import, one per cell and message, paged by the issues endpoint in row then column order. */
export const cadreImportIssues = pgTable(
  'cadre_import_issues',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => backgroundJobs.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    /** The column's position in the import (IMPORT_COLUMNS order), for ordering and highlighting. */
    columnIndex: integer('column_index').notNull(),
    column: text('column').notNull(),
    value: text('value').notNull(),
    message: text('message').notNull(),
  },
  (t) => [index('cadre_import_issues_job_idx').on(t.jobId, t.row, t.columnIndex)],
);

/**
 * A valid row staged for the commit: what it sets (codes, sealed ID number) and, for an update, the cadre and the
 * version it was compared with and the changed fields' values before. The commit writes from here in set-based
 * statements, after checking inside its transaction that nothing it relied on has changed.
 */
export const cadreImportRows = pgTable(
  'cadre_import_rows',
  {
    jobId: uuid('job_id')
      .notNull()
      .references(() => backgroundJobs.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    /** insert | update | unchanged */
    action: text('action').notNull(),
    cadreId: uuid('cadre_id').notNull(),
    cadreVersion: integer('cadre_version'),
    name: text('name').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    values: jsonb('values').notNull(),
    before: jsonb('before'),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.row] })],
);
