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
  return ok(await county.orgDept.post('/api/v1/assessment/cycles', cycleBody(county, scheme.id, name)));
}

/**
 * An annual 2026 cycle over the whole county, open for democratic evaluation: one pass/fail indicator (履职情况) and
 * the rater groups and formula given, as the ballot tests need it.
 */
export async function openEvaluationCycle(
  county: County,
  raterGroups: Array<{ group: string; weight: number }>,
  formula = 'indicators * 0.7 + democratic * 0.3',
): Promise<string> {
  const indicator = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'DUTY',
      name: '履职情况',
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'PASS_FAIL' } },
    }),
  );
  const scheme = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/schemes', {
      name: '个人年度考核',
      category: 'INDIVIDUAL',
      items: [{ indicatorId: indicator.id, weight: 100 }],
      raterGroups,
      formula,
    }),
  );
  const draft = ok<{ id: string; version: number }>(await county.orgDept.post('/api/v1/assessment/cycles', cycleBody(county, scheme.id, '2026年度考核')));
  ok(await county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version, to: 'OPEN' }));
  return draft.id;
}

/** An annual 2026 cycle over the whole county assessing individuals by one scheme, with working-day stages. */
function cycleBody(county: County, schemeId: string, name: string) {
  return {
    name,
    kind: 'ANNUAL',
    year: 2026,
    unitIds: [county.root.id],
    schemes: [{ category: 'INDIVIDUAL', schemeId }],
    stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
  };
}
