import type { AnnouncementAudience } from '@dandang/shared/notifications/announcement.schema';
import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units, users } from '../org/org.tables';

/** 通知公告: a notice to everyone or to chosen units (with their sub-units); each recipient gets it in their inbox. */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    audience: text('audience').$type<AnnouncementAudience>().notNull(),
    publishedBy: uuid('published_by').references(() => users.id),
    publisherName: text('publisher_name').notNull(),
    /** The publisher's unit when they published: a publisher with a unit-wide grant manages that unit's notices. */
    unitId: uuid('unit_id').references(() => units.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('announcements_published_idx').on(t.publishedAt)],
);

/** The units an announcement was addressed to (audience UNITS); their sub-units are reached too. */
export const announcementUnits = pgTable(
  'announcement_units',
  {
    announcementId: uuid('announcement_id')
      .notNull()
      .references(() => announcements.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.unitId] })],
);

/**
 * One message in one person's inbox, read or not. `dedupe_key` (kind, subject, date) is unique per recipient: a
 * message is written with ON CONFLICT DO NOTHING, so however many sweeps run, on however many instances, nobody is
 * told the same thing twice. An announcement's messages are its read receipts.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    announcementId: uuid('announcement_id').references(() => announcements.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_once_uq').on(t.userId, t.dedupeKey),
    index('notifications_inbox_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
    index('notifications_announcement_idx').on(t.announcementId),
  ],
);
