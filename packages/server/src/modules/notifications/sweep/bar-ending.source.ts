import { BAR_ENDING_DAYS } from '@dandang/shared/notifications/notification.rules';
import { MEASURES, type MeasureCode } from '@dandang/shared/rules/measures';
import { measureAlerts } from '../../cadres';
import { accountsOfCadres, holdersOver } from '../recipients.repository';
import type { SweepSource } from './sweep-sources';

/**
 * 影响期提醒 (the registry's alert list, DOMAIN.md §4): a cadre whose promotion bar ends within BAR_ENDING_DAYS days is
 * told themself, and so are those who manage measures over their unit, once per end date.
 */
export const barEndingSource: SweepSource = {
  code: 'BAR_ENDING',
  reads: ['measure.read'],
  async find(db, reader) {
    const { items } = await measureAlerts(db, reader, BAR_ENDING_DAYS);
    const own = await accountsOfCadres(
      db,
      items.map((i) => i.cadreId),
    );
    const managers = new Map<string, string[]>();
    for (const unitId of new Set(items.map((i) => i.unitId))) managers.set(unitId, await holdersOver(db, 'measure.write', unitId));
    return items.map((i) => ({
      kind: 'BAR_ENDING',
      title: `${i.unitName} ${i.name} 的影响期将于 ${i.eligibleFrom} 届满`,
      body: `${MEASURES[i.measure.code as MeasureCode]?.label ?? i.measure.code}（${i.measure.effectiveOn} 起）的影响期届满后，自 ${i.eligibleFrom} 起不再影响提拔使用。`,
      link: `/cadres/${i.cadreId}`,
      subject: { type: 'cadre', id: i.cadreId },
      on: i.eligibleFrom,
      userIds: [...own.filter((o) => o.cadreId === i.cadreId).map((o) => o.userId), ...(managers.get(i.unitId) ?? [])],
    }));
  },
};
