import type { Direction } from './indicator.schema';
import { completion, isOverdue } from './target.rules';
import type { HeatMapView } from './target.schema';

/** One target as the heat map reads it. */
export interface HeatTarget {
  unitId: string;
  unitName: string;
  indicatorId: string;
  indicatorName: string;
  direction: Direction | null;
  targetValue: number | null;
  confirmedValue: number | null;
  confirmed: boolean;
  deadline: string;
}

/**
 * The completion heat map (issue 5 "progress visible as a heat map"): units down, indicators across, each cell the
 * mean completion of that unit's targets on that indicator that have confirmed progress, with how many targets there
 * are, how many are confirmed and how many are overdue. Units and indicators keep the order they first appear in.
 */
export function completionHeatMap(targets: readonly HeatTarget[], today: string): HeatMapView {
  const units = new Map<string, string>();
  const indicators = new Map<string, string>();
  const cells = new Map<string, { unitId: string; indicatorId: string; targets: number; confirmed: number; overdue: number; sum: number }>();
  for (const t of targets) {
    units.set(t.unitId, t.unitName);
    indicators.set(t.indicatorId, t.indicatorName);
    const key = `${t.unitId}|${t.indicatorId}`;
    const cell = cells.get(key) ?? { unitId: t.unitId, indicatorId: t.indicatorId, targets: 0, confirmed: 0, overdue: 0, sum: 0 };
    const done = !t.confirmed ? null : t.direction ? completion(t.direction, t.targetValue, t.confirmedValue) : 100;
    cell.targets += 1;
    if (done !== null) {
      cell.confirmed += 1;
      cell.sum += done;
    }
    if (isOverdue(t.deadline, today, done)) cell.overdue += 1;
    cells.set(key, cell);
  }
  return {
    units: [...units].map(([id, name]) => ({ id, name })),
    indicators: [...indicators].map(([id, name]) => ({ id, name })),
    cells: [...cells.values()].map(({ sum, ...c }) => ({ ...c, completion: c.confirmed ? Math.round((sum / c.confirmed) * 10) / 10 : null })),
  };
}
