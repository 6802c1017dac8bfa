import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { expectNoLeak, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * Bad input to every assessment endpoint, the public ballot among them: a 4xx with a Chinese message, never a 500,
 * a stack or SQL, and nothing written.
 */

let t: TestApp;
let county: County;
let anonymous: Session;
let ids: { indicator: string; scheme: string; cycle: string; session: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  anonymous = t.anonymous();
  const indicator = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'OK',
      name: '指标',
      definition: { kind: 'QUANTITATIVE', unit: '', direction: 'HIGHER_BETTER', rule: { method: 'PASS_FAIL' } },
    }),
  );
  const scheme = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/schemes', {
      name: '方案',
      category: 'INDIVIDUAL',
      items: [{ indicatorId: indicator.id, weight: 100 }],
      raterGroups: [{ group: 'PEER', weight: 100 }],
      formula: 'indicators',
    }),
  );
  const cycle = ok<{ id: string; version: number }>(
    await county.orgDept.post('/api/v1/assessment/cycles', {
      name: '周期',
      kind: 'ANNUAL',
      year: 2026,
      unitIds: [county.root.id],
      schemes: [{ category: 'INDIVIDUAL', schemeId: scheme.id }],
      stageWorkdays: { OPEN: 1, SCORING: 1, GRADING: 1, NOTICE: 1 },
    }),
  );
  ids = { indicator: indicator.id, scheme: scheme.id, cycle: cycle.id, session: crypto.randomUUID(), version: cycle.version };
});
afterAll(() => t.close());

describe('assessment bad input', () => {
  it('answers every bad request with a 4xx and a Chinese message, leaking nothing', async () => {
    const nul = '甲\u0000乙';
    const huge = 'x'.repeat(200_000);
    const definition = { kind: 'QUANTITATIVE', unit: '', direction: 'HIGHER_BETTER', rule: { method: 'PASS_FAIL' } };
    const cases: Array<[string, Session, string, string, unknown]> = [
      ['null byte in indicator name', county.orgDept, 'POST', '/api/v1/assessment/indicators', { code: 'NUL', name: nul, definition }],
      ['huge indicator name', county.orgDept, 'POST', '/api/v1/assessment/indicators', { code: 'HUGE', name: huge, definition }],
      ['unknown kind', county.orgDept, 'POST', '/api/v1/assessment/indicators', { code: 'K', name: 'k', definition: { kind: 'MAGIC' } }],
      [
        'steps not an array',
        county.orgDept,
        'POST',
        '/api/v1/assessment/indicators',
        { code: 'S', name: 's', definition: { ...definition, rule: { method: 'STEPS', steps: 'many' } } },
      ],
      [
        'NaN-ish weight',
        county.orgDept,
        'POST',
        '/api/v1/assessment/schemes',
        { name: 'w', category: 'INDIVIDUAL', items: [{ indicatorId: ids.indicator, weight: 'abc' }], formula: 'indicators' },
      ],
      ['array as scheme', county.orgDept, 'POST', '/api/v1/assessment/schemes', [1, 2, 3]],
      [
        'deep formula',
        county.orgDept,
        'POST',
        '/api/v1/assessment/schemes',
        { name: 'f', category: 'INDIVIDUAL', items: [{ indicatorId: ids.indicator, weight: 100 }], formula: `${'('.repeat(100)}1${')'.repeat(99)}` },
      ],
      [
        'formula with code',
        county.orgDept,
        'POST',
        '/api/v1/assessment/schemes',
        {
          name: 'g',
          category: 'INDIVIDUAL',
          items: [{ indicatorId: ids.indicator, weight: 100 }],
          formula: 'this.constructor.constructor("return process")()',
        },
      ],
      [
        'far year',
        county.orgDept,
        'POST',
        '/api/v1/assessment/cycles',
        {
          name: '远',
          kind: 'ANNUAL',
          year: 99999,
          unitIds: [county.root.id],
          schemes: [{ category: 'INDIVIDUAL', schemeId: ids.scheme }],
          stageWorkdays: { OPEN: 1, SCORING: 1, GRADING: 1, NOTICE: 1 },
        },
      ],
      [
        'zero workdays',
        county.orgDept,
        'POST',
        '/api/v1/assessment/cycles',
        {
          name: '零',
          kind: 'ANNUAL',
          year: 2026,
          unitIds: [county.root.id],
          schemes: [{ category: 'INDIVIDUAL', schemeId: ids.scheme }],
          stageWorkdays: { OPEN: 0, SCORING: 1, GRADING: 1, NOTICE: 1 },
        },
      ],
      ['advance to nowhere', county.orgDept, 'POST', `/api/v1/assessment/cycles/${ids.cycle}/advance`, { version: ids.version, to: 'ARCHIVED' }],
      ['float version', county.orgDept, 'POST', `/api/v1/assessment/cycles/${ids.cycle}/advance`, { version: 1.5, to: 'OPEN' }],
      ['non-uuid cycle', county.orgDept, 'GET', "/api/v1/assessment/cycles/1'%20or%20'1'='1", undefined],
      [
        'ballots in a draft',
        county.orgDept,
        'POST',
        `/api/v1/assessment/cycles/${ids.cycle}/ballot-sessions`,
        { unitId: county.a.id, groups: [{ group: 'PEER', codes: 1 }] },
      ],
      [
        'too many codes',
        county.orgDept,
        'POST',
        `/api/v1/assessment/cycles/${ids.cycle}/ballot-sessions`,
        { unitId: county.a.id, groups: [{ group: 'PEER', codes: 100000 }] },
      ],
      ['close an unknown session', county.orgDept, 'POST', `/api/v1/assessment/ballot-sessions/${ids.session}/close`, { version: 1 }],
      ['close without a version', county.orgDept, 'POST', `/api/v1/assessment/ballot-sessions/${ids.session}/close`, {}],
      ['tally an unknown session', county.orgDept, 'GET', `/api/v1/assessment/ballot-sessions/${ids.session}/tally`, undefined],
      ['null byte in a code', anonymous, 'GET', '/api/v1/public/ballots/ABCD%00EFGH-JKMN', undefined],
      ['huge code', anonymous, 'GET', `/api/v1/public/ballots/${'A'.repeat(5000)}`, undefined],
      ['answers as an array', anonymous, 'POST', '/api/v1/public/ballots', { code: 'ABCD-EFGH-JKMN', answers: ['GOOD'] }],
      ['non-uuid subject', anonymous, 'POST', '/api/v1/public/ballots', { code: 'ABCD-EFGH-JKMN', answers: { "1' or '1'='1": 'GOOD' } }],
      ['unknown level', anonymous, 'POST', '/api/v1/public/ballots', { code: 'ABCD-EFGH-JKMN', answers: { [crypto.randomUUID()]: 'BEST' } }],
      ['code as a number', anonymous, 'POST', '/api/v1/public/ballots', { code: 42, answers: {} }],
      ['deep answers', anonymous, 'POST', '/api/v1/public/ballots', `{"code":"ABCD-EFGH-JKMN","answers":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
    ];
    for (const [label, session, method, url, body] of cases) {
      const res = await session.request(method, url, body, body === undefined ? {} : { 'content-type': 'application/json' });
      expectNoLeak(res, label);
    }
    expect(ok<unknown[]>(await county.orgDept.get('/api/v1/assessment/indicators')).length).toBe(1);
    expect(ok<unknown[]>(await county.orgDept.get('/api/v1/assessment/schemes')).length).toBe(1);
    expect(ok<unknown[]>(await county.orgDept.get('/api/v1/assessment/cycles')).length).toBe(1);
  });
});
