import type { StageWorkdays } from '@dandang/shared/assessment/cycle.schema';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cadres } from '../cadres/cadres.tables';
import { units } from '../org/org.tables';
import { assessmentSchemes } from './assessment.tables';

/** Assessment cycles (考核周期) with their current stage and its deadline in working days. */
export const assessmentCycles = pgTable('assessment_cycles', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** PERIODIC 平时考核 | ANNUAL 年度考核 | SPECIAL 专项考核. */
  kind: text('kind').notNull(),
  year: integer('year').notNull(),
  quarter: integer('quarter'),
  description: text('description').notNull().default(''),
  state: text('state').notNull().default('DRAFT'),
  stageWorkdays: jsonb('stage_workdays').$type<StageWorkdays>().notNull(),
  stageStartedOn: date('stage_started_on', { mode: 'string' }),
  stageDueOn: date('stage_due_on', { mode: 'string' }),
  stageDueProvisional: boolean('stage_due_provisional').notNull().default(false),
  /** The last day of the public notice of EXCELLENT candidates inside the units (noticePeriodEnd, DOMAIN.md §3). */
  noticeEndsOn: date('notice_ends_on', { mode: 'string' }),
  noticeEndsProvisional: boolean('notice_ends_provisional').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The units a cycle covers, each with its sub-units. */
export const assessmentCycleUnits = pgTable(
  'assessment_cycle_units',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.unitId] })],
);

/** The scheme each category of the cycle is assessed by. */
export const assessmentCycleSchemes = pgTable(
  'assessment_cycle_schemes',
  {
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => assessmentSchemes.id),
  },
  (t) => [primaryKey({ columns: [t.cycleId, t.category] })],
);

/**
 * Who a cycle assesses, fixed when it opens: a unit (for the unit categories and leadership teams) or a cadre with
 * the unit they were in then, so a later transfer does not move their results to another unit's lists.
 */
export const assessmentParticipants = pgTable(
  'assessment_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    cadreId: uuid('cadre_id').references(() => cadres.id),
  },
  (t) => [
    uniqueIndex('assessment_participants_subject_uq').on(
      t.cycleId,
      t.category,
      t.unitId,
      sql`coalesce(${t.cadreId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    index('assessment_participants_unit_idx').on(t.cycleId, t.unitId),
  ],
);
