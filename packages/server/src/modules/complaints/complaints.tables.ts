import type { ClarificationForm, ClarificationStatus, ComplaintChannel, ComplaintClass, ConsentWay } from '@dandang/shared/complaints/complaint.codes';
import type { AccuserStatus, Referral } from '@dandang/shared/complaints/false-accusation.rules';
import type { ClarificationImpact, ComplaintConclusion } from '@dandang/shared/rules/clarification.rules';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cadres, measures } from '../cadres/cadres.tables';
import { caseAttachments, cases } from '../cases/cases.tables';
import { users } from '../org/org.tables';

/**
 * The complaint part of a case of type COMPLAINT (the engine's row holds its number, state and deadline). The
 * complainant's identity is not here: it lives encrypted in `complaint_identities`, so a query of this table, a list
 * or an export can never carry it.
 */
export const complaints = pgTable('complaints', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  channel: text('channel').$type<ComplaintChannel>().notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  anonymous: boolean('anonymous').notNull(),
  classification: text('classification').$type<ComplaintClass>().notNull(),
  matter: text('matter').notNull(),
  conclusion: text('conclusion').$type<ComplaintConclusion>(),
  conclusionGrounds: text('conclusion_grounds'),
  concludedOn: date('concluded_on', { mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** 被反映人: the accused cadres of a complaint, the first of them the case's subject. */
export const complaintAccused = pgTable(
  'complaint_accused',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.cadreId] }), index('complaint_accused_cadre_idx').on(t.cadreId)],
);

/** 检举控告人身份, SM4-encrypted as one JSON value (name, phone, ID number, address): readable only through the audited route. */
export const complaintIdentities = pgTable('complaint_identities', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  identityEnc: text('identity_enc').notNull(),
});

/** 核查情况: what the verification found, note by note. */
export const complaintNotes = pgTable(
  'complaint_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('complaint_notes_case_idx').on(t.caseId, t.at)],
);

/** 澄清正名 of each accused cadre after the conclusion (one per cadre): proposal, consent, approval and completion. */
export const complaintClarifications = pgTable(
  'complaint_clarifications',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    status: text('status').$type<ClarificationStatus>().notNull(),
    falsePoints: text('false_points').notNull(),
    impacts: jsonb('impacts').$type<ClarificationImpact[]>().notNull(),
    forms: jsonb('forms').$type<ClarificationForm[]>().notNull(),
    scopeNote: text('scope_note').notNull().default(''),
    toleranceGranted: boolean('tolerance_granted').notNull().default(false),
    consentWay: text('consent_way').$type<ConsentWay>(),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentAttachmentId: uuid('consent_attachment_id').references(() => caseAttachments.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    approverName: text('approver_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    completedOn: date('completed_on', { mode: 'string' }),
    completionNote: text('completion_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.cadreId] }), index('complaint_clarifications_cadre_idx').on(t.cadreId)],
);

/**
 * A measure wrongly caused by a false report, revoked in the register (DOMAIN.md §8 "wrong measures caused by a false
 * report are corrected"): the complaint is the link back from the revoked measure to the finding that it was wrong.
 */
export const complaintCorrectedMeasures = pgTable(
  'complaint_corrected_measures',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    correctedBy: uuid('corrected_by').references(() => users.id),
    correctedByName: text('corrected_by_name').notNull(),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.measureId] }), index('complaint_corrected_measures_measure_idx').on(t.measureId)],
);

/**
 * 诬告陷害/错告误告的处理: the accuser's status flags and the referrals they gave. The accuser's identity stays in the
 * encrypted identity table; this row holds no name.
 */
export const complaintFalseAccusations = pgTable('complaint_false_accusations', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  status: jsonb('status').$type<AccuserStatus>().notNull(),
  referrals: jsonb('referrals').$type<Referral[]>().notNull(),
  note: text('note').notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
});
