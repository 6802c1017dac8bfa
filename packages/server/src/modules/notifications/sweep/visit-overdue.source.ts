import { listVisitPlans } from '../../visits';
import { holdersOver } from '../recipients.repository';
import type { SweepSource } from './sweep-sources';

/**
 * 回访逾期 (the visit plans, DOMAIN.md §9): a planned return visit past its date tells those who record visits over the
 * cadre's unit, once per planned visit.
 */
export const visitOverdueSource: SweepSource = {
  code: 'VISIT_OVERDUE',
  reads: ['visit.read'],
  async find(db, reader) {
    const { items } = await listVisitPlans(db, reader, { state: 'overdue' });
    const visitors = new Map<string, string[]>();
    for (const unitId of new Set(items.map((p) => p.unitId))) visitors.set(unitId, await holdersOver(db, 'visit.write', unitId));
    return items.flatMap((plan) =>
      plan.items
        .filter((item) => item.status === 'overdue')
        .map((item) => ({
          kind: 'VISIT_OVERDUE',
          title: `${plan.unitName} ${plan.cadreName} 的第 ${item.seq} 次回访已逾期`,
          body: `应于 ${item.dueBy} 前回访（谁查处、谁回访：${plan.assignedTo || '作出处理的机关'}）。`,
          link: '/visits/plans',
          subject: { type: 'measure', id: plan.measureId },
          on: item.dueBy,
          userIds: visitors.get(plan.unitId) ?? [],
        })),
    );
  },
};
