import { chinaDateOf } from '@dandang/shared/dates/date';
import type { SubmissionKind } from '@dandang/shared/participation/participation.codes';
import { unitIndicators } from '@dandang/shared/participation/participation.rules';
import type { UnitIndicatorView } from '@dandang/shared/participation/participation-view.schema';
import type { SQL } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { submissionScope } from './participation.policy';
import * as repo from './participation.repository';

export interface IndicatorPeriod {
  kinds: readonly SubmissionKind[];
  from: string;
  to: string;
}

/**
 * Per-unit figures of the submissions of the given kinds made in a period (issue 8 item 3: reply speed, resolution
 * rate and satisfaction as quantitative indicators). The assessment's feeds pass the units of a cycle as the scope;
 * `asOf` decides what is overdue.
 */
export async function unitIndicatorFigures(db: Executor, period: IndicatorPeriod, asOf: Date, scope?: SQL): Promise<UnitIndicatorView[]> {
  const rows = await repo.indicatorRows(db, { ...period, scope });
  const names = new Map(rows.map((r) => [r.unitId, r.unitName]));
  return unitIndicators(rows, chinaDateOf(asOf)).map((figures) => ({ ...figures, unitName: names.get(figures.unitId) ?? '' }));
}

/** The same figures over the units the reader's participation.read scope reaches. */
export function readUnitIndicators(db: Executor, ctx: RequestContext, { kind, ...period }: { kind: SubmissionKind; from: string; to: string }) {
  return unitIndicatorFigures(db, { kinds: [kind], ...period }, ctx.now, submissionScope(ctx.actor, 'participation.read'));
}
