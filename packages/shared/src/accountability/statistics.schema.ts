import { z } from 'zod';
import type { AccountabilityStatistics } from './statistics.rules';

export const statisticsQuery = z.object({
  year: z.coerce.number('年度应为数字').int('年度应为整数').min(2000, '年度不正确').max(2100, '年度不正确').optional(),
});

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
