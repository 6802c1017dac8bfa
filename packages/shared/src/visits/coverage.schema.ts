import { z } from 'zod';

export const coverageQuery = z.object({
  year: z.coerce.number({ error: '年度应为数字' }).int('年度应为整数').min(2000, '年度不早于2000年').max(2200, '年度不晚于2200年'),
});

const figures = { underMeasures: z.number(), visited: z.number(), percent: z.number(), meetsMinimum: z.boolean() };

export const coverageReport = z.object({
  year: z.number(),
  /** The calendar years whose measures count (the previous `coverageLookbackYears`). */
  measuresFrom: z.number(),
  measuresTo: z.number(),
  minCoveragePercent: z.number(),
  total: z.object(figures),
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), ...figures })),
});
export type CoverageReport = z.infer<typeof coverageReport>;
