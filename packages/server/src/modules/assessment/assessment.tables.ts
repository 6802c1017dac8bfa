import type { IndicatorDefinition } from '@dandang/shared/assessment/indicator.schema';
import type { AdjustmentBody, RaterGroupBody } from '@dandang/shared/assessment/scheme.schema';
import { boolean, foreignKey, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../org/org.tables';

/**
 * The indicator library (指标库). The row holds the current revision; every revision, the first included, is also
 * kept in assessment_indicator_revisions and never changed, so a scheme scores by the revision it pinned.
 */
export const assessmentIndicators = pgTable('assessment_indicators', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  evidenceRequired: boolean('evidence_required').notNull().default(false),
  definition: jsonb('definition').$type<IndicatorDefinition>().notNull(),
  revision: integer('revision').notNull().default(1),
  /** Retired indicators stay for the schemes that pinned them but cannot be added to a scheme. */
  retired: boolean('retired').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const assessmentIndicatorRevisions = pgTable(
  'assessment_indicator_revisions',
  {
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => assessmentIndicators.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    name: text('name').notNull(),
    evidenceRequired: boolean('evidence_required').notNull(),
    definition: jsonb('definition').$type<IndicatorDefinition>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.revision] })],
);

/** Assessment schemes (考核方案) per category; the parts other than the weighted indicators are small and kept as JSON. */
export const assessmentSchemes = pgTable('assessment_schemes', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  category: text('category').notNull(),
  description: text('description').notNull().default(''),
  adjustments: jsonb('adjustments').$type<AdjustmentBody[]>().notNull().default([]),
  raterGroups: jsonb('rater_groups').$type<RaterGroupBody[]>().notNull().default([]),
  formula: text('formula').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A scheme's weighted indicators in order, each pinned to one revision of its indicator. */
export const assessmentSchemeItems = pgTable(
  'assessment_scheme_items',
  {
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => assessmentSchemes.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    revision: integer('revision').notNull(),
    /** The full marks of the indicator in this scheme; the weights of a scheme total 100. */
    weight: numeric('weight', { precision: 5, scale: 2, mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.schemeId, t.position] }),
    foreignKey({
      name: 'assessment_scheme_items_revision_fk',
      columns: [t.indicatorId, t.revision],
      foreignColumns: [assessmentIndicatorRevisions.indicatorId, assessmentIndicatorRevisions.revision],
    }),
  ],
);
