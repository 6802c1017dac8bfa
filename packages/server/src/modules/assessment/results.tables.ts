import type { ScoreEntries } from '@dandang/shared/assessment/result.schema';
import type { ScoreBreakdown } from '@dandang/shared/assessment/score.rules';
import type { Reason } from '@dandang/shared/rules/reason';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { assessmentCycles, assessmentParticipants } from './cycles.tables';

/**
 * A participant's result in a cycle: what the assessors entered (results of quantitative indicators, ratings of
 * qualitative ones, manual bonus and deduction occurrences, the comment), the score computed from it with its
 * explanation, the grade proposed and the grade decided, and the cadre's confirmation or appeal.
 */
export const assessmentResults = pgTable(
  'assessment_results',
  {
    participantId: uuid('participant_id')
      .primaryKey()
      .references(() => assessmentParticipants.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    entries: jsonb('entries').$type<ScoreEntries>().notNull().default({ items: {}, adjustments: {} }),
    /**
     * md5 of the entries as jsonb renders them (one text for equal values, whatever order the keys came in), kept by
     * the database as the entries are written: checking a cycle's 100,000 scores reads it instead of hashing every
     * result's entries at that moment.
     */
    entriesHash: text('entries_hash').notNull().generatedAlwaysAs(sql`md5(entries::text)`),
    comment: text('comment').notNull().default(''),
    breakdown: jsonb('breakdown').$type<ScoreBreakdown>(),
    /**
     * SHA-1 of everything the score was computed from (the scheme's version, the entries, the democratic score, the
     * signals): a recomputation skips a score whose inputs are unchanged and rewrites only those that changed.
     */
    inputsDigest: text('inputs_digest'),
    /** The final score in hundredths (88.5 → 8850), so ranking and ties are exact; null while incomplete. */
    finalHundredths: integer('final_hundredths'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    /** OPEN | UPHELD | DISMISSED; null: no appeal. */
    appealState: text('appeal_state'),
    appeal: text('appeal').notNull().default(''),
    appealAnswer: text('appeal_answer').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_results_cycle_idx').on(t.cycleId)],
);

/**
 * The grade of each participant of a graded cycle, apart from the wide result row: proposing grades for a whole cycle
 * writes these narrow rows afresh instead of rewriting every result with its score's explanation.
 */
export const assessmentGrades = pgTable(
  'assessment_grades',
  {
    participantId: uuid('participant_id')
      .primaryKey()
      .references(() => assessmentParticipants.id, { onDelete: 'cascade' }),
    // No foreign key of its own: the participant's cascades, and a cycle's 100,000 grades are written without 100,000
    // more key checks.
    cycleId: uuid('cycle_id').notNull(),
    /** The quota pool the participant was graded in: a unit id, or the pooled small units' key. */
    poolKey: text('pool_key').notNull(),
    /** GradeStatus. */
    status: text('status').notNull(),
    proposedGrade: text('proposed_grade'),
    grade: text('grade'),
    rank: integer('rank'),
    reasons: jsonb('reasons').$type<Reason[]>().notNull(),
    /** Why a grade differs from the proposal. */
    changeReason: text('change_reason').notNull().default(''),
  },
  (t) => [index('assessment_grades_pool_idx').on(t.cycleId, t.poolKey)],
);

/**
 * The quota pools of a graded cycle (DOMAIN.md §5): a unit, or small units pooled; how many count toward the base, the
 * most top grades the pool may give, and the reckoning, shown with every member's grade.
 */
export const assessmentPools = pgTable(
  'assessment_pools',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    poolKey: text('pool_key').notNull(),
    participants: integer('participants').notNull(),
    quota: integer('quota').notNull(),
    reasons: jsonb('reasons').$type<Reason[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.poolKey] })],
);

/** Objections to an EXCELLENT candidate raised during the notice inside the unit (公示期间的反映), and how each ended. */
export const assessmentObjections = pgTable(
  'assessment_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => assessmentParticipants.id, { onDelete: 'cascade' }),
    content: text('content').notNull(),
    /** OPEN | UPHELD | DISMISSED. */
    state: text('state').notNull().default('OPEN'),
    resolution: text('resolution').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('assessment_objections_cycle_idx').on(t.cycleId, t.participantId)],
);
