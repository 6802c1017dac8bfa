import type { ProgressState, TargetLevel } from '@dandang/shared/assessment/target.schema';
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigserial, date, doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/bytea';
import { cadres } from '../cadres/cadres.tables';
import { units, users } from '../org/org.tables';
import { assessmentIndicators } from './assessment.tables';
import { assessmentCycles } from './cycles.tables';

/**
 * A cycle's targets (目标任务), a tree from the jurisdiction to units to people. `unit_id` is the owning unit (a
 * person target's is its owner's unit, kept so scopes filter on one column); `confirmed_value` and `confirmed_at`
 * repeat the newest confirmed report so the tree, the heat map and the scores read one row per target.
 */
export const assessmentTargets = pgTable(
  'assessment_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => assessmentCycles.id, { onDelete: 'cascade' }),
    // Deleting a parent is refused while it has children, so no cascade here.
    parentId: uuid('parent_id').references((): AnyPgColumn => assessmentTargets.id),
    /** JURISDICTION | UNIT | PERSON. */
    level: text('level').$type<TargetLevel>().notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    unitId: uuid('unit_id').references(() => units.id),
    cadreId: uuid('cadre_id').references(() => cadres.id),
    indicatorId: uuid('indicator_id').references(() => assessmentIndicators.id),
    targetValue: doublePrecision('target_value'),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    confirmedValue: doublePrecision('confirmed_value'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessment_targets_cycle_unit_idx').on(t.cycleId, t.unitId),
    index('assessment_targets_parent_idx').on(t.parentId),
    index('assessment_targets_cadre_idx').on(t.cadreId),
  ],
);

/** A progress report (进展填报) on a target: the value reached so far and what was done, awaiting the leader. */
export const assessmentProgress = pgTable(
  'assessment_progress',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order reports were made in, which the clock alone cannot give (two in the same millisecond). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    targetId: uuid('target_id')
      .notNull()
      .references(() => assessmentTargets.id, { onDelete: 'cascade' }),
    value: doublePrecision('value'),
    note: text('note').notNull(),
    /** SUBMITTED | CONFIRMED | RETURNED. */
    state: text('state').$type<ProgressState>().notNull().default('SUBMITTED'),
    returnReason: text('return_reason').notNull().default(''),
    reportedBy: uuid('reported_by')
      .notNull()
      .references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('assessment_progress_target_idx').on(t.targetId, t.seq),
    // One report awaiting review per target, also when two are sent at once.
    uniqueIndex('assessment_progress_pending_uq').on(t.targetId).where(sql`${t.state} = 'SUBMITTED'`),
  ],
);

/**
 * An evidence file (佐证材料). Uploaded first, then attached to the report that cites it; kept in the database so a
 * backup holds it and every instance serves it.
 */
export const assessmentEvidence = pgTable(
  'assessment_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    progressId: uuid('progress_id').references(() => assessmentProgress.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('assessment_evidence_progress_idx').on(t.progressId)],
);
