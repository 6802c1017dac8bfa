import { z } from 'zod';
import type { AccountabilityStatistics } from './statistics.rules';

const counts = z.array(z.object({ key: z.string(), label: z.string(), count: z.number() }));

export const statisticsView = z.object({
  year: z.number(),
  decisions: z.number(),
  corrected: z.number(),
  byForm: counts,
  byBody: counts,
  byUnit: counts,
  byMonth: counts,
  repeatFlags: z.number(),
  appeals: z.object({ lodged: z.number(), upheld: z.number(), dismissed: z.number(), open: z.number() }),
  averageWorkdays: z.number().nullable(),
  workdaysProvisional: z.boolean(),
}) satisfies z.ZodType<AccountabilityStatistics>;
