import type { CaseLinkKind } from '@dandang/shared/cases/case.schema';
import type { CaseType } from '@dandang/shared/cases/workflow';
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/bytea';
import { cadres } from '../cadres/cadres.tables';
import { units, users } from '../org/org.tables';
import { policies } from '../policy/policy.tables';

/**
 * A case of any type the workflow engine runs (容错, 问责, 能上能下): its number, where it stands, the deadline of the
 * state it is in, and the unit and cadre it concerns (what data scopes filter on). A module keeps the facts of its
 * own type in a table keyed by the case id.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').$type<CaseType>().notNull(),
    number: text('number').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    state: text('state').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    subjectCadreId: uuid('subject_cadre_id').references(() => cadres.id),
    /**
     * The policy the case is handled under: the version in force when it was opened (DOMAIN.md preamble); no id when
     * none was stored and the shipped default applied. Code and version are kept for display.
     */
    policyId: uuid('policy_id').references(() => policies.id),
    policyCode: text('policy_code').notNull(),
    policyVersion: integer('policy_version').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: uuid('opened_by').references(() => users.id),
    /** The day the case entered its state, from which the state's limit is counted. */
    stateSince: date('state_since', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    dueProvisional: boolean('due_provisional').notNull().default(false),
    /** Extensions granted in the current state; a new state starts again at 0. */
    extensionsGranted: integer('extensions_granted').notNull().default(0),
    extraWorkdays: integer('extra_workdays').notNull().default(0),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_number_uq').on(t.number),
    index('cases_type_state_idx').on(t.type, t.state),
    index('cases_due_idx').on(t.dueOn).where(sql`${t.closedAt} is null`),
    index('cases_subject_idx').on(t.subjectCadreId),
    index('cases_unit_idx').on(t.unitId),
  ],
);

/** The last sequence number given per prefix and year: 容〔2026〕12号 is prefix 容, year 2026, seq 12. */
export const caseNumberSeqs = pgTable(
  'case_number_seqs',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

/** Every step a case took: who, when, from which state to which, with the reason and the fields it carried. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order of events, which the clock alone cannot give (two in the same millisecond). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    note: text('note').notNull().default(''),
    fields: jsonb('fields').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.seq)],
);

/** The people a case is assigned to or who take part in it, for the `assigned` data scope. */
export const caseParticipants = pgTable(
  'case_participants',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** HANDLER (承办人), APPLICANT (申请人), CONSULTED (征求意见). */
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.userId, t.role] }), index('case_participants_user_idx').on(t.userId)],
);

export const caseComments = pgTable(
  'case_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_comments_case_idx').on(t.caseId)],
);

/** Files of a case (申请材料, 调查报告, 会议纪要...), kept in the database like every other record. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploaderName: text('uploader_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);

/** A link between two cases, such as a tolerance case and the accountability matter it was opened from. */
export const caseLinks = pgTable(
  'case_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromCaseId: uuid('from_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    toCaseId: uuid('to_case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<CaseLinkKind>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('case_links_uq').on(t.fromCaseId, t.toCaseId, t.kind), index('case_links_to_idx').on(t.toCaseId)],
);

/** A request for more time in a state (调查核实 may be extended once by 15 working days with approval). */
export const caseExtensions = pgTable(
  'case_extensions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    state: text('state').notNull(),
    workdays: integer('workdays').notNull(),
    reason: text('reason').notNull(),
    /** PENDING | APPROVED | REFUSED. */
    status: text('status').notNull().default('PENDING'),
    requestedBy: uuid('requested_by').references(() => users.id),
    requesterName: text('requester_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    deciderName: text('decider_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    answer: text('answer').notNull().default(''),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('case_extensions_case_idx').on(t.caseId)],
);
