import { z } from 'zod';

/** 容错纠错统计: what a year's cases came to, how long each stage took in working days, and how many kept the limits. */

const count = z.number().int();

export const toleranceStatistics = z.object({
  year: z.number(),
  /** Cases opened in the year within the reader's scope. */
  total: count,
  /** By the collective decision; UNDECIDED for cases not (yet) decided. */
  byDecision: z.array(z.object({ decision: z.string(), label: z.string(), count })),
  byState: z.array(z.object({ state: z.string(), label: z.string(), count })),
  byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), total: count, exempt: count, lighter: count, reduced: count, rejected: count })),
  /** Cases opened in each month 1–12. */
  byMonth: z.array(z.object({ month: count, opened: count })),
  /** Average working days of each stage over the cases that have left it; null when none has. */
  stages: z.array(z.object({ state: z.string(), label: z.string(), cases: count, averageWorkdays: z.number().nullable() })),
  /** Decided cases whose acceptance and investigation kept their limits (investigation with approved extensions). */
  withinLimits: z.object({ decided: count, within: count, percent: z.number().nullable() }),
  /** Some count crossed a year with no published holiday arrangement (Monday–Friday was assumed). */
  provisional: z.boolean(),
});
export type ToleranceStatistics = z.infer<typeof toleranceStatistics>;
