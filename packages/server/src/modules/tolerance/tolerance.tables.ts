import type { ToleranceInput } from '@dandang/shared/rules/tolerance.rules';
import type { ToleranceOrigin } from '@dandang/shared/tolerance/tolerance.schema';
import type { ToleranceDecision, Votes } from '@dandang/shared/tolerance/tolerance-decision.rules';
import type { RecommendationView } from '@dandang/shared/tolerance/tolerance-view.schema';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/cases.tables';
import { users } from '../org/org.tables';

/** What the collective decision recorded besides its outcome (集体研究: meeting, attendance, votes). */
export interface DecisionRecord {
  attendees: string[];
  votes: Votes;
  differenceReason: string;
  /** The recommendation as it stood when the body decided, under the case's policy. */
  recommendation: RecommendationView;
  /** Accountability cases the exemption closed (免予问责), by number. */
  exemptedCases: string[];
}

/**
 * The tolerance part of a case of type TOLERANCE (the engine's `cases` row holds its number, state and deadline):
 * how it began, what the applicant claims, the facts the investigation established, the collective decision, the
 * written feedback and the filing. Every write locks this row first, so the checklist, the decision and the
 * correction plan of one case never race each other.
 */
export const toleranceCases = pgTable(
  'tolerance_cases',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    origin: text('origin').$type<ToleranceOrigin>().notNull(),
    applicantId: uuid('applicant_id').references(() => users.id),
    applicantName: text('applicant_name').notNull(),
    /** 事由: what happened. */
    matter: text('matter').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    claimedSituations: jsonb('claimed_situations').$type<string[]>().notNull().default([]),
    /** 申请理由, in the applicant's words. */
    grounds: text('grounds').notNull().default(''),
    /** The facts checklist as last saved; null until the investigation saves it. */
    facts: jsonb('facts').$type<ToleranceInput>(),
    factsNotes: text('facts_notes').notNull().default(''),
    factsSavedAt: timestamp('facts_saved_at', { withTimezone: true }),
    factsSavedByName: text('facts_saved_by_name'),
    decision: text('decision').$type<ToleranceDecision>(),
    meetingDate: date('meeting_date', { mode: 'string' }),
    decisionRecord: jsonb('decision_record').$type<DecisionRecord>(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    deciderName: text('decider_name'),
    feedbackOn: date('feedback_on', { mode: 'string' }),
    feedbackRecipients: jsonb('feedback_recipients').$type<string[]>(),
    filedOn: date('filed_on', { mode: 'string' }),
    filedWith: jsonb('filed_with').$type<string[]>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('tolerance_cases_decision_idx').on(t.decision)],
);

/** 纠错整改: the tasks of a case's correction plan, each with its owner and deadline, done with a follow-up note. */
export const toleranceCorrections = pgTable(
  'tolerance_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    /** The person responsible, by name (often not a user of the system). */
    owner: text('owner').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    followUp: text('follow_up').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('tolerance_corrections_case_idx').on(t.caseId, t.deadline)],
);
