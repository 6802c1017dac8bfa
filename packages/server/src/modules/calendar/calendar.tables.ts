import { boolean, date, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** A year is "published" once its holiday arrangement is entered; other years count Monday–Friday, provisionally. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  published: boolean('published').notNull().default(true),
  source: text('source').notNull().default(''),
});

/** Only the exceptions to Monday–Friday: statutory holidays and make-up working days (调休上班). */
export const calendarDays = pgTable('calendar_days', {
  date: date('date', { mode: 'string' }).primaryKey(),
  /** holiday | workday */
  kind: text('kind').notNull(),
  name: text('name').notNull().default(''),
});
