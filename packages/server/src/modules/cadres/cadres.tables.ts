import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from '../org/org.tables';

/** The minimal cadre record of the foundation; the registry extends it with posts, measures and the rest. */
export const cadres = pgTable(
  'cadres',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    gender: text('gender').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    ethnicity: text('ethnicity').notNull(),
    education: text('education').notNull(),
    politicalStatus: text('political_status').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    post: text('post').notNull().default(''),
    rank: text('rank').notNull().default(''),
    phone: text('phone').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cadres_unit_idx').on(t.unitId), index('cadres_name_idx').on(sql`${t.name} text_pattern_ops`)],
);
