import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
import type { UnitIndicatorView } from '@dandang/shared/participation/participation-view.schema';
import { groupBy } from '@dandang/shared/platform/group-by';
import { percentOf } from '@dandang/shared/platform/statistics';
import { sql } from 'drizzle-orm';
import type { IndicatorFeed } from '../assessment';
import { unitIndicatorFigures } from './indicators.service';
import { participationSubmissions } from './participation.tables';

/*
 * The figures of unitIndicatorFigures as assessment indicator feeds (issue 8 item 3: "reply speed, resolution rate and
 * satisfaction per unit become quantitative indicators the assessment module can use"). Reply speed and resolution
 * count appeals and ideas together, from their summed counts so a unit with many appeals and one idea is not judged
 * half by the idea; satisfaction is the enterprises' rating of their appeals (ideas are not rated).
 */

type Figures = Pick<UnitIndicatorView, 'answeredInTime' | 'due' | 'resolved' | 'answered' | 'meanSatisfaction'>;
const total = (list: readonly Figures[], key: 'answeredInTime' | 'due' | 'resolved' | 'answered') => list.reduce((n, f) => n + f[key], 0);

function feed(code: string, label: string, unit: string, kinds: readonly SubmissionKind[], figure: (list: readonly Figures[]) => number | null): IndicatorFeed {
  return {
    code,
    label,
    unit,
    read: async (db, units, period, asOf) => {
      const scope = sql`${participationSubmissions.unitId} in (${units})`;
      const all: UnitIndicatorView[] = [];
      for (const kind of kinds) all.push(...(await unitIndicatorFigures(db, { kind, ...period }, asOf, scope)));
      const values = new Map<string, number>();
      for (const [unitId, list] of groupBy(all, (f) => f.unitId)) {
        const value = figure(list);
        if (value !== null) values.set(unitId, value);
      }
      return values;
    },
  };
}

export const participationFeeds: readonly IndicatorFeed[] = [
  feed('PARTICIPATION_REPLY_IN_TIME', '按期答复率', '%', ['APPEAL', 'IDEA'], (list) => percentOf(total(list, 'answeredInTime'), total(list, 'due'))),
  feed('PARTICIPATION_RESOLUTION', '解决率/采纳率', '%', ['APPEAL', 'IDEA'], (list) => percentOf(total(list, 'resolved'), total(list, 'answered'))),
  feed('APPEAL_SATISFACTION', '企业满意度', '分（1–5）', ['APPEAL'], (list) => list[0]?.meanSatisfaction ?? null),
];
