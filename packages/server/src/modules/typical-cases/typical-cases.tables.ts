import type { KnownIdentifiers, Replacement } from '@dandang/shared/typical-cases/redaction.rules';
import type { TypicalCaseType, TypicalOutcome } from '@dandang/shared/typical-cases/typical-case.codes';
import type { TypicalCaseState } from '@dandang/shared/typical-cases/typical-case.states';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cadres } from '../cadres/cadres.tables';
import { cases } from '../cases/cases.tables';
import { units, users } from '../org/org.tables';

/**
 * 典型案例: a decided case retold in redacted form for education. One per source case, whatever its state. The source's
 * unit and cadre are copied here for the publish permission's data scope, never shown to a reader.
 */
export const typicalCases = pgTable(
  'typical_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceCaseId: uuid('source_case_id')
      .notNull()
      .references(() => cases.id),
    sourceType: text('source_type').$type<TypicalCaseType>().notNull(),
    sourceUnitId: uuid('source_unit_id')
      .notNull()
      .references(() => units.id),
    sourceCadreId: uuid('source_cadre_id').references(() => cadres.id),
    state: text('state').$type<TypicalCaseState>().notNull().default('DRAFT'),
    title: text('title').notNull(),
    /** 基本案情, 处理结果, 案例评析. */
    facts: text('facts').notNull(),
    handling: text('handling').notNull(),
    analysis: text('analysis').notNull(),
    outcome: text('outcome').$type<TypicalOutcome>().notNull(),
    year: integer('year').notNull(),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    /** What generating the draft replaced, for the reviewer (holds the real names: publishers only). */
    replacements: jsonb('replacements').$type<Replacement[]>().notNull().default([]),
    /** The names the source case held when drafted; publishing checks against these and the source's current ones. */
    identifiers: jsonb('identifiers').$type<KnownIdentifiers>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedByName: text('published_by_name'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnByName: text('withdrawn_by_name'),
    withdrawnReason: text('withdrawn_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('typical_cases_source_uq').on(t.sourceCaseId),
    index('typical_cases_state_idx').on(t.state, t.publishedAt),
    index('typical_cases_unit_idx').on(t.sourceUnitId),
  ],
);
