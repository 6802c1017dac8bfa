import type { Period } from '@dandang/shared/dashboard/dashboard.rules';
import { chinaDateOf } from '@dandang/shared/dates/date';
import type { RequestContext } from '../../platform/context';
import { holds, scopeCondition } from '../org';
import type { KpiReader, KpiSource } from './kpi-source';

/** The reader of one request: today in China, the period flows are counted in, and the dashboard's own scope. */
export function readerOf(ctx: RequestContext, period: (today: string) => Period): KpiReader {
  const today = chinaDateOf(ctx.now);
  return {
    ctx,
    today,
    period: period(today),
    // Unit columns only: a record with no unit in reach is out of the dashboard's scope ('self' and 'assigned' see none).
    within: (unitId) => scopeCondition(ctx.actor, 'dashboard.read', { unitId }),
  };
}

/** A figure shows only to a reader who may read what it counts. */
export const canSee = (reader: KpiReader, source: Pick<KpiSource, 'permissions'>) => source.permissions.some((p) => holds(reader.ctx.actor, p));
