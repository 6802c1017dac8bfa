import { and, eq } from 'drizzle-orm';
import { assessmentPools } from '../modules/assessment/results.tables';
import { draftAnnualCycle } from '../test/assessment';
import { buildCounty, type County } from '../test/county';
import { buildCadre, buildUser } from '../test/factories';
import { ok } from '../test/http';
import { createTestApp, type Session, type TestApp } from '../test/test-app';

/*
 * An annual cycle in its grading stage with one quota pool of `size` cadres of 甲局, all scored, as the grading
 * concurrency tests start from: the organization department's two accounts change grades at once.
 */

export type GradedResult = { participantId: string; name: string; grade: string | null; version: number; poolKey: string | null };

export interface GradingWorld {
  t: TestApp;
  county: County;
  cycleId: string;
  /** Two organization department users, signed in. */
  editors: [Session, Session];
  results(): Promise<GradedResult[]>;
  /** The most EXCELLENT grades the pool may give, as grading reckoned it. */
  quota(poolKey: string): Promise<number>;
}

export async function buildGradingWorld(size: number): Promise<GradingWorld> {
  const t = await createTestApp();
  const county = await buildCounty(t);
  const db = t.database.db;
  for (let i = 1; i <= size; i += 1) await buildCadre(db, { unitId: county.a.id, name: `甲${String(i).padStart(2, '0')}` });
  const indicator = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'TASKS',
      name: '重点任务完成率',
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
    }),
  );
  let cycle = await draftAnnualCycle(county, indicator.id);
  const advance = async (to: string) => {
    cycle = ok(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to }));
  };
  const results = async () => ok<{ items: GradedResult[] }>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/results?pageSize=100`)).items;
  await advance('OPEN');
  // Distinct scores, so the proposal is a plain ranking.
  for (const [i, r] of (await results()).entries()) {
    const entries = { items: { [indicator.id]: { target: 100, actual: 100 - i } }, adjustments: {} };
    ok(await county.orgDept.put(`/api/v1/assessment/results/${r.participantId}/score`, { version: r.version, entries, comment: '年度表现' }));
  }
  await advance('SCORING');
  await advance('GRADING');
  const second = await buildUser(db, { roles: ['org_dept'], unitId: county.root.id });
  return {
    t,
    county,
    cycleId: cycle.id,
    editors: [county.orgDept, await t.login(second.username)],
    results,
    async quota(poolKey) {
      const [pool] = await db
        .select({ quota: assessmentPools.quota })
        .from(assessmentPools)
        .where(and(eq(assessmentPools.cycleId, cycle.id), eq(assessmentPools.poolKey, poolKey)));
      return pool?.quota ?? 0;
    },
  };
}
