import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../org/org.tables';
import { cadres, measures } from './cadres.tables';

/**
 * Supervision records (谈心谈话、提醒、函询、诫勉). 提醒, 函询 and 诫勉 are also measures (DOMAIN.md §4): recording
 * one of them writes the measure and keeps its id here, so the register and the record never disagree.
 */
export const supervisionRecords = pgTable(
  'supervision_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    /** TALK 谈心谈话 | REMINDER 提醒 | INQUIRY 函询 | ADMONISH 诫勉 */
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** Who talked, reminded, asked or admonished (names as written in the record). */
    conductedBy: text('conducted_by').notNull().default(''),
    topics: text('topics').notNull().default(''),
    followUp: text('follow_up').notNull().default(''),
    /** 函询: the question put, the cadre's written reply, and the conclusion drawn. */
    question: text('question').notNull().default(''),
    reply: text('reply').notNull().default(''),
    repliedOn: date('replied_on', { mode: 'string' }),
    conclusion: text('conclusion').notNull().default(''),
    documentNo: text('document_no').notNull().default(''),
    measureId: uuid('measure_id').references(() => measures.id),
    createdBy: uuid('created_by').references(() => users.id),
    /** A revoked record stays on file; revoking it revokes its measure in the same transaction. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokedReason: text('revoked_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('supervision_records_cadre_idx').on(t.cadreId, t.occurredOn)],
);
