import type { RewardForm, StateLabels, SubmissionKind, SubmissionState } from '@dandang/shared/participation/participation.codes';
import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { jurisdictions, units, users } from '../org/org.tables';

/** 类别: what the public picks on the form; each routes its submissions to one unit (DOMAIN.md §10 "triage to a unit"). */
export const participationCategories = pgTable(
  'participation_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<SubmissionKind>().notNull(),
    name: text('name').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('participation_categories_unit_idx').on(t.unitId)],
);

/** A jurisdiction's own names of the states and whether it uses the 研究中 step; absent = the shipped defaults. */
export const participationSettings = pgTable('participation_settings', {
  jurisdictionId: uuid('jurisdiction_id')
    .primaryKey()
    .references(() => jurisdictions.id),
  useStudyState: boolean('use_study_state').notNull(),
  labels: jsonb('labels').$type<Record<SubmissionKind, StateLabels>>().notNull(),
  version: integer('version').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/**
 * One 金点子 or 企业诉求. The query code is kept only as its SM3 hash; the submitter's name and phone only SM4-encrypted
 * (`contact_enc`). Moderation never overwrites `title`/`content`: the public reads the redacted columns instead.
 */
export const participationSubmissions = pgTable(
  'participation_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<SubmissionKind>().notNull(),
    queryCodeHash: text('query_code_hash').notNull(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => participationCategories.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    content: text('content').notNull(),
    anonymous: boolean('anonymous').notNull(),
    contactEnc: text('contact_enc'),
    enterpriseName: text('enterprise_name'),
    creditCode: text('credit_code'),
    state: text('state').$type<SubmissionState>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    /** The reply deadline: the policy's working days after the day of submission. */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    dueProvisional: boolean('due_provisional').notNull(),
    answer: text('answer'),
    answeredOn: date('answered_on', { mode: 'string' }),
    answeredBy: uuid('answered_by').references(() => users.id),
    answeredByName: text('answered_by_name'),
    hidden: boolean('hidden').notNull().default(false),
    redactedTitle: text('redacted_title'),
    redactedContent: text('redacted_content'),
    moderationReason: text('moderation_reason'),
    moderatedByName: text('moderated_by_name'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('participation_submissions_code_uq').on(t.queryCodeHash),
    index('participation_submissions_unit_idx').on(t.unitId, t.kind, t.state),
    index('participation_submissions_due_idx').on(t.dueOn).where(sql`${t.answeredOn} is null`),
  ],
);

/** Every step of a submission, for the staff's record and the public timeline. */
export const participationEvents = pgTable(
  'participation_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => participationSubmissions.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorName: text('actor_name').notNull(),
    /** submit, study, adopt, decline, complete, reward, milestone, moderate, rate. */
    action: text('action').notNull(),
    state: text('state').$type<SubmissionState>().notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('participation_events_submission_idx').on(t.submissionId, t.seq)],
);

/** 推进节点 of an adopted submission, each with its progress. */
export const participationMilestones = pgTable(
  'participation_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => participationSubmissions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    percent: smallint('percent').notNull().default(0),
    note: text('note').notNull().default(''),
    doneOn: date('done_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('participation_milestones_submission_idx').on(t.submissionId, t.plannedOn)],
);

/** 奖励记录 of an adopted submission (one per submission). */
export const participationRewards = pgTable('participation_rewards', {
  submissionId: uuid('submission_id')
    .primaryKey()
    .references(() => participationSubmissions.id, { onDelete: 'cascade' }),
  form: text('form').$type<RewardForm>().notNull(),
  amountYuan: numeric('amount_yuan', { precision: 12, scale: 2, mode: 'number' }),
  grantedOn: date('granted_on', { mode: 'string' }).notNull(),
  note: text('note').notNull(),
  recordedBy: uuid('recorded_by').references(() => users.id),
  recordedByName: text('recorded_by_name').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
});

/** 验证题: a server-issued sum the form must answer; each is used once, right or wrong, and expires. */
export const participationChallenges = pgTable(
  'participation_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    answer: integer('answer').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('participation_challenges_expiry_idx').on(t.expiresAt)],
);
