import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cadres } from './cadres.tables';

/**
 * Last year's grades that bar promotion (干部任用条例第二十四条), as screenPromotion in shared/rules/promotion.rules.ts
 * reads them; "promotable now" (promotion-bar.sql.ts) looks for them and the partial index below holds only them.
 */
export const BARRING_GRADES = ['BASIC', 'INCOMPETENT'] as const;

/**
 * A cadre's annual grades (年度考核等次), one per year: entered for past years when the registry is set up, and written
 * by the assessment module when a year's grades are final. Promotion screening, the talent pool and the timeline read
 * them. `grade` is EXCELLENT | COMPETENT | BASIC | INCOMPETENT | UNGRADED (不定等次) | NOT_ASSESSED (不参加考核).
 */
export const annualGrades = pgTable(
  'annual_grades',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cadreId: uuid('cadre_id')
      .notNull()
      .references(() => cadres.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    grade: text('grade').notNull(),
    /** Where the grade came from: entered by hand, imported, or an assessment's id. */
    sourceType: text('source_type').notNull().default('MANUAL'),
    sourceId: uuid('source_id'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('annual_grades_cadre_year_uq').on(t.cadreId, t.year),
    // "Promotable now" probes each candidate for a barring grade last year. An index of the few barring rows answers
    // that probe from a couple of pages; the unique index over every grade took five times as long per probe.
    index('annual_grades_barring_idx')
      .on(t.cadreId, t.year)
      .where(sql.raw(`grade in (${BARRING_GRADES.map((g) => `'${g}'`).join(', ')})`)),
  ],
);
