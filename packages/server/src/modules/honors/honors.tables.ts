import type { CampaignState, HonorKind, NominationState, ObjectionState } from '@dandang/shared/honors/honor.codes';
import type { Reason } from '@dandang/shared/rules/reason';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cadres } from '../cadres/cadres.tables';
import { jurisdictions, units, users } from '../org/org.tables';

/**
 * 评先评优 (DOMAIN.md §10): a campaign (担当实干好干部, 先进典型) of one jurisdiction, with a quota per unit, the units'
 * nominations, the public notice and the objections filed on it. The notice's last day is fixed when it opens (from the
 * working-day calendar and the policy then in force), so a later calendar edit cannot move a period already announced.
 */
export const honorCampaigns = pgTable('honor_campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  jurisdictionId: uuid('jurisdiction_id')
    .notNull()
    .references(() => jurisdictions.id),
  title: text('title').notNull(),
  kind: text('kind').$type<HonorKind>().notNull(),
  year: integer('year').notNull(),
  state: text('state').$type<CampaignState>().notNull(),
  nominationEndsOn: date('nomination_ends_on', { mode: 'string' }).notNull(),
  noticeStartsOn: date('notice_starts_on', { mode: 'string' }),
  noticeEndsOn: date('notice_ends_on', { mode: 'string' }),
  noticeProvisional: boolean('notice_provisional').notNull().default(false),
  publishedOn: date('published_on', { mode: 'string' }),
  createdBy: uuid('created_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** 推荐名额: how many a unit may nominate in a campaign. */
export const honorQuotas = pgTable(
  'honor_quotas',
  {
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => honorCampaigns.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    quota: integer('quota').notNull(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.unitId] })],
);

/**
 * A unit's nomination of a cadre, with the screening's refusals as they stood when it ran (a refused one stays on
 * record, so the unit sees why). `unitId` is the cadre's unit at nomination: the quota it counts against.
 */
export const honorNominations = pgTable(
  'honor_nominations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => honorCampaigns.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    deeds: text('deeds').notNull(),
    evidence: text('evidence').notNull().default(''),
    state: text('state').$type<NominationState>().notNull(),
    refusals: jsonb('refusals').$type<Reason[]>().notNull(),
    screenedOn: date('screened_on', { mode: 'string' }).notNull(),
    reviewNote: text('review_note').notNull().default(''),
    nominatedBy: uuid('nominated_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // One nomination of a cadre per campaign: a refused one is answered with its reasons, not nominated twice.
    uniqueIndex('honor_nominations_campaign_cadre_uq').on(t.campaignId, t.cadreId),
    index('honor_nominations_cadre_idx').on(t.cadreId, t.state),
  ],
);

/**
 * 公示异议, filed on the public page without an account. The objector's name and phone (real-name ones only) are one
 * SM4-encrypted JSON value; the query code is kept only as its SM3 hash, so the table cannot answer who asked what.
 */
export const honorObjections = pgTable(
  'honor_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => honorNominations.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    realName: boolean('real_name').notNull(),
    identityEnc: text('identity_enc'),
    content: text('content').notNull(),
    state: text('state').$type<ObjectionState>().notNull(),
    answer: text('answer').notNull().default(''),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('honor_objections_code_uq').on(t.codeHash), index('honor_objections_nomination_idx').on(t.nominationId, t.state)],
);
