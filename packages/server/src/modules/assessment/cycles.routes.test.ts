import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUnit } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * Assessment cycles (考核周期): a draft chooses units and category schemes; opening fixes the population; each stage
 * runs against a deadline in working days (DOMAIN.md §3) and a cycle past it is overdue; exactly one of two racing
 * moves wins; participants are listed within the reader's scope (assessment.result.read).
 */

type Cycle = { id: string; version: number; state: string; stageStartedOn: string | null; stageDueOn: string | null; overdue: boolean; participants: number };
type Participants = { items: Array<{ category: string; unitName: string; cadreName: string | null }>; total: number };

let t: TestApp;
let county: County;
let township: { id: string };
const schemeIds: Record<string, string> = {};
let indicatorId: string;

const stageWorkdays = { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 };
const cycle = (over: Record<string, unknown> = {}) => ({
  name: '2026年度考核',
  kind: 'ANNUAL',
  year: 2026,
  unitIds: [county.root.id],
  schemes: [
    { category: 'TOWNSHIP', schemeId: schemeIds.TOWNSHIP },
    { category: 'INDIVIDUAL', schemeId: schemeIds.INDIVIDUAL },
  ],
  stageWorkdays,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  township = await buildUnit(db, { parent: county.root, type: 'township', name: '东镇' });
  await buildCadre(db, { unitId: county.a.id, name: '甲一' });
  await buildCadre(db, { unitId: county.a.id, name: '甲二' });
  await buildCadre(db, { unitId: county.b.id, name: '乙一' });
  await buildCadre(db, { unitId: township.id, name: '镇一' });
  const indicator = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'WORK',
      name: '重点工作',
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'PASS_FAIL' } },
    }),
  );
  indicatorId = indicator.id;
  for (const category of ['TOWNSHIP', 'INDIVIDUAL']) {
    const scheme = ok<{ id: string }>(
      await county.orgDept.post('/api/v1/assessment/schemes', {
        name: `${category}方案`,
        category,
        items: [{ indicatorId: indicator.id, weight: 100 }],
        formula: 'indicators + bonus - deduction',
      }),
    );
    schemeIds[category] = scheme.id;
  }
});
afterAll(() => t.close());

describe('assessment cycles', () => {
  let draft: Cycle;

  it('refuses a draft with every problem named: the quarter, a scheme of another category, an unknown unit', async () => {
    const shape = await county.orgDept.post('/api/v1/assessment/cycles', cycle({ kind: 'PERIODIC' }));
    expectError(shape, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(shape)).toEqual(['quarter']);
    const parts = await county.orgDept.post(
      '/api/v1/assessment/cycles',
      cycle({ unitIds: [county.root.id, '00000000-0000-4000-8000-000000000000'], schemes: [{ category: 'TOWNSHIP', schemeId: schemeIds.INDIVIDUAL }] }),
    );
    expectError(parts, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(parts)).toEqual(['unitIds.1', 'schemes.0.schemeId']);
    expect(ok<Cycle[]>(await county.orgDept.get('/api/v1/assessment/cycles'))).toEqual([]);
  });

  it('creates a draft and previews how many each category takes in', async () => {
    draft = ok<Cycle>(await county.orgDept.post('/api/v1/assessment/cycles', cycle()));
    expect(draft).toMatchObject({ state: 'DRAFT', stageDueOn: null, overdue: false, participants: 0 });
    const population = ok<Array<{ category: string; count: number }>>(await county.orgDept.get(`/api/v1/assessment/cycles/${draft.id}/population`));
    expect(population.sort((a, b) => a.category.localeCompare(b.category))).toEqual([
      { category: 'INDIVIDUAL', count: 4 },
      { category: 'TOWNSHIP', count: 1 },
    ]);
  });

  it('opens with a deadline of 10 working days and fixes the population', async () => {
    const opened = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version, to: 'OPEN' }));
    // Monday 2 March 2026 plus 10 working days.
    expect(opened).toMatchObject({ state: 'OPEN', stageStartedOn: '2026-03-02', stageDueOn: '2026-03-16', participants: 5 });
    await buildCadre(t.database.db, { unitId: county.a.id, name: '甲三' });
    expect(ok<Cycle>(await county.orgDept.get(`/api/v1/assessment/cycles/${draft.id}`)).participants).toBe(5);
    draft = opened;
  });

  it('refuses a skipped stage and a stale version with 409, and lets exactly one of two racing moves win', async () => {
    expectError(await county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version, to: 'GRADING' }), 409, 'STATE_CONFLICT');
    expectError(
      await county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version - 1, to: 'SCORING' }),
      409,
      'VERSION_CONFLICT',
    );
    const [first, second] = await Promise.all([
      county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version, to: 'SCORING' }),
      county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version, to: 'SCORING' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    draft = ok<Cycle>(await county.orgDept.get(`/api/v1/assessment/cycles/${draft.id}`));
    expect(draft.state).toBe('SCORING');
  });

  it('is overdue once the stage’s last working day has passed', async () => {
    expect(draft).toMatchObject({ stageDueOn: '2026-03-09', overdue: false });
    t.clock.advance(8 * 24 * 3600_000);
    // Sessions end after 12 hours: sign in again on the later day.
    county.orgDept = await t.login(county.users.orgDept.username);
    county.unitAdminA = await t.login(county.users.unitAdminA.username);
    expect(ok<Cycle>(await county.orgDept.get(`/api/v1/assessment/cycles/${draft.id}`)).overdue).toBe(true);
  });

  it('counts the notice stage from its first day (a 5-day notice begun on a Tuesday ends the next Monday)', async () => {
    // Grading needs everyone's score.
    const { items } = ok<{ items: Array<{ participantId: string; version: number }> }>(
      await county.orgDept.get(`/api/v1/assessment/cycles/${draft.id}/results?pageSize=50`),
    );
    for (const r of items) {
      ok(
        await county.orgDept.put(`/api/v1/assessment/results/${r.participantId}/score`, {
          version: r.version,
          entries: { items: { [indicatorId]: { target: 1, actual: 1 } } },
        }),
      );
    }
    const grading = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version, to: 'GRADING' }));
    const notice = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: grading.version, to: 'NOTICE' }));
    expect(notice).toMatchObject({ state: 'NOTICE', stageStartedOn: '2026-03-10', stageDueOn: '2026-03-16', noticeEndsOn: '2026-03-16', overdue: false });
    t.clock.advance(7 * 24 * 3600_000);
    county.orgDept = await t.login(county.users.orgDept.username);
    county.unitAdminA = await t.login(county.users.unitAdminA.username);
    const published = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: notice.version, to: 'PUBLISHED' }));
    expect(published).toMatchObject({ state: 'PUBLISHED', stageDueOn: null, overdue: false });
    expectError(await county.orgDept.delete(`/api/v1/assessment/cycles/${draft.id}?version=${published.version}`), 409, 'STATE_CONFLICT');
  });

  it('lists participants within the reader’s scope: a unit administrator sees only their unit', async () => {
    const all = ok<Participants>(await county.orgDept.get(`/api/v1/assessment/cycles/${draft.id}/participants?pageSize=50`));
    expect(all.total).toBe(5);
    const mine = ok<Participants>(await county.unitAdminA.get(`/api/v1/assessment/cycles/${draft.id}/participants?pageSize=50`));
    expect(mine.items.map((p) => [p.category, p.cadreName]).sort()).toEqual([
      ['INDIVIDUAL', '甲一'],
      ['INDIVIDUAL', '甲二'],
    ]);
    expect(mine.total).toBe(2);
    expectError(await county.unitAdminA.post('/api/v1/assessment/cycles', cycle({ name: '甲局自建' })), 403, 'FORBIDDEN');
  });

  it('refuses to open a cycle whose units hold nobody of its categories, keeping it a draft', async () => {
    const empty = ok<Cycle>(
      await county.orgDept.post(
        '/api/v1/assessment/cycles',
        cycle({ name: '乙局乡镇考核', unitIds: [county.b.id], schemes: [{ category: 'TOWNSHIP', schemeId: schemeIds.TOWNSHIP }] }),
      ),
    );
    expectError(await county.orgDept.post(`/api/v1/assessment/cycles/${empty.id}/advance`, { version: empty.version, to: 'OPEN' }), 409, 'STATE_CONFLICT');
    expect(ok<Cycle>(await county.orgDept.get(`/api/v1/assessment/cycles/${empty.id}`))).toMatchObject({ state: 'DRAFT', version: empty.version });
    expect((await county.orgDept.delete(`/api/v1/assessment/cycles/${empty.id}?version=${empty.version}`)).statusCode).toBe(204);
  });
});
