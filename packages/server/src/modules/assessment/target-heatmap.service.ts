import type { HeatMapView } from '@dandang/shared/assessment/target.schema';
import { completionHeatMap } from '@dandang/shared/assessment/target-heatmap';
import { chinaDateOf } from '@dandang/shared/dates/date';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { heatRows } from './targets.repository';
import { requireCycleRow, targetScope } from './targets.service';

/** The completion heat map of a cycle's targets the reader may see (units × indicators). */
export async function targetHeatMap(db: Db, ctx: RequestContext, cycleId: string): Promise<HeatMapView> {
  await requireCycleRow(db, cycleId);
  const rows = await heatRows(db, cycleId, targetScope(ctx, 'assessment.target.read'));
  return completionHeatMap(
    rows.map((r) => ({
      unitId: r.unitId as string,
      unitName: r.unitName,
      indicatorId: r.indicatorId as string,
      indicatorName: r.indicatorName,
      direction: r.definition.kind === 'QUANTITATIVE' ? r.definition.direction : null,
      targetValue: r.targetValue,
      confirmedValue: r.confirmedValue,
      confirmed: r.confirmedAt !== null,
      deadline: r.deadline,
    })),
    chinaDateOf(ctx.now),
  );
}
