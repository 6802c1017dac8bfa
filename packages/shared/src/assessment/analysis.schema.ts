import { z } from 'zod';
import { SCHEME_CATEGORIES } from './scheme.schema';

/** The contract of a cycle's dashboard (考核分析): distributions, histogram, ranking against last year, trend. */

export const analysisQuery = z.object({ category: z.enum(SCHEME_CATEGORIES, { error: '考核类别不正确' }).optional() });

/** Grade counts by grade code; `NONE` counts those without a grade yet (or only a comment). */
const counts = z.record(z.string(), z.number());

export const analysisView = z.object({
  category: z.enum(SCHEME_CATEGORIES),
  categories: z.array(z.enum(SCHEME_CATEGORIES)),
  grades: z.array(z.object({ code: z.string(), label: z.string() })),
  byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), counts })),
  histogram: z.array(z.object({ from: z.number(), to: z.number(), n: z.number() })),
  /** Last year's cycle of the same kind that the ranking compares with; null when there is none. */
  comparedWith: z.object({ id: z.string(), name: z.string(), year: z.number() }).nullable(),
  /** The best 100 of the category with last year's rank of the same unit or person. */
  ranking: z.array(
    z.object({
      participantId: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      name: z.string(),
      final: z.number().nullable(),
      rank: z.number().nullable(),
      grade: z.string().nullable(),
      previousRank: z.number().nullable(),
      previousFinal: z.number().nullable(),
      rankChange: z.number().nullable(),
    }),
  ),
  /** The same kind of cycle year by year, up to this one. */
  trend: z.array(z.object({ year: z.number(), cycleId: z.string(), cycleName: z.string(), participants: z.number(), mean: z.number().nullable(), counts })),
});
export type AnalysisView = z.infer<typeof analysisView>;
