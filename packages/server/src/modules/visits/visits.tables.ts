import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cadres, measures } from '../cadres/cadres.tables';
import { users } from '../org/org.tables';

/**
 * 回访教育 records (DOMAIN.md §9). The plan is not stored: it is derived from the measures register and these records,
 * so a measure recorded, lifted or revoked changes the plan with nothing to keep in step.
 */
export const visitRecords = pgTable(
  'visit_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id),
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    visitors: jsonb('visitors').$type<string[]>().notNull(),
    /** UNIT_HEAD | SELF | COLLEAGUES */
    interviewed: jsonb('interviewed').$type<string[]>().notNull(),
    findings: text('findings').notNull(),
    /** GOOD 好 | FAIR 一般 | POOR 较差 */
    result: text('result').notNull(),
    /** 推荐使用建议: only with a GOOD result; it counts from the end of the measure's bar. */
    recommendation: text('recommendation').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('visit_records_cadre_idx').on(t.cadreId, t.visitedOn), index('visit_records_measure_idx').on(t.measureId)],
);

/** 关心关爱: a unit's request that a cadre be looked after (a care candidate until cared for). */
export const careFlags = pgTable(
  'care_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('care_flags_cadre_idx').on(t.cadreId, t.createdAt)],
);

/** 关心关爱 records: talks, visits and support given to a cadre. */
export const careRecords = pgTable(
  'care_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    /** TALK | VISIT | SUPPORT */
    kind: text('kind').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    by: text('by').notNull(),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('care_records_cadre_idx').on(t.cadreId, t.on)],
);
