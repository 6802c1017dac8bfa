import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak, ok } from '../../test/http';
import { act, application, buildWorld, saveFacts, type World } from './tolerance.test-support';

/*
 * Odd input to the case engine's routes and the tolerance steps: wrong types, huge and null-byte strings, out-of-range
 * numbers, ids that are not ids. Every answer is a Chinese 4xx that leaks nothing.
 */

let w: World;
let id: string;

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  id = ok<ToleranceDetail>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a))).case.id;
  ok(await act(w.as.discipline, id, 'accept'));
  ok(await saveFacts(w.as.discipline, id));
});
afterAll(() => w.t.close());

describe('odd input', () => {
  it('never answers with a 500, a stack trace or SQL', async () => {
    const s = w.as.discipline;
    const huge = 'x'.repeat(200_000);
    const nul = '甲\u0000乙';
    const step = (action: string, fields: unknown, version: unknown = 2) =>
      s.post(`/api/v1/tolerance/cases/${id}/actions/${action}`, { version, note: '', fields });
    const odd: Array<[string, () => ReturnType<typeof s.get>]> = [
      ['case id not an id', () => s.get('/api/v1/cases/not-a-uuid')],
      ['unknown case', () => s.get(`/api/v1/cases/${crypto.randomUUID()}`)],
      ['due type unknown', () => s.get('/api/v1/cases/due?type=NOPE&within=-1')],
      ['due within huge', () => s.get('/api/v1/cases/due?within=99999999999')],
      ['comment null byte', () => s.post(`/api/v1/cases/${id}/comments`, { body: nul })],
      ['comment huge', () => s.post(`/api/v1/cases/${id}/comments`, { body: huge })],
      ['comment wrong type', () => s.post(`/api/v1/cases/${id}/comments`, { body: ['a'] })],
      ['attachment not multipart', () => s.post(`/api/v1/cases/${id}/attachments`, { file: 'x' })],
      ['file id not an id', () => s.get(`/api/v1/cases/${id}/attachments/abc`)],
      ['link to nothing', () => s.post(`/api/v1/cases/${id}/links`, { toCaseId: crypto.randomUUID() })],
      ['extension float', () => s.post(`/api/v1/cases/${id}/extensions`, { version: 2, workdays: 1.5, reason: '因故' })],
      ['extension huge', () => s.post(`/api/v1/cases/${id}/extensions`, { version: 3_000_000_000, workdays: 3_000_000_000, reason: '因故' })],
      ['decide extension of nothing', () => s.post(`/api/v1/cases/${id}/extensions/${crypto.randomUUID()}/decide`, { version: 1, approve: 'yes' })],
      ['unknown action', () => step('explode', {})],
      ['report fields wrong type', () => step('report', { findings: 42 })],
      ['decide fields wrong types', () => step('decide', { meetingDate: '2026-13-40', attendees: 'all', votes: { for: '3' }, decision: 'MAYBE' })],
      ['decide fields null', () => step('decide', null)],
      ['version huge', () => step('report', { findings: '已核实' }, 3_000_000_000)],
      [
        'facts wrong types',
        () => s.put(`/api/v1/tolerance/cases/${id}/facts`, { version: 'x', situations: 'REFORM_TRIAL', conditions: [], exclusions: [nul] }),
      ],
      ['recommendation garbage', () => s.post('/api/v1/tolerance/recommendation', { situations: [huge], caseId: 'x' })],
      ['apply null byte', () => s.post('/api/v1/tolerance/cases', application(w.cadres.a, { title: nul, matter: huge }))],
      ['list filter garbage', () => s.get('/api/v1/tolerance/cases?year=1e99&unitId=x&q=%00')],
      ['correction on a bad id', () => s.put('/api/v1/tolerance/corrections/abc', { version: 1, done: true, followUp: '已整改' })],
      ['link accountability bad id', () => s.post(`/api/v1/tolerance/cases/${id}/accountability-cases`, { accountabilityCaseId: 'x' })],
    ];
    for (const [label, call] of odd) {
      const res = await call();
      expectNoLeak(res, label);
      expect(res.statusCode, label).toBeLessThan(500);
    }
  });
});
