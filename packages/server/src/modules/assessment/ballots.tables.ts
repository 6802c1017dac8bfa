import type { BallotLevel } from '@dandang/shared/assessment/ballot.schema';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units } from '../org/org.tables';
import { assessmentCycles } from './cycles.tables';

/** One democratic evaluation (民主测评) of a unit's participants in a cycle. */
export const assessmentBallotSessions = pgTable(
  'assessment_ballot_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** OPEN | CLOSED. */
    status: text('status').notNull().default('OPEN'),
    minValidPerGroup: integer('min_valid_per_group').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('assessment_ballot_sessions_unit_uq').on(t.cycleId, t.unitId)],
);

/**
 * The one-time codes, by their SM3 hash only (the printed code is shown once, when made). `used` is a flag without a
 * time, so that no timestamp pairs a code's use with a ballot.
 */
export const assessmentBallotCodes = pgTable(
  'assessment_ballot_codes',
  {
    codeHash: text('code_hash').primaryKey(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => assessmentBallotSessions.id, { onDelete: 'cascade' }),
    raterGroup: text('rater_group').notNull(),
    used: boolean('used').notNull().default(false),
  },
  (t) => [index('assessment_ballot_codes_session_idx').on(t.sessionId, t.raterGroup)],
);

/** Cast ballots: the group and the answers, and nothing that names the code or the moment it was cast. */
export const assessmentBallots = pgTable(
  'assessment_ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => assessmentBallotSessions.id, { onDelete: 'cascade' }),
    raterGroup: text('rater_group').notNull(),
    /** participant id → level. */
    answers: jsonb('answers').$type<Record<string, BallotLevel>>().notNull(),
    suspicious: boolean('suspicious').notNull().default(false),
  },
  (t) => [index('assessment_ballots_session_idx').on(t.sessionId, t.raterGroup)],
);
