import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../platform/audit/audit.tables';
import { ok } from '../test/http';
import { expectOnly, expectWinners, fireAtOnce } from './concurrency-fire';
import { buildGradingWorld, type GradedResult, type GradingWorld } from './concurrency-grading-world';

/*
 * Concurrency of grading (issue 9 item 5): manual grade changes sent at once within one quota pool never give it more
 * EXCELLENT grades than its quota, the counts the analysis shows and the audit entries match the changes that were
 * accepted, and of concurrent changes to one result at one version exactly one is taken.
 */

const SIZE = 20;
let w: GradingWorld;
let poolKey: string;
let quota: number;

beforeAll(async () => {
  w = await buildGradingWorld(SIZE);
  poolKey = (await w.results())[0]?.poolKey as string;
  quota = await w.quota(poolKey);
});
afterAll(() => w.t.close());

const changeGrade = (i: number, r: GradedResult, grade: string, reason = '集体研究调整') =>
  (w.editors[i % 2] ?? w.county.orgDept).put(`/api/v1/assessment/results/${r.participantId}/grade`, { version: r.version, grade, reason });

const gradeAudits = async () => (await w.t.database.db.select().from(auditLog).where(eq(auditLog.action, 'assessment_result.grade'))).length;

/** The pool's EXCELLENT grades as the results list and the analysis count them, which must agree. */
async function excellentCount(): Promise<number> {
  const listed = (await w.results()).filter((r) => r.grade === 'EXCELLENT').length;
  const analysis = ok<{ byUnit: Array<{ unitName: string; counts: Record<string, number> }> }>(
    await w.county.orgDept.get(`/api/v1/assessment/cycles/${w.cycleId}/analysis?category=INDIVIDUAL`),
  );
  expect(analysis.byUnit.find((u) => u.unitName === '甲局')?.counts.EXCELLENT ?? 0).toBe(listed);
  return listed;
}

describe('a quota pool under concurrent changes', () => {
  it('the pool is one unit of 20 with room for some EXCELLENT grades, all proposed', async () => {
    const all = await w.results();
    expect(new Set(all.map((r) => r.poolKey))).toEqual(new Set([poolKey]));
    expect(quota).toBeGreaterThan(1);
    expect(await excellentCount()).toBe(quota);
  });

  it('with the quota freed, 20 promotions sent at once by two editors: exactly the quota succeed, the rest are refused', async () => {
    for (const [i, r] of (await w.results()).filter((r) => r.grade === 'EXCELLENT').entries()) ok(await changeGrade(i, r, 'COMPETENT'));
    expect(await excellentCount()).toBe(0);
    const audited = await gradeAudits();

    const before = await w.results();
    const responses = await fireAtOnce(before.length, (i) => changeGrade(i, before[i] as GradedResult, 'EXCELLENT', '工作实绩突出'));
    const winners = expectWinners(responses, quota, ['422 QUOTA_EXCEEDED']);

    expect(await excellentCount()).toBe(quota);
    expect(await gradeAudits()).toBe(audited + quota);
    const after = new Map((await w.results()).map((r) => [r.participantId, r]));
    for (const [i, r] of before.entries()) {
      const won = winners.includes(i);
      expect(after.get(r.participantId)).toMatchObject({ grade: won ? 'EXCELLENT' : 'COMPETENT', version: r.version + (won ? 1 : 0) });
    }
  });

  it('demotions and promotions racing in a full pool never take it past the quota, and the counts add up', async () => {
    const before = await w.results();
    const audited = await gradeAudits();
    // Every holder steps down and every other person asks up, all at once.
    const responses = await fireAtOnce(before.length, (i) => {
      const r = before[i] as GradedResult;
      return changeGrade(i, r, r.grade === 'EXCELLENT' ? 'COMPETENT' : 'EXCELLENT');
    });
    const won = expectOnly(responses, ['422 QUOTA_EXCEEDED']);
    const took = (i: number) => won.includes(i);
    const demoted = before.filter((r, i) => r.grade === 'EXCELLENT' && took(i)).length;
    const promoted = before.filter((r, i) => r.grade !== 'EXCELLENT' && took(i)).length;
    // Stepping down is never refused for the quota.
    expect(demoted).toBe(quota);
    const count = await excellentCount();
    expect(count).toBe(quota - demoted + promoted);
    expect(count).toBeLessThanOrEqual(quota);
    expect(await gradeAudits()).toBe(audited + demoted + promoted);
  });
});

describe('one result under concurrent changes', () => {
  it('of 12 changes to one result at the version read, exactly one is taken and audited', async () => {
    const r = (await w.results()).find((x) => x.grade !== 'EXCELLENT') as GradedResult;
    const audited = await gradeAudits();
    const grades = ['BASIC', 'COMPETENT', 'INCOMPETENT'];
    const responses = await fireAtOnce(12, (i) => changeGrade(i, r, grades[i % 3] as string, `第 ${i} 次调整`));
    const [winner] = expectWinners(responses, 1, ['409 VERSION_CONFLICT']);
    const after = (await w.results()).find((x) => x.participantId === r.participantId);
    expect(after).toMatchObject({ grade: grades[(winner as number) % 3], version: r.version + 1 });
    expect(await gradeAudits()).toBe(audited + 1);
  });
});
