import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../test/http';
import type { Session } from '../../test/test-app';
import { buildWorld, decidedToleranceCase, draftFrom, editOf, type World } from './typical-cases.test-support';

/*
 * Odd input to every typical-case route (drafting, listing, export, reading, editing, publishing, withdrawing,
 * reworking): wrong types, huge and null-byte strings, numbers past the integer range, ids that are not ids, unknown
 * codes, missing bodies. Every answer is a Chinese 4xx that leaks nothing.
 */

let w: World;
let id: string;
let edit: ReturnType<typeof editOf>;

beforeAll(async () => {
  w = await buildWorld();
  const draft = await draftFrom(w.as.discipline, await decidedToleranceCase(w));
  id = draft.id;
  edit = editOf(draft);
});
afterAll(() => w.t.close());

describe('typical cases bad input', () => {
  it('never answers with a 500, a stack trace or SQL', async () => {
    const huge = 'x'.repeat(200_000);
    const nul = '甲\u0000乙';
    const big = 3_000_000_000;
    const s = w.as.discipline;
    const at = (rest = '') => `/api/v1/typical-cases/${id}${rest}`;
    const odd: Array<[string, () => ReturnType<Session['get']>]> = [
      ['draft without a body', () => s.request('POST', '/api/v1/typical-cases')],
      ['draft case not an id', () => s.post('/api/v1/typical-cases', { caseId: 'abc' })],
      ['draft case wrong type', () => s.post('/api/v1/typical-cases', { caseId: 42 })],
      ['draft from nothing', () => s.post('/api/v1/typical-cases', { caseId: crypto.randomUUID() })],
      ['draft unknown field', () => s.post('/api/v1/typical-cases', { caseId: crypto.randomUUID(), extra: nul })],
      ['list unknown codes', () => s.get('/api/v1/typical-cases?type=NOPE&outcome=MAYBE&state=LOST')],
      ['list year garbage', () => s.get('/api/v1/typical-cases?year=1e99')],
      ['list page huge', () => s.get(`/api/v1/typical-cases?page=${big}&pageSize=${big}`)],
      ['list q null byte', () => s.get('/api/v1/typical-cases?q=%00')],
      ['list q huge', () => s.get(`/api/v1/typical-cases?q=${'x'.repeat(5000)}`)],
      ['export unknown type', () => s.get('/api/v1/typical-cases.xlsx?type=NOPE')],
      ['read bad id', () => s.get('/api/v1/typical-cases/not-a-uuid')],
      ['read nothing', () => s.get(`/api/v1/typical-cases/${crypto.randomUUID()}`)],
      ['document of a bad id', () => s.get('/api/v1/typical-cases/abc.docx')],
      ['edit without a body', () => s.request('PUT', at())],
      ['edit version huge', () => s.put(at(), { ...edit, version: big })],
      ['edit wrong types', () => s.put(at(), { version: '1', title: 42, sections: 'all', tags: [] })],
      ['edit null byte', () => s.put(at(), { ...edit, title: `典型案例${nul}` })],
      ['edit huge', () => s.put(at(), { ...edit, sections: { ...edit.sections, facts: huge } })],
      ['edit unknown outcome', () => s.put(at(), { ...edit, tags: { ...edit.tags, outcome: 'PARDON' } })],
      ['edit year huge', () => s.put(at(), { ...edit, tags: { ...edit.tags, year: big } })],
      ['edit bad id', () => s.put('/api/v1/typical-cases/abc', edit)],
      ['publish not reviewed', () => s.post(at('/publish'), { version: edit.version, reviewed: 'yes' })],
      ['publish version huge', () => s.post(at('/publish'), { version: big, reviewed: true })],
      ['publish without a body', () => s.request('POST', at('/publish'))],
      ['withdraw null byte', () => s.post(at('/withdraw'), { version: edit.version, reason: nul })],
      ['withdraw huge', () => s.post(at('/withdraw'), { version: edit.version, reason: huge })],
      ['withdraw a draft', () => s.post(at('/withdraw'), { version: edit.version, reason: '内容有误' })],
      ['rework version wrong type', () => s.post(at('/rework'), { version: null })],
      ['rework bad id', () => s.post('/api/v1/typical-cases/x/rework', { version: 1 })],
    ];
    for (const [label, call] of odd) {
      const res = await call();
      expectNoLeak(res, label);
      expect(res.statusCode, label).toBeLessThan(500);
    }
  });
});
