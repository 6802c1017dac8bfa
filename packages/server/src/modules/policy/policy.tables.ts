import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { jurisdictions } from '../org/org.tables';

/** Versioned policy documents per jurisdiction; a case stores the id of the version it was decided under. */
export const policies = pgTable(
  'policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    jurisdictionId: uuid('jurisdiction_id').references(() => jurisdictions.id),
    code: text('code').notNull(),
    versionNo: integer('version_no').notNull(),
    name: text('name').notNull(),
    /** draft | active | retired */
    status: text('status').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }),
    basedOnId: uuid('based_on_id'),
    document: jsonb('document').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('policies_jurisdiction_idx').on(t.jurisdictionId, t.status)],
);
