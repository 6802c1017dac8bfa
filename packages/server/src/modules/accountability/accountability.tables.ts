import type { AdjustmentKind } from '@dandang/shared/accountability/adjustment.rules';
import type { AccountabilityForm, Circumstance, ProposingBody, SubjectKind } from '@dandang/shared/accountability/forms';
import type { UnfitSituation } from '@dandang/shared/accountability/unfit-situations';
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { assessmentFollowUps } from '../assessment/follow-ups.tables';
import { cadres, measures } from '../cadres/cadres.tables';
import { cases } from '../cases/cases.tables';
import { units, users } from '../org/org.tables';

/*
 * 问责统筹 and 能上能下 (DOMAIN.md §7). The case engine keeps each case's number, state, deadline and timeline; these
 * tables keep what is the module's own: the matter (the facts), the proposals of the bodies, the decision, the
 * appeals, and the 不担当不作为 clue with its adjustment.
 */

/** 问责事项: facts that may hold several subjects to account, registered by one unit. */
export const accountabilityMatters = pgTable(
  'accountability_matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    facts: text('facts').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    source: text('source').notNull().default(''),
    /** The registering unit, which with the matter's cases decides who may see it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The units and people involved, as the registrar named them (checked to exist when written). */
    involvedUnitIds: uuid('involved_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    involvedCadreIds: uuid('involved_cadre_ids').array().notNull().default(sql`'{}'::uuid[]`),
    registeredBy: uuid('registered_by').references(() => users.id),
    registeredByName: text('registered_by_name').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('accountability_matters_unit_idx').on(t.unitId), index('accountability_matters_occurred_idx').on(t.occurredOn)],
);

/**
 * An accountability case's own facts beside the engine's `cases` row: its matter and subject, the lead proposal, and
 * the decision. One open case per subject and matter is kept by the proposal service under a lock on the matter.
 */
export const accountabilityCases = pgTable(
  'accountability_cases',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => accountabilityMatters.id),
    subjectKind: text('subject_kind').$type<SubjectKind>().notNull(),
    /** The cadre, for a leader; null for a party organization. */
    cadreId: uuid('cadre_id').references(() => cadres.id),
    /** The organization's unit, or the cadre's unit when the case opened. */
    subjectUnitId: uuid('subject_unit_id')
      .notNull()
      .references(() => units.id),
    leadProposalId: uuid('lead_proposal_id'),
    forms: text('forms').array().$type<AccountabilityForm[]>(),
    probationMonths: integer('probation_months'),
    decidedOn: date('decided_on', { mode: 'string' }),
    basis: text('basis'),
    documentNo: text('document_no'),
    decidingBody: text('deciding_body'),
    circumstance: text('circumstance').$type<Circumstance>(),
    /** The tolerance case whose 从轻/减轻 the circumstance was taken from. */
    circumstanceFromCaseId: uuid('circumstance_from_case_id').references(() => cases.id),
    executedOn: date('executed_on', { mode: 'string' }),
    correctedOn: date('corrected_on', { mode: 'string' }),
  },
  (t) => [
    index('accountability_cases_matter_idx').on(t.matterId),
    index('accountability_cases_cadre_idx').on(t.cadreId, t.decidedOn),
    index('accountability_cases_decided_idx').on(t.decidedOn),
  ],
);

/** A body's proposal for one subject of a matter, merged into that subject's case. */
export const accountabilityProposals = pgTable(
  'accountability_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order proposals were registered in, which the clock alone cannot give (two in the same instant). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    body: text('body').$type<ProposingBody>().notNull(),
    forms: text('forms').array().$type<AccountabilityForm[]>().notNull(),
    probationMonths: integer('probation_months'),
    facts: text('facts').notNull(),
    grounds: text('grounds').notNull(),
    opinion: text('opinion').notNull().default(''),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposerName: text('proposer_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('accountability_proposals_case_idx').on(t.caseId, t.seq)],
);

/** 申诉 against a decision; at most one unanswered at a time per case. */
export const accountabilityAppeals = pgTable(
  'accountability_appeals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    appellant: text('appellant').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    grounds: text('grounds').notNull(),
    lodgedBy: uuid('lodged_by').references(() => users.id),
    lodgedByName: text('lodged_by_name').notNull(),
    lodgedAt: timestamp('lodged_at', { withTimezone: true }).notNull(),
    answerDue: date('answer_due', { mode: 'string' }).notNull(),
    upheld: boolean('upheld'),
    answer: text('answer').notNull().default(''),
    answeredOn: date('answered_on', { mode: 'string' }),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredByName: text('answered_by_name'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('accountability_appeals_case_idx').on(t.caseId),
    uniqueIndex('accountability_appeals_open_uq').on(t.caseId).where(sql`${t.answeredOn} is null`),
    index('accountability_appeals_due_idx').on(t.answerDue).where(sql`${t.answeredOn} is null`),
  ],
);

/** A 不担当不作为 clue (ADJUSTMENT case) and, once decided, its adjustment and the measure it wrote. */
export const adjustmentCases = pgTable(
  'adjustment_cases',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    situation: text('situation').$type<UnfitSituation>().notNull(),
    clue: text('clue').notNull(),
    source: text('source').notNull(),
    /** The 能上能下 task of the assessment's results the clue was opened from; one clue per task. */
    followUpId: uuid('follow_up_id').references(() => assessmentFollowUps.id),
    gradeYear: integer('grade_year'),
    grade: text('grade'),
    adjustment: text('adjustment').$type<AdjustmentKind>(),
    meetingDate: date('meeting_date', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    documentNo: text('document_no'),
    measureId: uuid('measure_id').references(() => measures.id),
  },
  (t) => [uniqueIndex('adjustment_cases_follow_up_uq').on(t.followUpId), index('adjustment_cases_cadre_idx').on(t.cadreId)],
);
