import type { SubmissionDetail } from '@dandang/shared/participation/participation-view.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectNoLeak, fieldPaths, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { participationCategories, participationSubmissions } from './participation.tables';
import { anonymousIdea, buildWorld, idOf, solved, submitAs, type World } from './participation.test-support';

/*
 * Bad input to every participation endpoint, the public ones among them: a 4xx with a Chinese message, never a 500,
 * a stack or SQL, and nothing written.
 */

let w: World;
let idea: SubmissionDetail;
let code: string;

beforeAll(async () => {
  w = await buildWorld();
  code = await submitAs(w, anonymousIdea(w));
  idea = await idOf(w, anonymousIdea(w).title);
});
afterAll(() => w.t.close());

describe('participation bad input', () => {
  it('answers every bad request with a 4xx and a Chinese message, leaking nothing', async () => {
    const nul = '甲\u0000乙';
    const huge = 'x'.repeat(200_000);
    const past = 3_000_000_000;
    const unknown = crypto.randomUUID();
    const challenge = await solved(w.public);
    const submission = { ...anonymousIdea(w), ...challenge };
    const staff = (rest = '') => `/api/v1/participation/submissions/${idea.id}${rest}`;
    const publicUrl = '/api/v1/public/participation/submissions';
    const { orgDept } = w.as;
    const labels = { RECEIVED: '收', STUDYING: '研', ADOPTED: '采', NOT_ADOPTED: '否', DONE: '结' };
    const cases: Array<[string, Session, string, string, unknown]> = [
      // 公开页面
      ['unknown kind of categories', w.public, 'GET', '/api/v1/public/participation/categories?kind=MAGIC', undefined],
      ['null byte kind of categories', w.public, 'GET', '/api/v1/public/participation/categories?kind=%00', undefined],
      ['submission without a body', w.public, 'POST', publicUrl, undefined],
      ['submission as an array', w.public, 'POST', publicUrl, [submission]],
      ['submission of an unknown kind', w.public, 'POST', publicUrl, { ...submission, kind: 'COMPLAINT' }],
      ['null byte in title', w.public, 'POST', publicUrl, { ...submission, title: `建议${nul}增设公交站` }],
      ['null byte in content', w.public, 'POST', publicUrl, { ...submission, content: `${nul}${'很'.repeat(20)}` }],
      ['huge submission', w.public, 'POST', publicUrl, { ...submission, content: huge }],
      ['category not a uuid', w.public, 'POST', publicUrl, { ...submission, categoryId: "1' or '1'='1" }],
      ['challenge answer past the integer range', w.public, 'POST', publicUrl, { ...submission, challengeAnswer: past }],
      ['challenge answer as text', w.public, 'POST', publicUrl, { ...submission, challengeAnswer: '十' }],
      ['challenge token not a uuid', w.public, 'POST', publicUrl, { ...submission, challengeToken: 'abc' }],
      ['anonymous as text', w.public, 'POST', publicUrl, { ...submission, anonymous: 'yes' }],
      ['null byte in a code', w.public, 'GET', `${publicUrl}/ABCD%00EFGH-JKMN`, undefined],
      ['huge code', w.public, 'GET', `${publicUrl}/${'A'.repeat(5000)}`, undefined],
      ['unknown code', w.public, 'GET', `${publicUrl}/ABCD-EFGH-JKMN`, undefined],
      ['rating past the integer range', w.public, 'POST', `${publicUrl}/${code}/rating`, { rating: past }],
      ['rating as text', w.public, 'POST', `${publicUrl}/${code}/rating`, { rating: '满意' }],
      ['rating without a body', w.public, 'POST', `${publicUrl}/${code}/rating`, undefined],
      ['null byte in rating comment', w.public, 'POST', `${publicUrl}/${code}/rating`, { rating: 5, comment: nul }],
      ['rating an idea', w.public, 'POST', `${publicUrl}/${code}/rating`, { rating: 5 }],
      // 列表与详情
      ['unknown kind in list', orgDept, 'GET', '/api/v1/participation/submissions?kind=MAGIC', undefined],
      ['unknown state in list', orgDept, 'GET', '/api/v1/participation/submissions?state=LOST', undefined],
      ['overdue flag not a boolean', orgDept, 'GET', '/api/v1/participation/submissions?overdue=maybe', undefined],
      ['negative page size', orgDept, 'GET', '/api/v1/participation/submissions?pageSize=-1', undefined],
      ['huge keyword', orgDept, 'GET', `/api/v1/participation/submissions?q=${'x'.repeat(5000)}`, undefined],
      ['null byte in keyword', orgDept, 'GET', '/api/v1/participation/submissions?q=%00abc', undefined],
      ['detail id not a uuid', orgDept, 'GET', "/api/v1/participation/submissions/1'%20or%20'1'='1", undefined],
      ['detail of an unknown id', orgDept, 'GET', `/api/v1/participation/submissions/${unknown}`, undefined],
      ['contact id not a uuid', orgDept, 'GET', '/api/v1/participation/submissions/42/contact', undefined],
      ['contact of an anonymous idea', orgDept, 'GET', staff('/contact'), undefined],
      // 办理
      ['unknown action', orgDept, 'POST', staff('/actions/fly'), { version: idea.version }],
      ['action without a body', orgDept, 'POST', staff('/actions/adopt'), undefined],
      ['action version past the integer range', orgDept, 'POST', staff('/actions/adopt'), { version: past, answer: '采纳，将尽快实施。' }],
      ['huge answer', orgDept, 'POST', staff('/actions/adopt'), { version: idea.version, answer: huge }],
      ['null byte in answer', orgDept, 'POST', staff('/actions/adopt'), { version: idea.version, answer: `采纳${nul}将尽快实施` }],
      ['answer as a number', orgDept, 'POST', staff('/actions/decline'), { version: idea.version, answer: 12345 }],
      ['action on an unknown id', orgDept, 'POST', `/api/v1/participation/submissions/${unknown}/actions/study`, { version: 1, note: '研究' }],
      ['unknown reward form', orgDept, 'POST', staff('/reward'), { version: idea.version, form: 'GOLD', grantedOn: '2026-03-02', note: '奖励' }],
      [
        'reward amount as text',
        orgDept,
        'POST',
        staff('/reward'),
        { version: idea.version, form: 'CASH', amountYuan: 'abc', grantedOn: '2026-03-02', note: '奖励' },
      ],
      ['impossible reward date', orgDept, 'POST', staff('/reward'), { version: idea.version, form: 'OTHER', grantedOn: '2026-13-45', note: '奖励' }],
      ['reward before adoption', orgDept, 'POST', staff('/reward'), { version: idea.version, form: 'OTHER', grantedOn: '2026-03-02', note: '奖励' }],
      ['null byte in milestone', orgDept, 'POST', staff('/milestones'), { title: nul, plannedOn: '2026-04-01' }],
      ['milestone date as a word', orgDept, 'POST', staff('/milestones'), { title: '立项', plannedOn: 'tomorrow' }],
      ['milestone id not a uuid', orgDept, 'PATCH', staff('/milestones/abc'), { version: 1, percent: 50, note: '进展' }],
      ['percent past the integer range', orgDept, 'PATCH', staff(`/milestones/${unknown}`), { version: 1, percent: past, note: '进展' }],
      ['progress of an unknown milestone', orgDept, 'PATCH', staff(`/milestones/${unknown}`), { version: 1, percent: 50, note: '进展' }],
      ['hidden as text', orgDept, 'POST', staff('/moderation'), { version: idea.version, hidden: 'yes', reason: '辱骂' }],
      ['huge moderation reason', orgDept, 'POST', staff('/moderation'), { version: idea.version, hidden: true, reason: huge }],
      ['null byte in redacted text', orgDept, 'POST', staff('/moderation'), { version: idea.version, hidden: false, redactedContent: nul, reason: '处理' }],
      ['transfer unit not a uuid', orgDept, 'POST', staff('/transfer'), { version: idea.version, unitId: 'abc', reason: '转办' }],
      ['transfer version past the integer range', orgDept, 'POST', staff('/transfer'), { version: past, unitId: w.county.b.id, reason: '转办' }],
      ['transfer to an unknown unit', orgDept, 'POST', staff('/transfer'), { version: idea.version, unitId: unknown, reason: '转办' }],
      // 指标、类别与设置
      ['indicators without a period', orgDept, 'GET', '/api/v1/participation/unit-indicators?kind=IDEA', undefined],
      ['indicators of an unknown kind', orgDept, 'GET', '/api/v1/participation/unit-indicators?kind=MAGIC&from=2026-01-01&to=2026-12-31', undefined],
      ['indicators from an impossible date', orgDept, 'GET', '/api/v1/participation/unit-indicators?kind=IDEA&from=2026-02-30&to=2026-12-31', undefined],
      ['indicators period reversed', orgDept, 'GET', '/api/v1/participation/unit-indicators?kind=IDEA&from=2026-12-31&to=2026-01-01', undefined],
      ['category without a body', orgDept, 'POST', '/api/v1/participation/categories', undefined],
      ['category as an array', orgDept, 'POST', '/api/v1/participation/categories', [{ kind: 'IDEA', name: '交通', unitId: w.county.a.id }]],
      ['null byte in category name', orgDept, 'POST', '/api/v1/participation/categories', { kind: 'IDEA', name: nul, unitId: w.county.a.id }],
      ['huge category name', orgDept, 'POST', '/api/v1/participation/categories', { kind: 'IDEA', name: huge, unitId: w.county.a.id }],
      ['category of an unknown kind', orgDept, 'POST', '/api/v1/participation/categories', { kind: 'MAGIC', name: '交通', unitId: w.county.a.id }],
      ['category unit not a uuid', orgDept, 'POST', '/api/v1/participation/categories', { kind: 'IDEA', name: '交通', unitId: 'abc' }],
      ['category of an unknown unit', orgDept, 'POST', '/api/v1/participation/categories', { kind: 'IDEA', name: '交通', unitId: unknown }],
      ['category id not a uuid', orgDept, 'PATCH', '/api/v1/participation/categories/abc', { version: 1, name: '交通', unitId: w.county.a.id, active: true }],
      [
        'category version past the integer range',
        orgDept,
        'PATCH',
        `/api/v1/participation/categories/${w.categories.idea.id}`,
        { version: past, name: '交通', unitId: w.county.a.id, active: true },
      ],
      ['settings without labels', orgDept, 'PUT', '/api/v1/participation/settings', { version: 1, useStudyState: true }],
      [
        'null byte in a label',
        orgDept,
        'PUT',
        '/api/v1/participation/settings',
        { version: 1, useStudyState: true, labels: { IDEA: { ...labels, DONE: nul }, APPEAL: labels } },
      ],
      [
        'huge label',
        orgDept,
        'PUT',
        '/api/v1/participation/settings',
        { version: 1, useStudyState: true, labels: { IDEA: { ...labels, DONE: huge }, APPEAL: labels } },
      ],
      [
        'unknown state label',
        orgDept,
        'PUT',
        '/api/v1/participation/settings',
        { version: 1, useStudyState: true, labels: { IDEA: { ...labels, LOST: '丢' }, APPEAL: labels } },
      ],
      [
        'settings version past the integer range',
        orgDept,
        'PUT',
        '/api/v1/participation/settings',
        { version: past, useStudyState: true, labels: { IDEA: labels, APPEAL: labels } },
      ],
    ];
    for (const [label, session, method, url, body] of cases) {
      const res = await session.request(method, url, body, body === undefined ? {} : { 'content-type': 'application/json' });
      expectNoLeak(res, label);
    }
    // An absurd page is refused by name (the shared page query bounds it), never turned into a database offset.
    for (const page of [past, 1e20]) {
      const res = await orgDept.get(`/api/v1/participation/submissions?page=${page}`);
      expectError(res, 400, 'VALIDATION_FAILED');
      expect(new Set(fieldPaths(res))).toEqual(new Set(['querystring.page']));
    }
    const db = w.t.database.db;
    expect(await db.select().from(participationSubmissions)).toHaveLength(1);
    expect(await db.select().from(participationCategories)).toHaveLength(2);
    const after = ok<SubmissionDetail>(await orgDept.get(staff()));
    expect(after.version).toBe(idea.version);
    expect(after.state.code).toBe('RECEIVED');
  });
});
