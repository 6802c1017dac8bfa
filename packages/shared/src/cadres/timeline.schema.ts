import { z } from 'zod';

/**
 * A cadre's timeline (DOMAIN.md §2: everything about one cadre across modules). Each module contributes entries from
 * one *source*; a viewer sees only the sources whose permission they hold, each within their data scope for it.
 */
export const timelineEntrySchema = z.object({
  /** The day it happened (YYYY-MM-DD). */
  date: z.string(),
  /** What happened, as `<source>.<event>` (e.g. `posts.start`, `measures.revoked`); the web picks icon and colour by it. */
  kind: z.string(),
  title: z.string(),
  detail: z.string(),
  /** A page of the web app that shows the record, when there is one. */
  link: z.string().optional(),
  source: z.string(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelineSchema = z.object({
  cadreId: z.string(),
  /** The sources this viewer may read (in registry order), so the page can say what it shows. */
  sources: z.array(z.object({ source: z.string(), label: z.string() })),
  /** Newest first. */
  entries: z.array(timelineEntrySchema),
});
export type Timeline = z.infer<typeof timelineSchema>;
