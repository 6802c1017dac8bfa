import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../org/org.tables';

/** A user's saved search (常用查询) on a list screen, e.g. the roster; private to its owner. */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The screen it belongs to, e.g. `cadres`. */
    screen: text('screen').notNull(),
    name: text('name').notNull(),
    filter: jsonb('filter').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_filters_owner_name_uq').on(t.ownerId, t.screen, t.name)],
);
