import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectNoLeak, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * Odd input to every visits route (plans, visits, recommendations, coverage, care): wrong types, huge and null-byte
 * strings, numbers past the integer range, ids that are not ids, unknown codes, missing bodies. Every answer is a
 * Chinese 4xx that leaks nothing.
 */

let t: TestApp;
let county: County;
let cadreId: string;
let measureId: string;
let visitId: string;

const visit = (extra: Record<string, unknown> = {}) => ({
  cadreId,
  measureId,
  visitedOn: '2026-02-20',
  visitors: ['县纪委 王某', '县纪委 李某'],
  interviewed: ['UNIT_HEAD', 'SELF', 'COLLEAGUES'],
  findings: '能正确对待处分，工作积极主动',
  result: 'GOOD',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  cadreId = (await buildCadre(t.database.db, { unitId: county.a.id, name: '甲回访' })).id;
  const body = { code: 'ADMONISH', effectiveOn: '2026-01-15', decidingBody: '县纪委监委', documentNo: '县纪〔2026〕1号' };
  measureId = ok<{ id: string }>(await county.orgDept.post(`/api/v1/cadres/${cadreId}/measures`, body)).id;
  visitId = ok<{ id: string }>(await county.orgDept.post('/api/v1/visits', visit())).id;
});
afterAll(() => t.close());

describe('visits bad input', () => {
  it('never answers with a 500, a stack trace or SQL', async () => {
    const huge = 'x'.repeat(200_000);
    const nul = '甲\u0000乙';
    const big = 3_000_000_000;
    const s = county.orgDept;
    const unit = county.unitAdminA;
    const odd: Array<[string, () => ReturnType<Session['get']>]> = [
      ['plans state unknown', () => s.get('/api/v1/visits/plans?state=NOPE')],
      ['plans unit not an id', () => s.get('/api/v1/visits/plans?state=all&unitId=abc')],
      ['plans unit null byte', () => s.get('/api/v1/visits/plans?unitId=%00')],
      ['cadre plan of a bad id', () => s.get('/api/v1/cadres/not-a-uuid/visit-plan')],
      ['cadre plan of nobody', () => s.get(`/api/v1/cadres/${crypto.randomUUID()}/visit-plan`)],
      ['cadre recommendations of a bad id', () => s.get('/api/v1/cadres/abc/recommendations')],
      ['recommendations state unknown', () => s.get('/api/v1/visits/recommendations?state=MAYBE&unitId=x')],
      ['visit without a body', () => s.request('POST', '/api/v1/visits')],
      ['visit wrong types', () => s.post('/api/v1/visits', visit({ visitors: '王某', interviewed: 'SELF', result: 1, visitedOn: 20260220 }))],
      ['visit unknown codes', () => s.post('/api/v1/visits', visit({ interviewed: ['NEIGHBOURS'], result: 'EXCELLENT' }))],
      ['visit ids not ids', () => s.post('/api/v1/visits', visit({ cadreId: 'x', measureId: '' }))],
      ['visit null byte', () => s.post('/api/v1/visits', visit({ findings: nul, visitors: [nul, '李某'] }))],
      ['visit huge', () => s.post('/api/v1/visits', visit({ findings: huge, recommendation: huge }))],
      ['visit date garbage', () => s.post('/api/v1/visits', visit({ visitedOn: '2026-02-30' }))],
      ['edit bad id', () => s.patch('/api/v1/visits/abc', { findings: '表现良好', version: 1 })],
      ['edit unknown visit', () => s.patch(`/api/v1/visits/${crypto.randomUUID()}`, { findings: '表现良好', version: 1 })],
      ['edit version huge', () => s.patch(`/api/v1/visits/${visitId}`, { findings: '表现良好', version: big })],
      ['edit version wrong type', () => s.patch(`/api/v1/visits/${visitId}`, { findings: '表现良好', version: 'latest' })],
      ['edit null byte', () => s.patch(`/api/v1/visits/${visitId}`, { findings: nul, version: 1 })],
      ['edit without a body', () => s.request('PATCH', `/api/v1/visits/${visitId}`)],
      ['coverage without a year', () => s.get('/api/v1/visits/coverage')],
      ['coverage year garbage', () => s.get('/api/v1/visits/coverage?year=abc')],
      ['coverage year huge', () => s.get(`/api/v1/visits/coverage?year=${big}`)],
      ['coverage export year float', () => s.get('/api/v1/visits/coverage.xlsx?year=2026.5')],
      ['care flag without a body', () => unit.request('POST', '/api/v1/visits/care-flags')],
      ['care flag bad cadre', () => unit.post('/api/v1/visits/care-flags', { cadreId: 'x', reason: '家庭困难' })],
      ['care flag null byte', () => unit.post('/api/v1/visits/care-flags', { cadreId, reason: nul })],
      ['care flag huge', () => unit.post('/api/v1/visits/care-flags', { cadreId, reason: huge })],
      ['care record unknown kind', () => s.post('/api/v1/visits/care', { cadreId, kind: 'GIFT', on: '2026-02-25', by: '张某' })],
      ['care record wrong types', () => s.post('/api/v1/visits/care', { cadreId: 42, kind: ['TALK'], on: 20260225, by: null })],
      ['care record null byte', () => s.post('/api/v1/visits/care', { cadreId, kind: 'TALK', on: '2026-02-25', by: nul, notes: nul })],
      ['care record huge', () => s.post('/api/v1/visits/care', { cadreId, kind: 'TALK', on: '2026-02-25', by: huge, notes: huge })],
      ['cadre care of a bad id', () => s.get('/api/v1/cadres/abc/care')],
    ];
    for (const [label, call] of odd) {
      const res = await call();
      expectNoLeak(res, label);
      expect(res.statusCode, label).toBeLessThan(500);
    }
  });
});
