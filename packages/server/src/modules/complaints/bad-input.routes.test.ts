import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak } from '../../test/http';
import type { Session } from '../../test/test-app';
import { buildWorld, concluded, intake, type World } from './complaints.test-support';

/*
 * Odd input to every complaints route (intake, list, handling, clarification, correction, false accusation,
 * statistics): wrong types, huge and null-byte strings, numbers past the integer range, ids that are not ids, unknown
 * codes, missing bodies. Every answer is a Chinese 4xx that leaks nothing.
 */

let w: World;
let id: string;

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  id = await concluded(w, [w.cadres.a], 'FALSE_ACCUSATION');
});
afterAll(() => w.t.close());

describe('complaints bad input', () => {
  it('never answers with a 500, a stack trace or SQL', async () => {
    const huge = 'x'.repeat(200_000);
    const nul = '甲\u0000乙';
    const big = 3_000_000_000;
    const h = w.as.handler;
    const at = (rest = '') => `/api/v1/complaints/${id}${rest}`;
    const odd: Array<[string, () => ReturnType<Session['get']>]> = [
      ['intake without a body', () => w.as.registrar.request('POST', '/api/v1/complaints')],
      ['intake wrong types', () => w.as.registrar.post('/api/v1/complaints', { channel: 1, anonymous: 'no', accusedCadreIds: 'x' })],
      ['intake unknown codes', () => w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a], { channel: 'PIGEON', classification: 'NOPE' }))],
      ['intake huge matter', () => w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a], { matter: huge }))],
      ['intake null byte', () => w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a], { title: nul, matter: `反映${nul}问题的材料` }))],
      ['intake accused not ids', () => w.as.registrar.post('/api/v1/complaints', intake(['abc', '']))],
      ['intake date garbage', () => w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a], { receivedOn: '2026-13-40' }))],
      [
        'intake complainant null byte',
        () => w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a], { anonymous: false, complainant: { name: nul, phone: huge, idNumber: 42 } })),
      ],
      ['intake handlers not ids', () => w.as.registrar.post('/api/v1/complaints', intake([w.cadres.a], { handlerIds: ['x', 3] }))],
      ['list filter garbage', () => h.get('/api/v1/complaints?state=NOPE&page=-1&pageSize=1e99')],
      ['list page huge', () => h.get(`/api/v1/complaints?page=${big}&pageSize=${big}`)],
      ['list q null byte', () => h.get('/api/v1/complaints?q=%00')],
      ['list q huge', () => h.get(`/api/v1/complaints?q=${'x'.repeat(5000)}`)],
      ['handler options q huge', () => h.get(`/api/v1/complaints/handler-options?q=${'x'.repeat(500)}`)],
      ['id not an id', () => h.get('/api/v1/complaints/not-a-uuid')],
      ['unknown complaint', () => h.get(`/api/v1/complaints/${crypto.randomUUID()}`)],
      ['complainant of a bad id', () => h.get('/api/v1/complaints/abc/complainant')],
      ['unknown action', () => h.post(at('/actions/explode'), { version: 1, note: '', fields: {} })],
      ['action version huge', () => h.post(at('/actions/verify'), { version: big, note: '', fields: {} })],
      ['action fields wrong types', () => h.post(at('/actions/conclude'), { version: 'x', note: nul, fields: { conclusion: 'MAYBE', grounds: 42 } })],
      ['action without a body', () => h.request('POST', at('/actions/verify'))],
      ['handlers not ids', () => h.post(at('/handlers'), { userIds: ['x'] })],
      ['handlers wrong type', () => h.post(at('/handlers'), { userIds: 'everyone' })],
      ['note null byte', () => h.post(at('/notes'), { body: nul })],
      ['note huge', () => h.post(at('/notes'), { body: huge })],
      ['note missing', () => h.request('POST', at('/notes'))],
      ['propose wrong types', () => h.post(at('/clarification'), { cadreId: 'x', falsePoints: 42, impacts: 'ALL', forms: [nul] })],
      [
        'propose unknown codes',
        () => h.post(at('/clarification'), { cadreId: w.cadres.a, falsePoints: '反映其收受礼金的问题', impacts: ['NOPE'], forms: ['SKYWRITING'] }),
      ],
      ['propose huge', () => h.post(at('/clarification'), { cadreId: w.cadres.a, falsePoints: huge, impacts: ['SELECTION_AFFECTED'], forms: ['EXPLANATION'] })],
      ['consent version huge', () => w.as.cadreA.post(at('/clarification/consent'), { version: big, consent: true })],
      ['consent wrong type', () => w.as.cadreA.post(at('/clarification/consent'), { version: 1, consent: 'yes' })],
      ['paper consent file not an id', () => h.post(at('/clarification/paper-consent'), { cadreId: w.cadres.a, version: 1, consent: true, attachmentId: 'x' })],
      ['approve version huge', () => h.post(at('/clarification/approve'), { cadreId: w.cadres.a, version: big, note: '' })],
      ['complete date garbage', () => h.post(at('/clarification/complete'), { cadreId: w.cadres.a, version: 1, completedOn: 'yesterday', note: huge })],
      ['notice cadre not an id', () => h.get(at('/clarification.docx?cadreId=abc'))],
      ['notice without a cadre', () => h.get(at('/clarification.docx'))],
      ['correctable measures of a bad id', () => h.get('/api/v1/complaints/abc/correctable-measures')],
      ['correct measure not an id', () => h.post(at('/corrected-measures'), { measureId: 'x', version: 1, reason: '因失实举报作出' })],
      ['correct version huge', () => h.post(at('/corrected-measures'), { measureId: crypto.randomUUID(), version: big, reason: '因失实举报作出' })],
      [
        'false accusation wrong types',
        () => h.post(at('/false-accusation'), { partyMember: 'yes', publicOfficial: 1, suspectedCrime: null, gainedBenefits: [], note: huge }),
      ],
      [
        'false accusation null byte',
        () => h.post(at('/false-accusation'), { partyMember: true, publicOfficial: true, suspectedCrime: false, gainedBenefits: false, note: nul }),
      ],
      ['statistics year garbage', () => h.get('/api/v1/complaints/statistics?year=abc')],
      ['statistics year huge', () => h.get(`/api/v1/complaints/statistics?year=${big}`)],
      ['statistics export year float', () => h.get('/api/v1/complaints/statistics.xlsx?year=2026.5')],
    ];
    for (const [label, call] of odd) {
      const res = await call();
      expectNoLeak(res, label);
      expect(res.statusCode, label).toBeLessThan(500);
    }
  });
});
