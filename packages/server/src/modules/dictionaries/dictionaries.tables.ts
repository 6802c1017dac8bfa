import { boolean, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const dictionaries = pgTable('dictionaries', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const dictionaryItems = pgTable(
  'dictionary_items',
  {
    dictionaryCode: text('dictionary_code')
      .notNull()
      .references(() => dictionaries.code, { onDelete: 'cascade' }),
    value: text('value').notNull(),
    label: text('label').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    color: text('color'),
    disabled: boolean('disabled').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.dictionaryCode, t.value] })],
);
