import type { SubmissionDetail, UnitIndicatorView } from '@dandang/shared/participation/participation-view.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import { buildWorld, enterpriseAppeal, idOf, signInAgain, submitAs, type World } from './participation.test-support';

/*
 * Issue 8 item 3 end to end: an enterprise appeal's reply speed becomes a unit's quantitative indicator. A unit's
 * score for the fed indicator is the participation figure of the unit and the cycle's period, the explanation names
 * the feed, an appeal answered late moves the figure and with it the score, and a feed that does not exist or a fed
 * indicator in a cadre scheme is refused naming the field. The clock stands at Monday 2026-03-02.
 */

type Result = { participantId: string; name: string; final: number | null; version: number; breakdown: { reasons: Array<{ text: string }> } | null };

let w: World;
let indicatorId: string;
let cycleId: string;
const figuresUrl = '/api/v1/participation/unit-indicators?kind=APPEAL&from=2026-01-01&to=2026-12-31';

const unitB = async () =>
  ok<{ items: Result[] }>(await w.as.orgDept.get(`/api/v1/assessment/cycles/${cycleId}/results?pageSize=100`)).items.find((r) => r.name === '乙局') as Result;
const replyRateOfB = async () => ok<UnitIndicatorView[]>(await w.as.orgDept.get(figuresUrl)).find((f) => f.unitId === w.county.b.id)?.replyInTimeRate;

async function answer(title: string) {
  const detail = await idOf(w, title);
  ok<SubmissionDetail>(
    await w.as.adminB.post(`/api/v1/participation/submissions/${detail.id}/actions/adopt`, { version: detail.version, answer: '已协调解决，感谢反映。' }),
  );
}

beforeAll(async () => {
  w = await buildWorld();
  await submitAs(w, enterpriseAppeal(w));
  await answer('厂区道路施工');
  indicatorId = ok<{ id: string }>(
    await w.as.orgDept.post('/api/v1/assessment/indicators', {
      code: 'REPLY_RATE',
      name: '企业诉求按期答复率',
      definition: {
        kind: 'QUANTITATIVE',
        unit: '%',
        direction: 'HIGHER_BETTER',
        rule: { method: 'LINEAR', capPercent: 100 },
        feed: 'PARTICIPATION_REPLY_IN_TIME',
      },
    }),
  ).id;
  const scheme = ok<{ id: string }>(
    await w.as.orgDept.post('/api/v1/assessment/schemes', {
      name: '县直部门年度考核方案',
      category: 'COUNTY_DEPARTMENT',
      items: [{ indicatorId, weight: 100 }],
      formula: 'indicators',
    }),
  );
  const cycle = ok<{ id: string; version: number }>(
    await w.as.orgDept.post('/api/v1/assessment/cycles', {
      name: '2026年度县直部门考核',
      kind: 'ANNUAL',
      year: 2026,
      unitIds: [w.county.root.id],
      schemes: [{ category: 'COUNTY_DEPARTMENT', schemeId: scheme.id }],
      stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
    }),
  );
  cycleId = cycle.id;
  ok(await w.as.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/advance`, { version: cycle.version, to: 'OPEN' }));
});
afterAll(() => w.t.close());

describe('indicator feeds', () => {
  it('lists the registered feeds for the indicator editor', async () => {
    const feeds = ok<Array<{ code: string; label: string }>>(await w.as.adminA.get('/api/v1/assessment/indicator-feeds'));
    expect(feeds.map((f) => f.code)).toEqual(expect.arrayContaining(['PARTICIPATION_REPLY_IN_TIME', 'PARTICIPATION_RESOLUTION', 'APPEAL_SATISFACTION']));
  });

  it('refuses a feed that does not exist, naming the field', async () => {
    const res = await w.as.orgDept.post('/api/v1/assessment/indicators', {
      code: 'NO_FEED',
      name: '不存在的数据来源',
      definition: { kind: 'QUANTITATIVE', direction: 'HIGHER_BETTER', rule: { method: 'PASS_FAIL' }, feed: 'NO_SUCH_FEED' },
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['definition.feed']);
  });

  it('refuses a fed indicator in a scheme that assesses cadres', async () => {
    const res = await w.as.orgDept.post('/api/v1/assessment/schemes', {
      name: '个人考核方案',
      category: 'INDIVIDUAL',
      items: [{ indicatorId, weight: 100 }],
      formula: 'indicators',
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['items.0.indicatorId']);
  });

  it('scores a unit by the participation figure of the unit and the period, saying where it came from', async () => {
    expect(await replyRateOfB()).toBe(100);
    const before = await unitB();
    const saved = ok<Result>(
      await w.as.orgDept.put(`/api/v1/assessment/results/${before.participantId}/score`, {
        version: before.version,
        // The typed result is ignored: the feed's figure is the result.
        entries: { items: { [indicatorId]: { target: 100, actual: 10 } } },
      }),
    );
    expect(saved.final).toBe(100);
    expect(saved.breakdown?.reasons.map((r) => r.text).join('\n')).toContain('完成值 100% 取自“按期答复率”');
  });

  it('marks the score stale when a new appeal is answered late, and recomputes it to the new figure', async () => {
    expect(ok(await w.as.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/scores/recompute`))).toMatchObject({ changed: 2 });
    await submitAs(w, { ...enterpriseAppeal(w), title: '园区停电频繁影响生产' });
    w.t.clock.advance(8 * 86_400_000); // Tuesday 2026-03-10, a day past the five working days.
    await signInAgain(w);
    await answer('园区停电');
    expect(await replyRateOfB()).toBe(50);
    expect(ok(await w.as.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/scores/recompute`))).toMatchObject({ changed: 1 });
    expect((await unitB()).final).toBe(50);
  });
});
