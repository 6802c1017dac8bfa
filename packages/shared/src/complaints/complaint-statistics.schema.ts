import { z } from 'zod';

/**
 * 检举控告统计 (issue 7 item 6): a year's complaints (by the day received) within the reader's scope, counted by channel,
 * conclusion, the accused cadres' units and month; the share of false reports whose cadre was publicly cleared
 * (澄清正名率); and how the false accusers were dealt with.
 */

const count = z.number().int();
const coded = z.object({ code: z.string(), label: z.string(), count });

export const complaintStatistics = z.object({
  year: z.number(),
  /** Complaints received in the year. */
  total: count,
  byChannel: z.array(coded),
  /** Every conclusion, and UNCONCLUDED for those not (yet) concluded. */
  byConclusion: z.array(coded),
  /** Each complaint counted once in every unit one of its accused cadres belongs to; most complaints first. */
  byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), count })),
  /** Complaints received in each month 1–12. */
  byMonth: z.array(z.object({ month: count, received: count })),
  /** Working days from receipt to the conclusion, averaged over the concluded; null when none is. */
  averageWorkdaysToConclusion: z.number().nullable(),
  /** 澄清正名率: complaints concluded false (失实, 诬告陷害, 错告误告) in which at least one cadre was cleared. */
  clarification: z.object({ falseReports: count, clarified: count, percent: z.number().nullable() }),
  /** 诬告陷害: concluded, handling recorded, and the referrals made (a handling may make several). */
  falseAccusations: z.object({ concluded: count, handled: count, byReferral: z.array(coded) }),
  /** Some count crossed a year with no published holiday arrangement (Monday–Friday was assumed). */
  provisional: z.boolean(),
});
export type ComplaintStatistics = z.infer<typeof complaintStatistics>;
