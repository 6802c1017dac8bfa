import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectNoLeak, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * Bad input to every honors endpoint, the public notice and the objection query among them: wrong types, huge and
 * null-byte strings, numbers past the integer range, ids that are not ids, unknown codes, missing bodies. Each answer is
 * a 4xx with a Chinese message, never a 500, a stack or SQL, and nothing is written.
 */

let t: TestApp;
let county: County;
let anonymous: Session;
let ids: { campaign: string; nomination: string; cadre: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  anonymous = t.anonymous();
  const org = county.orgDept;
  const cadre = await buildCadre(t.database.db, { unitId: county.a.id, name: '甲干部' });
  ok(await org.put(`/api/v1/cadres/${cadre.id}/annual-grades/2025`, { grade: 'COMPETENT' }));
  const campaign = ok<{ id: string }>(
    await org.post('/api/v1/honors/campaigns', {
      title: '2026年度担当实干好干部评选',
      kind: 'GOOD_CADRE',
      year: 2026,
      nominationEndsOn: '2026-03-20',
      quotas: [{ unitId: county.a.id, quota: 1 }],
    }),
  );
  const nomination = ok<{ id: string; version: number }>(
    await county.unitAdminA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, {
      cadreId: cadre.id,
      deeds: '牵头完成重点项目攻坚，群众满意度显著提升',
    }),
  );
  ok(await org.post(`/api/v1/honors/campaigns/${campaign.id}/actions/review`, { version: 1 }));
  ok(await org.post(`/api/v1/honors/nominations/${nomination.id}/review`, { decision: 'SHORTLISTED', version: nomination.version }));
  const noticed = ok<{ version: number }>(await org.post(`/api/v1/honors/campaigns/${campaign.id}/actions/notice`, { version: 2 }));
  ids = { campaign: campaign.id, nomination: nomination.id, cadre: cadre.id, version: noticed.version };
});
afterAll(() => t.close());

describe('honors bad input', () => {
  it('answers every bad request with a 4xx and a Chinese message, leaking nothing', async () => {
    const org = county.orgDept;
    const unitA = county.unitAdminA;
    const nul = '甲\u0000乙丙丁戊己庚辛壬癸';
    const huge = 'x'.repeat(200_000);
    const tooBig = 3_000_000_000;
    const unknown = crypto.randomUUID();
    const campaign = (over: Record<string, unknown>) => ({
      title: '评选',
      kind: 'GOOD_CADRE',
      year: 2026,
      nominationEndsOn: '2026-03-20',
      quotas: [{ unitId: county.a.id, quota: 1 }],
      ...over,
    });
    const deeds = '牵头完成重点项目攻坚，群众满意度显著提升';
    const objection = (over: Record<string, unknown>) => ({ nominationId: ids.nomination, realName: false, content: '反映该同志事迹与实际不符', ...over });
    const objections = `/api/v1/public/honor-notices/${ids.campaign}/objections`;
    const cases: Array<[string, Session, string, string, unknown]> = [
      ['campaign: null byte in title', org, 'POST', '/api/v1/honors/campaigns', campaign({ title: nul })],
      ['campaign: huge title', org, 'POST', '/api/v1/honors/campaigns', campaign({ title: huge })],
      ['campaign: title as a number', org, 'POST', '/api/v1/honors/campaigns', campaign({ title: 42 })],
      ['campaign: unknown kind', org, 'POST', '/api/v1/honors/campaigns', campaign({ kind: 'MEDAL' })],
      ['campaign: year past the integer range', org, 'POST', '/api/v1/honors/campaigns', campaign({ year: tooBig })],
      ['campaign: year as text', org, 'POST', '/api/v1/honors/campaigns', campaign({ year: '2026' })],
      ['campaign: impossible date', org, 'POST', '/api/v1/honors/campaigns', campaign({ nominationEndsOn: '2026-13-45' })],
      ['campaign: null byte in date', org, 'POST', '/api/v1/honors/campaigns', campaign({ nominationEndsOn: '2026-03-2\u0000' })],
      ['campaign: quota past the integer range', org, 'POST', '/api/v1/honors/campaigns', campaign({ quotas: [{ unitId: county.a.id, quota: tooBig }] })],
      ['campaign: fractional quota', org, 'POST', '/api/v1/honors/campaigns', campaign({ quotas: [{ unitId: county.a.id, quota: 1.5 }] })],
      ['campaign: quota unit not an id', org, 'POST', '/api/v1/honors/campaigns', campaign({ quotas: [{ unitId: "1' or '1'='1", quota: 1 }] })],
      ['campaign: unknown quota unit', org, 'POST', '/api/v1/honors/campaigns', campaign({ quotas: [{ unitId: unknown, quota: 1 }] })],
      ['campaign: quotas not a list', org, 'POST', '/api/v1/honors/campaigns', campaign({ quotas: 'all' })],
      [
        'campaign: one unit twice',
        org,
        'POST',
        '/api/v1/honors/campaigns',
        campaign({
          quotas: [
            { unitId: county.a.id, quota: 1 },
            { unitId: county.a.id, quota: 2 },
          ],
        }),
      ],
      ['campaign: unknown field', org, 'POST', '/api/v1/honors/campaigns', campaign({ admin: true })],
      ['campaign: an array', org, 'POST', '/api/v1/honors/campaigns', [1, 2, 3]],
      ['campaign: no body', org, 'POST', '/api/v1/honors/campaigns', undefined],
      ['campaign id not an id', org, 'GET', "/api/v1/honors/campaigns/1'%20or%20'1'='1", undefined],
      ['unknown campaign', org, 'GET', `/api/v1/honors/campaigns/${unknown}`, undefined],
      ['campaign id with a null byte', org, 'GET', '/api/v1/honors/campaigns/%00', undefined],
      ['unknown step', org, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/actions/delete`, { version: ids.version }],
      ['step version past the integer range', org, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/actions/publish`, { version: tooBig }],
      ['step version as text', org, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/actions/publish`, { version: '3' }],
      ['step without a body', org, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/actions/publish`, undefined],
      ['step of an unknown campaign', org, 'POST', `/api/v1/honors/campaigns/${unknown}/actions/review`, { version: 1 }],
      ['step out of order', org, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/actions/review`, { version: ids.version }],
      ['nominate: cadre not an id', unitA, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/nominations`, { cadreId: 'x', deeds }],
      ['nominate: null byte in deeds', unitA, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/nominations`, { cadreId: ids.cadre, deeds: nul }],
      ['nominate: huge deeds', unitA, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/nominations`, { cadreId: ids.cadre, deeds: huge }],
      ['nominate: evidence as a number', unitA, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/nominations`, { cadreId: ids.cadre, deeds, evidence: 7 }],
      ['nominate: no body', unitA, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/nominations`, undefined],
      ['nominate: unknown cadre', unitA, 'POST', `/api/v1/honors/campaigns/${ids.campaign}/nominations`, { cadreId: unknown, deeds }],
      ['nominate: unknown campaign', unitA, 'POST', `/api/v1/honors/campaigns/${unknown}/nominations`, { cadreId: ids.cadre, deeds }],
      ['review: unknown decision', org, 'POST', `/api/v1/honors/nominations/${ids.nomination}/review`, { decision: 'MAYBE', version: 1 }],
      [
        'review: version past the integer range',
        org,
        'POST',
        `/api/v1/honors/nominations/${ids.nomination}/review`,
        { decision: 'SHORTLISTED', version: tooBig },
      ],
      ['review: null byte in the note', org, 'POST', `/api/v1/honors/nominations/${ids.nomination}/review`, { decision: 'SHORTLISTED', note: nul, version: 2 }],
      ['review: huge note', org, 'POST', `/api/v1/honors/nominations/${ids.nomination}/review`, { decision: 'SHORTLISTED', note: huge, version: 2 }],
      ['review: nomination not an id', org, 'POST', '/api/v1/honors/nominations/abc/review', { decision: 'SHORTLISTED', version: 1 }],
      ['review: unknown nomination', org, 'POST', `/api/v1/honors/nominations/${unknown}/review`, { decision: 'SHORTLISTED', version: 1 }],
      ['review: out of its stage', org, 'POST', `/api/v1/honors/nominations/${ids.nomination}/review`, { decision: 'NOT_SELECTED', version: 2 }],
      ['resolve: unknown outcome', org, 'POST', `/api/v1/honors/objections/${unknown}/resolve`, { outcome: 'MAYBE', answer: '答复', version: 1 }],
      ['resolve: null byte in the answer', org, 'POST', `/api/v1/honors/objections/${unknown}/resolve`, { outcome: 'UPHELD', answer: nul, version: 1 }],
      ['resolve: huge answer', org, 'POST', `/api/v1/honors/objections/${unknown}/resolve`, { outcome: 'UPHELD', answer: huge, version: 1 }],
      ['resolve: objection not an id', org, 'POST', '/api/v1/honors/objections/1/resolve', { outcome: 'UPHELD', answer: '答复', version: 1 }],
      ['resolve: unknown objection', org, 'POST', `/api/v1/honors/objections/${unknown}/resolve`, { outcome: 'UPHELD', answer: '答复', version: 1 }],
      ['resolve: no body', org, 'POST', `/api/v1/honors/objections/${unknown}/resolve`, undefined],
      ['objector: not an id', org, 'GET', '/api/v1/honors/objections/abc/objector', undefined],
      ['objector: unknown objection', org, 'GET', `/api/v1/honors/objections/${unknown}/objector`, undefined],
      ['cadre honors: not an id', org, 'GET', '/api/v1/cadres/abc/honors', undefined],
      ['cadre honors: unknown cadre', org, 'GET', `/api/v1/cadres/${unknown}/honors`, undefined],
      ['notice document: not an id', org, 'GET', '/api/v1/honors/campaigns/abc/notice.docx', undefined],
      ['notice document: unknown campaign', org, 'GET', `/api/v1/honors/campaigns/${unknown}/notice.docx`, undefined],
      ['certificates before publication', org, 'GET', `/api/v1/honors/campaigns/${ids.campaign}/certificates.docx`, undefined],
      ['public notice: not an id', anonymous, 'GET', '/api/v1/public/honor-notices/abc', undefined],
      ['public notice: unknown campaign', anonymous, 'GET', `/api/v1/public/honor-notices/${unknown}`, undefined],
      ['objection: null byte in the content', anonymous, 'POST', objections, objection({ content: nul })],
      ['objection: huge content', anonymous, 'POST', objections, objection({ content: huge })],
      ['objection: real name as text', anonymous, 'POST', objections, objection({ realName: 'yes' })],
      ['objection: null byte in the name', anonymous, 'POST', objections, objection({ realName: true, name: nul, phone: '13800001111' })],
      ['objection: huge phone', anonymous, 'POST', objections, objection({ realName: true, name: '张三', phone: huge })],
      ['objection: phone as a number', anonymous, 'POST', objections, objection({ realName: true, name: '张三', phone: 13800001111 })],
      ['objection: nominee not an id', anonymous, 'POST', objections, objection({ nominationId: "1' or '1'='1" })],
      ['objection: unknown nominee', anonymous, 'POST', objections, objection({ nominationId: unknown })],
      ['objection: unknown campaign', anonymous, 'POST', `/api/v1/public/honor-notices/${unknown}/objections`, objection({})],
      ['objection: an array', anonymous, 'POST', objections, [objection({})]],
      ['objection: no body', anonymous, 'POST', objections, undefined],
      ['objection: deep body', anonymous, 'POST', objections, `{"content":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`],
      ['query code with a null byte', anonymous, 'GET', '/api/v1/public/honor-objections/ABCD%00EFGH-JKMN', undefined],
      ['huge query code', anonymous, 'GET', `/api/v1/public/honor-objections/${'A'.repeat(5000)}`, undefined],
      ['query code as SQL', anonymous, 'GET', "/api/v1/public/honor-objections/1'%20or%20'1'='1", undefined],
      ['unknown query code', anonymous, 'GET', '/api/v1/public/honor-objections/ABCD-EFGH-JKMN', undefined],
    ];
    for (const [label, session, method, url, body] of cases) {
      const res = await session.request(method, url, body, body === undefined ? {} : { 'content-type': 'application/json' });
      expectNoLeak(res, label);
    }
    // Nothing was written: one campaign, its one nominee still shortlisted, no objection.
    expect(ok<unknown[]>(await org.get('/api/v1/honors/campaigns'))).toHaveLength(1);
    const detail = ok<{ version: number; nominations: Array<{ state: string }>; objections: unknown[] }>(
      await org.get(`/api/v1/honors/campaigns/${ids.campaign}`),
    );
    expect(detail.version).toBe(ids.version);
    expect(detail.nominations.map((n) => n.state)).toEqual(['SHORTLISTED']);
    expect(detail.objections).toEqual([]);
  });
});
