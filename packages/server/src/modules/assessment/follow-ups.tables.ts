import type { FollowUpKind, FollowUpState } from '@dandang/shared/assessment/follow-up.rules';
import type { Reason } from '@dandang/shared/rules/reason';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cadres } from '../cadres/cadres.tables';
import { units, users } from '../org/org.tables';
import { assessmentCycles } from './cycles.tables';

/**
 * 考核结果运用: the tasks a published annual cycle gives the organization department for each cadre (嘉奖, 记三等功,
 * 诫勉, demotion, dismissal review, the talent pool's review, the 能上能下 list), each carried out and closed with a note.
 */
export const assessmentFollowUps = pgTable(
  'assessment_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    /** The cadre's unit in the cycle, so the list filters and scopes by unit as the results do. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    kind: text('kind').$type<FollowUpKind>().notNull(),
    repeated: boolean('repeated').notNull().default(false),
    reasons: jsonb('reasons').$type<Reason[]>().notNull(),
    state: text('state').$type<FollowUpState>().notNull().default('OPEN'),
    note: text('note').notNull().default(''),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('assessment_follow_ups_uq').on(t.cycleId, t.cadreId, t.kind), index('assessment_follow_ups_kind_idx').on(t.kind, t.state)],
);
