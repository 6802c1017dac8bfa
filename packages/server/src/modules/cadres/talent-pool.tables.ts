import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../org/org.tables';
import { cadres } from './cadres.tables';

/** 优秀年轻干部库: one pool per field (领域), specialty (专业) and level (层次). */
export const talentPools = pgTable('talent_pools', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  field: text('field').notNull().default(''),
  specialty: text('specialty').notNull().default(''),
  /** SECTION 科级 | DIVISION 处级 | BUREAU 厅局级: the policy's age line is per level. */
  level: text('level').notNull(),
  description: text('description').notNull().default(''),
  active: boolean('active').notNull().default(true),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A cadre's way through a pool: NOMINATED (with reasons) → ACTIVE (entry approved) or REJECTED; ACTIVE → EXITED by
 * rule (OVER_AGE, MEASURE, GRADE) or by DECISION. A cadre holds at most one open (nominated or active) entry per pool.
 */
export const talentPoolMembers = pgTable(
  'talent_pool_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    poolId: uuid('pool_id')
      .notNull()
      .references(() => talentPools.id),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    reason: text('reason').notNull().default(''),
    nominatedBy: uuid('nominated_by').references(() => users.id),
    nominatedAt: timestamp('nominated_at', { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note').notNull().default(''),
    enteredOn: date('entered_on', { mode: 'string' }),
    exitedOn: date('exited_on', { mode: 'string' }),
    exitReason: text('exit_reason'),
    exitNote: text('exit_note').notNull().default(''),
    /** Who took the member out (a decision, or the yearly review's 按规则出库). */
    exitedBy: uuid('exited_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_pool_members_cadre_idx').on(t.cadreId),
    uniqueIndex('talent_pool_members_open_uq').on(t.poolId, t.cadreId).where(sql`${t.status} in ('NOMINATED', 'ACTIVE')`),
  ],
);
