import type { County } from './county';
import { ok } from './http';

/**
 * A scheme of one indicator (weight 100) for individuals and a draft annual 2026 cycle over the whole county that
 * assesses by it, as the organization department sets them up through the API.
 */
export async function draftAnnualCycle(
  county: County,
  indicatorId: string,
  name = '2026年度目标考核',
): Promise<{ id: string; version: number; state: string }> {
  const scheme = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/schemes', {
      name: '个人目标考核方案',
      category: 'INDIVIDUAL',
      items: [{ indicatorId, weight: 100 }],
      adjustments: [],
      formula: 'indicators',
    }),
  );
  return ok(
    await county.orgDept.post('/api/v1/assessment/cycles', {
      name,
      kind: 'ANNUAL',
      year: 2026,
      unitIds: [county.root.id],
      schemes: [{ category: 'INDIVIDUAL', schemeId: scheme.id }],
      stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
    }),
  );
}
