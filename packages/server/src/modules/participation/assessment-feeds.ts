import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { UnitIndicatorView } from '@dandang/shared/participation/participation-view.schema';
import { sql } from 'drizzle-orm';
import type { IndicatorFeed } from '../assessment';
import { unitIndicatorFigures } from './indicators.service';
import { participationSubmissions } from './participation.tables';

/*
 * The figures of unitIndicatorFigures as assessment indicator feeds (issue 8 item 3: "reply speed, resolution rate and
 * satisfaction per unit become quantitative indicators the assessment module can use"). Reply speed and resolution
 * count appeals and ideas together, as one pool of submissions, so a unit with many appeals and one idea is not judged
 * half by the idea; satisfaction is the enterprises' rating of their appeals (ideas are not rated).
 */

function feed(code: string, label: string, unit: string, kinds: readonly SubmissionKind[], figure: (f: UnitIndicatorView) => number | null): IndicatorFeed {
  return {
    code,
    label,
    unit,
    read: async (db, units, period, asOf) => {
      const figures = await unitIndicatorFigures(db, { kinds, ...period }, asOf, sql`${participationSubmissions.unitId} in (${units})`);
      const values = new Map<string, number>();
      for (const f of figures) {
        const value = figure(f);
        if (value !== null) values.set(f.unitId, value);
      }
      return values;
    },
  };
}

export const participationFeeds: readonly IndicatorFeed[] = [
  feed('PARTICIPATION_REPLY_IN_TIME', '按期答复率', '%', ['APPEAL', 'IDEA'], (f) => f.replyInTimeRate),
  feed('PARTICIPATION_RESOLUTION', '解决率/采纳率', '%', ['APPEAL', 'IDEA'], (f) => f.resolutionRate),
  feed('APPEAL_SATISFACTION', '企业满意度', '分（1–5）', ['APPEAL'], (f) => f.meanSatisfaction),
];
