import type { PublicSubmissionView, SubmissionDetail, SubmissionRow, UnitIndicatorView } from '@dandang/shared/participation/participation-view.schema';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildUnit } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { participationSubmissions } from './participation.tables';
import { anonymousIdea, buildWorld, enterpriseAppeal, idOf, publicOf, signInAgain, solved, submitAs, type World } from './participation.test-support';

/*
 * 群众金点子与企业诉求 (issue 8 items 2–3; DOMAIN.md §10): public submission with a challenge and a query code, routing
 * to the category's unit, reply deadlines in working days (DOMAIN.md §3), answers, adoption, reward, milestones,
 * moderation, per-unit scope, the enterprise's rating and the unit figures. The clock stands at Monday 2026-03-02.
 */

let w: World;
const codes: Record<string, string> = {};
const submissionsUrl = '/api/v1/public/participation/submissions';
const staff = (id: string, rest = '') => `/api/v1/participation/submissions/${id}${rest}`;

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w.t.close());

describe('public submission', () => {
  it('lists the active categories with the unit that answers, without an account', async () => {
    const list = ok<Array<{ name: string; unitName: string }>>(await w.public.get('/api/v1/public/participation/categories?kind=IDEA'));
    expect(list).toEqual([{ id: w.categories.idea.id, kind: 'IDEA', name: '城市建设', unitName: '甲局' }]);
  });

  it('names every bad field at once and stores nothing', async () => {
    const res = await w.public.post(submissionsUrl, {
      kind: 'IDEA',
      categoryId: 'x',
      title: '短',
      content: '太短',
      anonymous: false,
      phone: '123',
      challengeToken: crypto.randomUUID(),
      challengeAnswer: 'a',
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['categoryId', 'challengeAnswer', 'content', 'phone', 'title'].sort());
    expect(await w.t.database.db.select().from(participationSubmissions)).toHaveLength(0);
  });

  it('refuses a wrong answer to the challenge and spends the challenge, right or wrong', async () => {
    const challenge = await solved(w.public);
    const wrong = await w.public.post(submissionsUrl, { ...anonymousIdea(w), ...challenge, challengeAnswer: challenge.challengeAnswer + 1 });
    expect(fieldPaths(expectError(wrong, 400, 'VALIDATION_FAILED') && wrong)).toEqual(['challengeAnswer']);
    const reused = await w.public.post(submissionsUrl, { ...anonymousIdea(w), ...challenge });
    expectError(reused, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(reused)).toEqual(['challengeToken']);
    expect(await w.t.database.db.select().from(participationSubmissions)).toHaveLength(0);
  });

  it('refuses a category of the other kind', async () => {
    const res = await w.public.post(submissionsUrl, { ...anonymousIdea(w), categoryId: w.categories.appeal.id, ...(await solved(w.public)) });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['categoryId']);
  });

  it('takes an anonymous idea, routes it to 甲局 and answers a query code; the reply is due 10 working days later', async () => {
    const res = ok<{ queryCode: string; dueOn: string; unitName: string }>(
      await w.public.post(submissionsUrl, { ...anonymousIdea(w), ...(await solved(w.public)) }),
    );
    expect(res).toMatchObject({ dueOn: '2026-03-16', dueProvisional: false, unitName: '甲局' });
    expect(res.queryCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    codes.idea = res.queryCode;
    const [row] = await w.t.database.db.select().from(participationSubmissions);
    // Only the hash of the code is kept.
    expect(JSON.stringify(row)).not.toContain(res.queryCode);
    expect(row).toMatchObject({ unitId: w.county.a.id, anonymous: true, contactEnc: null, state: 'RECEIVED' });
  });

  it('follows it by query code, typed in lower case without dashes', async () => {
    const view = await publicOf(w, codes.idea?.toLowerCase().replaceAll('-', '') ?? '');
    expect(view).toMatchObject({
      kind: { code: 'IDEA', label: '群众金点子' },
      unitName: '甲局',
      title: '建议在学校门口增设公交站',
      state: { code: 'RECEIVED', label: '已受理' },
      dueOn: '2026-03-16',
      answer: null,
      canRate: false,
    });
    expect(view.events.map((e) => e.label)).toEqual(['提交']);
    expectError(await w.public.get(`${submissionsUrl}/ABCD-EFGH-JKMN`), 404, 'NOT_FOUND');
    expectError(await w.public.get(`${submissionsUrl}/short`), 400, 'VALIDATION_FAILED');
  });

  it('keeps a real-name submitter’s name and phone only encrypted, and shows staff the phone masked', async () => {
    codes.named = await submitAs(w, {
      ...anonymousIdea(w),
      title: '实名建议：延长图书馆开放时间',
      anonymous: false,
      contactName: '王五',
      phone: '13812345678',
    });
    const [row] = await w.t.database.db.select().from(participationSubmissions).where(eq(participationSubmissions.title, '实名建议：延长图书馆开放时间'));
    expect(row?.contactEnc).toBeTruthy();
    expect(JSON.stringify(row)).not.toMatch(/王五|13812345678/);
    const detail = await idOf(w, '实名建议');
    expect(detail.contact).toEqual({ name: '王五', phoneMasked: '138****5678' });
    expect(detail.submitter).toBe('实名群众');
  });

  it('gives the full number to a handler who asks for it, and audits the read without the number', async () => {
    const detail = await idOf(w, '实名建议');
    expect(ok(await w.as.adminA.get(staff(detail.id, '/contact')))).toEqual({ name: '王五', phone: '13812345678' });
    const reads = await w.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'participation.read_contact'), eq(auditLog.entityId, detail.id)));
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(reads)).not.toContain('13812345678');
  });
});

describe('scope', () => {
  it('shows each unit only its own submissions; another unit’s answers as not found', async () => {
    const detail = await idOf(w, '建议在学校门口');
    const listA = ok<{ items: SubmissionRow[] }>(await w.as.adminA.get('/api/v1/participation/submissions'));
    expect(listA.items.map((r) => r.unitName)).toEqual(['甲局', '甲局']);
    expect(ok<{ items: SubmissionRow[] }>(await w.as.adminB.get('/api/v1/participation/submissions')).items).toEqual([]);
    expectError(await w.as.adminB.get(staff(detail.id)), 404, 'NOT_FOUND');
    expectError(await w.as.adminB.post(staff(detail.id, '/actions/adopt'), { version: detail.version, answer: '采纳这条建议。' }), 404, 'NOT_FOUND');
    expectError(await w.as.adminB.get(staff(detail.id, '/contact')), 404, 'NOT_FOUND');
  });

  it('refuses staff pages to the public and settings to a unit administrator', async () => {
    expectError(await w.public.get('/api/v1/participation/submissions'), 401, 'AUTH_REQUIRED');
    expectError(await w.as.adminA.get('/api/v1/participation/categories'), 403, 'FORBIDDEN');
    expectError(await w.as.adminA.post('/api/v1/participation/categories', { kind: 'IDEA', name: '越权', unitId: w.county.a.id }), 403, 'FORBIDDEN');
  });

  it('refuses a category routed to a unit of another jurisdiction', async () => {
    const foreign = await buildUnit(w.t.database.db, { name: '外县局' });
    const res = await w.as.orgDept.post('/api/v1/participation/categories', { kind: 'IDEA', name: '外县', unitId: foreign.id });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['unitId']);
  });
});

describe('handling an idea', () => {
  it('asks for the official answer, refuses a stale version, then adopts', async () => {
    const detail = await idOf(w, '建议在学校门口');
    expect(detail.actions.filter((a) => a.allowed).map((a) => a.action)).toEqual(['study', 'adopt', 'decline']);
    const empty = await w.as.adminA.post(staff(detail.id, '/actions/adopt'), { version: detail.version });
    expectError(empty, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(empty)).toEqual(['answer']);
    expectError(
      await w.as.adminA.post(staff(detail.id, '/actions/adopt'), { version: detail.version + 1, answer: '采纳。已列入计划。' }),
      409,
      'VERSION_CONFLICT',
    );

    const adopted = ok<SubmissionDetail>(
      await w.as.leaderA.post(staff(detail.id, '/actions/adopt'), { version: detail.version, answer: '您的建议已采纳，计划于下半年增设公交站点。' }),
    );
    expect(adopted).toMatchObject({ state: { code: 'ADOPTED', label: '已采纳' }, answeredOn: '2026-03-02', timing: 'ON_TIME' });
    expectError(await w.as.adminA.post(staff(detail.id, '/actions/decline'), { version: adopted.version, answer: '不予采纳的理由。' }), 409, 'STATE_CONFLICT');
  });

  it('shows the public the answer', async () => {
    const view = await publicOf(w, codes.idea ?? '');
    expect(view).toMatchObject({ state: { code: 'ADOPTED', label: '已采纳' }, answer: '您的建议已采纳，计划于下半年增设公交站点。', answeredOn: '2026-03-02' });
    expect(view.events.map((e) => e.label)).toEqual(['提交', '答复并采纳']);
  });

  it('records the reward once; cash needs an amount', async () => {
    const detail = await idOf(w, '建议在学校门口');
    const cashless = await w.as.adminA.post(staff(detail.id, '/reward'), {
      version: detail.version,
      form: 'CASH',
      grantedOn: '2026-03-02',
      note: '金点子奖励',
    });
    expectError(cashless, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(cashless)).toEqual(['amountYuan']);
    const rewarded = ok<SubmissionDetail>(
      await w.as.adminA.post(staff(detail.id, '/reward'), {
        version: detail.version,
        form: 'CASH',
        amountYuan: 500,
        grantedOn: '2026-03-02',
        note: '金点子奖励',
      }),
    );
    expect(rewarded.reward).toMatchObject({ form: { code: 'CASH', label: '奖金' }, amountYuan: 500 });
    expectError(
      await w.as.adminA.post(staff(detail.id, '/reward'), { version: rewarded.version, form: 'CERTIFICATE', grantedOn: '2026-03-02', note: '再次奖励' }),
      409,
      'DUPLICATE',
    );
  });

  it('keeps it open while a milestone is open, and completes it when the milestones are done', async () => {
    let detail = await idOf(w, '建议在学校门口');
    detail = ok<SubmissionDetail>(await w.as.adminA.post(staff(detail.id, '/milestones'), { title: '完成站点选址', plannedOn: '2026-04-30' }));
    const complete = detail.actions.find((a) => a.action === 'complete');
    expect(complete).toMatchObject({ allowed: false, reasons: [{ code: 'MILESTONES_OPEN' }] });
    expectError(await w.as.adminA.post(staff(detail.id, '/actions/complete'), { version: detail.version, note: '办结' }), 409, 'STATE_CONFLICT');

    const [milestone] = detail.milestones;
    const half = ok<SubmissionDetail>(
      await w.as.adminA.patch(staff(detail.id, `/milestones/${milestone?.id}`), { version: milestone?.version, percent: 50, note: '已初选两处站址' }),
    );
    expect(half.progress).toBe(50);
    const stale = await w.as.adminA.patch(staff(detail.id, `/milestones/${milestone?.id}`), {
      version: milestone?.version,
      percent: 100,
      note: '完成',
      doneOn: '2026-03-02',
    });
    expectError(stale, 409, 'VERSION_CONFLICT');
    const undated = await w.as.adminA.patch(staff(detail.id, `/milestones/${milestone?.id}`), {
      version: half.milestones[0]?.version,
      percent: 100,
      note: '完成',
    });
    expectError(undated, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(undated)).toEqual(['doneOn']);
    const done = ok<SubmissionDetail>(
      await w.as.adminA.patch(staff(detail.id, `/milestones/${milestone?.id}`), {
        version: half.milestones[0]?.version,
        percent: 100,
        note: '站址已确定',
        doneOn: '2026-03-02',
      }),
    );
    const closed = ok<SubmissionDetail>(await w.as.adminA.post(staff(detail.id, '/actions/complete'), { version: done.version, note: '站点已开工' }));
    expect(closed.state).toEqual({ code: 'DONE', label: '已办结' });

    const view = await publicOf(w, codes.idea ?? '');
    expect(view).toMatchObject({
      state: { code: 'DONE' },
      progress: 100,
      rewarded: true,
      milestones: [{ title: '完成站点选址', percent: 100, doneOn: '2026-03-02' }],
    });
  });
});

describe('moderation', () => {
  it('is refused to a unit administrator', async () => {
    const detail = await idOf(w, '实名建议');
    expectError(await w.as.adminA.post(staff(detail.id, '/moderation'), { version: detail.version, hidden: true, reason: '含辱骂' }), 403, 'FORBIDDEN');
  });

  it('hides the content for the public, keeps the original for moderators, and audits what the public saw', async () => {
    const detail = await idOf(w, '实名建议');
    const moderated = ok<SubmissionDetail>(
      await w.as.orgDept.post(staff(detail.id, '/moderation'), {
        version: detail.version,
        hidden: true,
        redactedTitle: '关于图书馆开放时间的建议',
        reason: '含人身攻击言论',
      }),
    );
    expect(moderated).toMatchObject({ hidden: true, title: '关于图书馆开放时间的建议', original: { title: '实名建议：延长图书馆开放时间' } });
    const view = await publicOf(w, codes.named ?? '');
    expect(view).toMatchObject({ hidden: true, title: '关于图书馆开放时间的建议' });
    expect(view.content).toContain('已依规屏蔽');
    // The unit that answers sees what the public sees, not the original.
    expect(ok<SubmissionDetail>(await w.as.adminA.get(staff(detail.id))).original).toBeNull();
    const [row] = await w.t.database.db.select().from(participationSubmissions).where(eq(participationSubmissions.id, detail.id));
    expect(row?.content).toBe(anonymousIdea(w).content);
    const [audit] = await w.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'participation.moderate'), eq(auditLog.entityId, detail.id)));
    expect(audit?.changes).toMatchObject({ hidden: { before: false, after: true }, reason: { after: '含人身攻击言论' } });
  });
});

describe('enterprise appeals', () => {
  it('need the enterprise identity, are due in 5 working days, and answered late they count as late', async () => {
    const anonymous = await w.public.post(submissionsUrl, { ...enterpriseAppeal(w), anonymous: true, contactName: undefined, ...(await solved(w.public)) });
    expectError(anonymous, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(anonymous).sort()).toEqual(['anonymous', 'contactName']);

    codes.appeal = await submitAs(w, enterpriseAppeal(w));
    expect(await publicOf(w, codes.appeal)).toMatchObject({ dueOn: '2026-03-09', state: { label: '已受理' } });
    const rated = await w.public.post(`${submissionsUrl}/${codes.appeal}/rating`, { rating: 5 });
    expectError(rated, 409, 'STATE_CONFLICT');

    w.t.clock.advance(8 * 86_400_000); // Tuesday 2026-03-10, a day past the deadline.
    await signInAgain(w);
    const overdue = ok<{ items: SubmissionRow[] }>(await w.as.adminB.get('/api/v1/participation/submissions?overdue=true'));
    expect(overdue.items.map((r) => [r.submitter, r.timing])).toEqual([['某某精密制造有限公司', 'OVERDUE']]);
    const detail = ok<SubmissionDetail>(await w.as.adminB.get(staff(overdue.items[0]?.id ?? '')));
    expect(detail.enterprise).toEqual({ name: '某某精密制造有限公司', creditCode: '91330100MA2B3C4D5E' });
    const answered = ok<SubmissionDetail>(
      await w.as.adminB.post(staff(detail.id, '/actions/adopt'), { version: detail.version, answer: '已协调施工单位，东路北半幅于本周恢复通行。' }),
    );
    expect(answered).toMatchObject({ state: { label: '已解决' }, timing: 'LATE' });
  });

  it('lets the enterprise rate the answer once, 1 to 5', async () => {
    expectError(await w.public.post(`${submissionsUrl}/${codes.appeal}/rating`, { rating: 6 }), 400, 'VALIDATION_FAILED');
    const view = ok<PublicSubmissionView>(await w.public.post(`${submissionsUrl}/${codes.appeal}/rating`, { rating: 4, comment: '处理及时' }));
    expect(view).toMatchObject({ rating: 4, canRate: false });
    expectError(await w.public.post(`${submissionsUrl}/${codes.appeal}/rating`, { rating: 5 }), 409, 'DUPLICATE');
    expectError(await w.public.post(`${submissionsUrl}/${codes.idea}/rating`, { rating: 5 }), 409, 'STATE_CONFLICT');
  });

  it('gives per-unit figures: reply in time, resolution and satisfaction, within the reader’s scope', async () => {
    const url = '/api/v1/participation/unit-indicators?kind=APPEAL&from=2026-03-01&to=2026-03-31';
    expect(ok<UnitIndicatorView[]>(await w.as.orgDept.get(url))).toEqual([
      {
        unitId: w.county.b.id,
        unitName: '乙局',
        received: 1,
        answered: 1,
        due: 1,
        answeredInTime: 0,
        overdueOpen: 0,
        replyInTimeRate: 0,
        resolved: 1,
        resolutionRate: 100,
        rated: 1,
        meanSatisfaction: 4,
      },
    ]);
    expect(ok<UnitIndicatorView[]>(await w.as.adminA.get(url))).toEqual([]);
    const ideas = ok<UnitIndicatorView[]>(await w.as.adminA.get('/api/v1/participation/unit-indicators?kind=IDEA&from=2026-03-01&to=2026-03-31'));
    expect(ideas).toMatchObject([{ unitName: '甲局', received: 2, answered: 1, answeredInTime: 1, resolved: 1, resolutionRate: 100 }]);
    const badKind = await w.as.orgDept.get('/api/v1/participation/unit-indicators?kind=X&from=2026-03-01&to=2026-03-31');
    expect(fieldPaths(expectError(badKind, 400, 'VALIDATION_FAILED') && badKind)).toEqual(['querystring.kind']);
    const reversed = await w.as.orgDept.get('/api/v1/participation/unit-indicators?kind=IDEA&from=2026-03-31&to=2026-03-01');
    expect(fieldPaths(expectError(reversed, 400, 'VALIDATION_FAILED') && reversed)).toEqual(['querystring.to']);
  });
});

describe('settings of the jurisdiction', () => {
  it('renames states and drops the 研究中 step; the public reads the new names', async () => {
    const current = ok<{ version: number; labels: Record<string, Record<string, string>>; replyWorkdays: { IDEA: number } }>(
      await w.as.orgDept.get('/api/v1/participation/settings'),
    );
    expect(current).toMatchObject({ version: 1, replyWorkdays: { IDEA: 10, APPEAL: 5 } });
    const labels = { ...current.labels, IDEA: { ...current.labels.IDEA, DONE: '已落实' } };
    const saved = ok<{ version: number }>(await w.as.orgDept.put('/api/v1/participation/settings', { version: 1, useStudyState: false, labels }));
    expect(saved.version).toBe(2);
    expectError(await w.as.orgDept.put('/api/v1/participation/settings', { version: 1, useStudyState: true, labels }), 409, 'VERSION_CONFLICT');
    expect((await publicOf(w, codes.idea ?? '')).state).toEqual({ code: 'DONE', label: '已落实' });

    const fresh = await submitAs(w, { ...anonymousIdea(w), title: '建议增加夜间公交班次' });
    expect(fresh).toBeTruthy();
    const detail = await idOf(w, '夜间公交');
    expect(detail.actions.find((a) => a.action === 'study')).toMatchObject({ allowed: false, reasons: [{ code: 'STUDY_NOT_USED' }] });
    expectError(await w.as.adminA.post(staff(detail.id, '/actions/study'), { version: detail.version, note: '研究' }), 409, 'STATE_CONFLICT');
  });
});

describe('transfer', () => {
  it('moves an unanswered submission to another unit of the jurisdiction, which alone can then see it', async () => {
    const detail = await idOf(w, '夜间公交');
    expectError(
      await w.as.adminA.post(staff(detail.id, '/transfer'), { version: detail.version, unitId: w.county.b.id, reason: '不属本单位职责' }),
      403,
      'FORBIDDEN',
    );
    const same = await w.as.orgDept.post(staff(detail.id, '/transfer'), { version: detail.version, unitId: w.county.a.id, reason: '重复' });
    expect(fieldPaths(expectError(same, 400, 'VALIDATION_FAILED') && same)).toEqual(['unitId']);
    const moved = ok<SubmissionDetail>(
      await w.as.orgDept.post(staff(detail.id, '/transfer'), { version: detail.version, unitId: w.county.b.id, reason: '公交线路由乙局负责' }),
    );
    expect(moved).toMatchObject({ unitName: '乙局', dueOn: detail.dueOn });
    expectError(await w.as.adminA.get(staff(detail.id)), 404, 'NOT_FOUND');
    expect(ok<SubmissionDetail>(await w.as.adminB.get(staff(detail.id))).events.map((e) => e.label)).toEqual(['提交', '转办']);
  });

  it('refuses an answered one', async () => {
    const answered = await idOf(w, '建议在学校门口');
    expectError(
      await w.as.orgDept.post(staff(answered.id, '/transfer'), { version: answered.version, unitId: w.county.b.id, reason: '改由乙局' }),
      409,
      'STATE_CONFLICT',
    );
  });
});

describe('abuse limits', () => {
  it('refuses a body over the size limit before reading it', async () => {
    const res = await w.public.post(submissionsUrl, { ...anonymousIdea(w), content: '很'.repeat(20_000) });
    expect(res.statusCode).toBe(413);
  });

  it('answers 429 once an address has sent its submissions for the hour', async () => {
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) status = (await w.public.post(submissionsUrl, { kind: 'IDEA' })).statusCode;
    expect(status).toBe(429);
  });
});
