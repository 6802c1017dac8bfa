import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County, signInNewUser } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { annualGrades } from '../cadres';
import { roleGrants } from '../org';

/*
 * A whole annual cycle through the API (issue 5 "Scoring", "Grading", "Results that drive things"): scores entered
 * and explained, a unit admin kept to their own unit, grades proposed within the quota with a person under 党内警告
 * passed over, manual changes that break the quota or the measure refused, the notice with an objection, the cadre's
 * confirmation and appeal, publishing into the registry's annual grades, and the payout sheet.
 */

type Result = {
  participantId: string;
  name: string;
  final: number | null;
  grade: string | null;
  gradeStatus: string | null;
  rank: number | null;
  version: number;
  breakdown: { parts: Record<string, number>; missing: string[]; reasons: Array<{ code: string; text: string }> } | null;
  confirmedAt: string | null;
  appealState: string | null;
};
type Cycle = { id: string; version: number; state: string; noticeEndsOn: string | null };

let t: TestApp;
let county: County;
let cycle: Cycle;
let quantId: string;
let qualId: string;
const ids: Record<string, string> = {};

const DAY = 24 * 3600 * 1000;

async function results(session: Session = county.orgDept): Promise<Result[]> {
  return ok<{ items: Result[] }>(await session.get(`/api/v1/assessment/cycles/${cycle.id}/results?pageSize=100`)).items;
}
const byName = async (name: string) => (await results()).find((r) => r.name === name) as Result;

/** A 2026 annual cycle over the whole test county, assessing one category by one scheme. */
async function createAnnualCycle(name: string, category: string, schemeId: string): Promise<Cycle> {
  return ok<Cycle>(
    await county.orgDept.post('/api/v1/assessment/cycles', {
      name,
      kind: 'ANNUAL',
      year: 2026,
      unitIds: [county.root.id],
      schemes: [{ category, schemeId }],
      stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
    }),
  );
}

async function advance(to: string) {
  const res = await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to });
  if (res.statusCode === 200) cycle = res.json();
  return res;
}

async function score(name: string, actual: number, level: string, bonus = 0) {
  const r = await byName(name);
  return county.orgDept.put(`/api/v1/assessment/results/${r.participantId}/score`, {
    version: r.version,
    entries: {
      items: { [quantId]: { target: 100, actual }, [qualId]: { level } },
      adjustments: bonus ? { 专项表彰: { occurrences: bonus, note: '县级表彰' } } : {},
    },
    comment: `${name}年度表现`,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  for (const name of ['甲一', '甲二', '甲三', '甲四', '甲五', '甲六']) ids[name] = (await buildCadre(db, { unitId: county.a.id, name })).id;
  // 甲一 was EXCELLENT the two years before: a third makes 记三等功.
  await db.insert(annualGrades).values([2024, 2025].map((year) => ({ cadreId: ids.甲一 as string, year, grade: 'EXCELLENT' })));
  ids.乙一 = (await buildCadre(db, { unitId: county.b.id, name: '乙一' })).id;
  ok(
    await county.orgDept.post(`/api/v1/cadres/${ids.甲六}/measures`, {
      code: 'PARTY_WARNING',
      effectiveOn: '2026-02-10',
      decidingBody: '县纪委',
      documentNo: '县纪〔2026〕3号',
    }),
  );
  quantId = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'TASKS',
      name: '重点任务完成率',
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
    }),
  ).id;
  qualId = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'CONDUCT',
      name: '作风表现',
      definition: {
        kind: 'QUALITATIVE',
        scale: [
          { code: 'GOOD', label: '好', percent: 100 },
          { code: 'FAIR', label: '一般', percent: 60 },
        ],
      },
    }),
  ).id;
  const scheme = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/schemes', {
      name: '个人年度考核方案',
      category: 'INDIVIDUAL',
      items: [
        { indicatorId: quantId, weight: 60 },
        { indicatorId: qualId, weight: 40 },
      ],
      adjustments: [
        { kind: 'BONUS', source: 'MANUAL', name: '专项表彰', pointsEach: 1, cap: 2 },
        { kind: 'DEDUCTION', source: 'MEASURE', name: '受到处理处分', pointsEach: 3, cap: 6 },
      ],
      formula: 'indicators + bonus - deduction',
    }),
  );
  cycle = await createAnnualCycle('2026年度考核', 'INDIVIDUAL', scheme.id);
  ok(await advance('OPEN'));
});
afterAll(() => t.close());

describe('scoring', () => {
  it('computes and explains a score from the entries and the signals', async () => {
    ok(await score('甲六', 100, 'GOOD'));
    const r = await byName('甲六');
    expect(r.breakdown?.parts).toEqual({ indicators: 100, democratic: 0, bonus: 0, deduction: 3 });
    expect(r.final).toBe(97);
    expect(r.breakdown?.reasons.map((x) => x.text).join('\n')).toContain('2026-02-10 党内警告');
  });

  it('caps a bonus item and keeps a missing rating open', async () => {
    ok(await score('甲一', 95, 'GOOD', 3));
    expect((await byName('甲一')).final).toBe(99);
    const r = await byName('甲二');
    const res = await county.orgDept.put(`/api/v1/assessment/results/${r.participantId}/score`, {
      version: r.version,
      entries: { items: { [quantId]: { target: 100, actual: 90 } } },
    });
    expect(ok<Result>(res)).toMatchObject({ final: null, breakdown: { missing: ['指标“作风表现”未评分'] } });
  });

  it('names every bad entry', async () => {
    const r = await byName('甲三');
    const res = await county.orgDept.put(`/api/v1/assessment/results/${r.participantId}/score`, {
      version: r.version,
      entries: { items: { [qualId]: { level: 'EXCELLENT' }, [quantId]: { level: 'GOOD' } }, adjustments: { 受到处理处分: { occurrences: 1 } } },
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual([`entries.adjustments.受到处理处分`, `entries.items.${qualId}.level`, `entries.items.${quantId}.level`].sort());
  });

  it('recomputes the scores on demand, rewriting only those whose reckoning changed', async () => {
    // The four never scored are computed (and incomplete), as is 甲二, whose rating is missing.
    expect(ok(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/scores/recompute`))).toEqual({ participants: 7, changed: 4, incomplete: 5 });
    const before = await byName('甲一');
    ok(
      await county.orgDept.post(`/api/v1/cadres/${ids.甲一}/measures`, {
        code: 'ACC_NOTICE',
        effectiveOn: '2026-02-20',
        decidingBody: '县委',
        documentNo: '县组〔2026〕9号',
      }),
    );
    expect(ok(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/scores/recompute`))).toMatchObject({ changed: 1 });
    expect((await byName('甲一')).final).toBe((before.final as number) - 3);
  });

  it('keeps a unit admin to their own unit’s scores', async () => {
    const own = await results(county.unitAdminA);
    expect(own.map((r) => r.name).sort()).toEqual(['甲一', '甲三', '甲二', '甲五', '甲六', '甲四'].sort());
    const other = await byName('乙一');
    expectError(await county.unitAdminA.get(`/api/v1/assessment/results/${other.participantId}`), 404, 'NOT_FOUND');
    expectError(
      await county.unitAdminA.put(`/api/v1/assessment/results/${other.participantId}/score`, { version: other.version, entries: {} }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('grading', () => {
  it('refuses to grade while a score is incomplete, naming who', async () => {
    ok(await advance('SCORING'));
    const res = await advance('GRADING');
    expectError(res, 409, 'SCORES_INCOMPLETE');
    expect(res.json().message).toContain('甲二');
  });

  it('proposes the top score that may be EXCELLENT, passing over 党内警告', async () => {
    ok(await score('甲二', 90, 'GOOD'));
    ok(await score('甲三', 80, 'GOOD'));
    ok(await score('甲四', 70, 'FAIR'));
    ok(await score('甲五', 60, 'FAIR'));
    ok(await score('乙一', 100, 'GOOD'));
    ok(await advance('GRADING'));
    // 甲局 has 6 participants: floor(6 × 20%) = 1 EXCELLENT. 乙局's one cadre is pooled (fewer than 5): floor(0.2) = 0.
    const grades = Object.fromEntries((await results()).map((r) => [r.name, r.grade]));
    expect(grades).toEqual({
      甲一: 'EXCELLENT',
      甲六: 'COMPETENT',
      甲二: 'COMPETENT',
      甲三: 'COMPETENT',
      甲四: 'COMPETENT',
      甲五: 'COMPETENT',
      乙一: 'COMPETENT',
    });
  });

  it('refuses a change against the measure or the quota, with the reason', async () => {
    const six = await byName('甲六');
    const barred = await county.orgDept.put(`/api/v1/assessment/results/${six.participantId}/grade`, {
      version: six.version,
      grade: 'EXCELLENT',
      reason: '工作突出',
    });
    expectError(barred, 422, 'GRADE_NOT_ALLOWED');
    expect(barred.json().message).toContain('党内警告');
    const two = await byName('甲二');
    expectError(
      await county.orgDept.put(`/api/v1/assessment/results/${two.participantId}/grade`, { version: two.version, grade: 'EXCELLENT', reason: '工作突出' }),
      422,
      'QUOTA_EXCEEDED',
    );
    expectError(
      await county.unitAdminA.put(`/api/v1/assessment/results/${two.participantId}/grade`, { version: two.version, grade: 'BASIC', reason: '工作一般' }),
      403,
      'FORBIDDEN',
    );
    for (const grade of ['GOOD', null]) {
      const bad = await county.orgDept.put(`/api/v1/assessment/results/${two.participantId}/grade`, { version: two.version, grade, reason: '工作一般' });
      expectError(bad, 400, 'VALIDATION_FAILED');
      expect(fieldPaths(bad)).toEqual(['grade']);
    }
    const five = await byName('甲五');
    expect(
      ok<Result>(
        await county.orgDept.put(`/api/v1/assessment/results/${five.participantId}/grade`, { version: five.version, grade: 'BASIC', reason: '多项任务未完成' }),
      ).grade,
    ).toBe('BASIC');
  });

  it('shows each quota pool with its quota and how many hold the top grade, within the grader’s scope', async () => {
    type Pool = {
      kind: string;
      units: Array<{ unitName: string }>;
      otherUnits: number;
      participants: number;
      quota: number;
      topLabel: string;
      top: number;
      proposedTop: number;
      reasons: unknown[];
    };
    const summary = (pools: Pool[]) =>
      pools
        .map((p) => ({
          kind: p.kind,
          units: p.units.map((u) => u.unitName),
          otherUnits: p.otherUnits,
          participants: p.participants,
          quota: p.quota,
          top: p.top,
        }))
        .sort((x, y) => y.participants - x.participants);
    const pools = ok<Pool[]>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/pools`));
    // 甲局 alone gives one 优秀; 乙局, too small for a pool of its own, is pooled and gives none (DOMAIN.md §5).
    expect(summary(pools)).toEqual([
      { kind: 'UNIT', units: ['甲局'], otherUnits: 0, participants: 6, quota: 1, top: 1 },
      { kind: 'POOLED', units: ['乙局'], otherUnits: 0, participants: 1, quota: 0, top: 0 },
    ]);
    expect(pools.every((p) => p.topLabel === '优秀' && p.reasons.length > 0 && p.proposedTop === p.top)).toBe(true);
    expectError(await county.unitAdminA.get(`/api/v1/assessment/cycles/${cycle.id}/pools`), 403, 'FORBIDDEN');
    // A grader kept to 甲局 (a grant this test's database gives the unit leaders) sees 甲局's pool and not 乙局's.
    await t.database.db.insert(roleGrants).values({ roleCode: 'unit_leader', permission: 'assessment.grade', scope: 'unit' }).onConflictDoNothing();
    const leaderA = await signInNewUser(t, { roles: ['unit_leader'], unitId: county.a.id });
    expect(summary(ok<Pool[]>(await leaderA.get(`/api/v1/assessment/cycles/${cycle.id}/pools`)))).toEqual([
      { kind: 'UNIT', units: ['甲局'], otherUnits: 0, participants: 6, quota: 1, top: 1 },
    ]);
  });
});

describe('notice, confirmation and publishing', () => {
  let cadreOne: Session;

  it('sets the notice period and records an objection to a candidate', async () => {
    ok(await advance('NOTICE'));
    expect(cycle.noticeEndsOn).toBe('2026-03-06');
    const one = await byName('甲一');
    const objection = ok<{ id: string; version: number; state: string }>(
      await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/objections`, { participantId: one.participantId, content: '反映其年内有迟到早退情况' }),
    );
    expect(objection.state).toBe('OPEN');
    const two = await byName('甲二');
    expectError(
      await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/objections`, { participantId: two.participantId, content: '不是人选的反映' }),
      409,
      'STATE_CONFLICT',
    );
    expectError(await advance('PUBLISHED'), 409, 'STATE_CONFLICT');
    expect(ok<unknown[]>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/objections`))).toHaveLength(1);
    expectError(await county.orgDept.get('/api/v1/assessment/cycles/00000000-0000-4000-8000-000000000000/objections'), 404, 'NOT_FOUND');
    ok(
      await county.orgDept.post(`/api/v1/assessment/objections/${objection.id}/resolution`, {
        version: objection.version,
        upheld: false,
        resolution: '经核实不属实',
      }),
    );
  });

  it('lets a cadre confirm their own result and nobody else’s, and another appeal', async () => {
    cadreOne = await signInNewUser(t, { roles: ['cadre'], cadreId: ids.甲一, unitId: county.a.id });
    const one = await byName('甲一');
    const two = await byName('甲二');
    expectError(await cadreOne.post(`/api/v1/assessment/results/${two.participantId}/confirmation`, { version: two.version }), 404, 'NOT_FOUND');
    expect(
      ok<Result>(await cadreOne.post(`/api/v1/assessment/results/${one.participantId}/confirmation`, { version: one.version })).confirmedAt,
    ).not.toBeNull();
    const cadreFive = await signInNewUser(t, { roles: ['cadre'], cadreId: ids.甲五, unitId: county.a.id });
    const five = await byName('甲五');
    expect(
      ok<Result>(
        await cadreFive.post(`/api/v1/assessment/results/${five.participantId}/appeal`, { version: five.version, appeal: '本人任务已按期完成，请求复核' }),
      ).appealState,
    ).toBe('OPEN');
  });

  it('publishes only after the notice period and the answers, into the annual grades', async () => {
    t.clock.advance(5 * DAY);
    // A session does not outlive days of idleness; sign in again, as the department would.
    county.orgDept = await t.login(county.users.orgDept.username);
    expectError(await advance('PUBLISHED'), 409, 'STATE_CONFLICT');
    const five = await byName('甲五');
    ok(
      await county.orgDept.post(`/api/v1/assessment/results/${five.participantId}/appeal-answer`, {
        version: five.version,
        upheld: false,
        answer: '经复核维持原等次',
      }),
    );
    ok(await advance('PUBLISHED'));
    const rows = await t.database.db
      .select()
      .from(annualGrades)
      .where(and(eq(annualGrades.year, 2026), eq(annualGrades.sourceId, cycle.id)));
    expect(Object.fromEntries(rows.map((r) => [Object.keys(ids).find((k) => ids[k] === r.cadreId), r.grade]))).toMatchObject({
      甲一: 'EXCELLENT',
      甲五: 'BASIC',
      甲六: 'COMPETENT',
    });
  });

  it('exports the payout sheet with the policy’s coefficients', async () => {
    const res = await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/payout.xlsx`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows = (book.worksheets[0]?.getSheetValues() ?? []).slice(2).map((v) => (v as unknown[]).slice(1));
    const row = (name: string) => rows.find((r) => r[1] === name);
    expect(row('甲一')?.slice(4)).toEqual(['优秀', 1.2]);
    expect(row('甲五')?.slice(4)).toEqual(['基本称职', 0.8]);
  });

  it('exports the results table (上报表) with the score’s parts, within the reader’s scope', async () => {
    const rowsOf = async (session: Session) => {
      const res = await session.get(`/api/v1/assessment/cycles/${cycle.id}/report.xlsx`);
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return (book.worksheets[0]?.getSheetValues() ?? []).slice(2).map((v) => (v as unknown[]).slice(1));
    };
    const all = await rowsOf(county.orgDept);
    expect(all).toHaveLength(7);
    expect(all.find((r) => r[2] === '甲六')?.slice(4, 11)).toEqual([100, 0, 0, 3, 97, 1, '称职']);
    county.unitAdminA = await t.login(county.users.unitAdminA.username);
    expect((await rowsOf(county.unitAdminA)).map((r) => r[2])).not.toContain('乙一');
  });
});

// Issue 5 "Results that drive things": grade consequences as the organization department's task list.
describe('results that drive things', () => {
  type FollowUp = { id: string; name: string; kind: string; state: string; version: number; reasons: Array<{ text: string }> };

  it('turns the published grades into tasks, each with its reason', async () => {
    const page = ok<{ items: FollowUp[]; open: Record<string, number> }>(
      await county.orgDept.get(`/api/v1/assessment/follow-ups?cycleId=${cycle.id}&pageSize=100`),
    );
    expect(page.items.map((i) => `${i.name}:${i.kind}`).sort()).toEqual(['甲一:COMMENDATION', '甲一:MERIT_THIRD_CLASS', '甲五:ADMONISH', '甲五:UP_DOWN']);
    expect(page.open).toEqual({ COMMENDATION: 1, MERIT_THIRD_CLASS: 1, ADMONISH: 1, UP_DOWN: 1 });
    expect(page.items.find((i) => i.kind === 'MERIT_THIRD_CLASS')?.reasons[0]?.text).toContain('2024–2026 年连续三年');
  });

  it('closes a task once, with what was done', async () => {
    const [task] = ok<{ items: FollowUp[] }>(await county.orgDept.get(`/api/v1/assessment/follow-ups?kind=COMMENDATION&cycleId=${cycle.id}`)).items;
    const url = `/api/v1/assessment/follow-ups/${task?.id}/close`;
    expect(fieldPaths(await county.orgDept.post(url, { version: task?.version, state: 'DONE' }))).toEqual(['note']);
    const closed = ok<FollowUp>(await county.orgDept.post(url, { version: task?.version, state: 'DONE', note: '县委组织部〔2027〕1号嘉奖' }));
    expect(closed.state).toBe('DONE');
    expectError(await county.orgDept.post(url, { version: closed.version, state: 'DONE', note: '再次办结' }), 409, 'STATE_CONFLICT');
  });

  it('tells the cadre what the grade means for promotion seniority and its consequences', async () => {
    const own = await signInNewUser(t, { roles: ['cadre'], unitId: county.a.id, cadreId: ids.甲一 });
    const [mine] = ok<Array<{ consequences: { seniority: { counts: boolean; qualifyingYears: number }; reasons: Array<{ code: string }> } | null }>>(
      await own.get('/api/v1/assessment/my-results'),
    );
    expect(mine?.consequences?.seniority).toMatchObject({ counts: true, qualifyingYears: 3 });
    expect(mine?.consequences?.reasons.map((r) => r.code)).toEqual(['COMMENDATION', 'MERIT_THIRD_CLASS']);
  });

  it('is the organization department’s list only', async () => {
    expectError(await county.unitAdminA.get('/api/v1/assessment/follow-ups'), 403, 'FORBIDDEN');
  });
});

// Issue 5 "Views": the dashboard's figures, each a count the results list drills into.
describe('analysis', () => {
  type Analysis = {
    byUnit: Array<{ unitName: string; counts: Record<string, number> }>;
    histogram: Array<{ from: number; to: number; n: number }>;
    comparedWith: { year: number } | null;
    ranking: Array<{ name: string; unitName: string; rank: number | null; final: number | null }>;
    trend: Array<{ year: number; participants: number; counts: Record<string, number> }>;
  };

  it('counts grades by unit, bins the scores, ranks and trends within the reader’s scope', async () => {
    const all = ok<Analysis>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/analysis?category=INDIVIDUAL`));
    const graded = await results();
    expect(all.byUnit.map((u) => u.unitName).sort()).toEqual(['乙局', '甲局']);
    expect(all.byUnit.find((u) => u.unitName === '甲局')?.counts.EXCELLENT).toBe(graded.filter((r) => r.grade === 'EXCELLENT').length);
    expect(all.histogram.reduce((a, b) => a + b.n, 0)).toBe(graded.filter((r) => r.final !== null).length);
    const finals = all.ranking.map((r) => r.final);
    expect(finals).toEqual([...finals].sort((a, b) => (b ?? -1) - (a ?? -1)));
    expect(all.ranking[0]?.rank).toBe(1);
    // Each person with their unit; no 2025 cycle, so nothing to compare the ranks with.
    expect(all.ranking.find((r) => r.name === '乙一')?.unitName).toBe('乙局');
    expect(all.comparedWith).toBeNull();
    expect(all.trend.map((t) => [t.year, t.participants])).toEqual([[2026, graded.length]]);
    const mine = ok<Analysis>(await county.unitAdminA.get(`/api/v1/assessment/cycles/${cycle.id}/analysis?category=INDIVIDUAL`));
    expect(mine.byUnit.map((u) => u.unitName)).toEqual(['甲局']);
  });

  it('drills from a grade count or a histogram bar into the list', async () => {
    const top = ok<{ items: Result[] }>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/results?grade=EXCELLENT`)).items;
    expect(top.map((r) => r.name)).toEqual(['甲一']);
    const band = ok<{ items: Result[] }>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/results?scoreFrom=95&scoreTo=100`)).items;
    expect(band.every((r) => r.final !== null && r.final >= 95 && r.final < 100)).toBe(true);
    expect(band.length).toBe((await results()).filter((r) => r.final !== null && r.final >= 95 && r.final < 100).length);
  });
});

// DOMAIN.md §5 and issue 5 "Unit assessment": units of a category are graded together, in one pool, by the same machinery.
describe('units graded as one pool per category', () => {
  it('lists the units by score, as their ranking, and shows their category’s one pool', async () => {
    const scheme = ok<{ id: string }>(
      await county.orgDept.post('/api/v1/assessment/schemes', {
        name: '县直部门年度考核方案',
        category: 'COUNTY_DEPARTMENT',
        items: [{ indicatorId: quantId, weight: 100 }],
        adjustments: [],
        formula: 'indicators + bonus - deduction',
      }),
    );
    let units = await createAnnualCycle('2026年度县直部门考核', 'COUNTY_DEPARTMENT', scheme.id);
    const move = async (to: string) => {
      units = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${units.id}/advance`, { version: units.version, to }));
    };
    const list = async () => ok<{ items: Result[] }>(await county.orgDept.get(`/api/v1/assessment/cycles/${units.id}/results?pageSize=100`)).items;
    await move('OPEN');
    await move('SCORING');
    // The county's own committee scores lowest, so the ranking differs from the unit tree (which puts it first).
    const actuals: Record<string, number> = { 县委: 70, 甲局: 90, 乙局: 80 };
    for (const r of await list()) {
      const entries = { items: { [quantId]: { target: 100, actual: actuals[r.name] } }, adjustments: {} };
      ok(await county.orgDept.put(`/api/v1/assessment/results/${r.participantId}/score`, { version: r.version, entries }));
    }
    await move('GRADING');
    const ranked = await list();
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['甲局', 1],
      ['乙局', 2],
      ['县委', 3],
    ]);
    const pools = ok<Array<{ kind: string; units: Array<{ unitName: string }>; participants: number }>>(
      await county.orgDept.get(`/api/v1/assessment/cycles/${units.id}/pools`),
    );
    expect(pools.map((p) => [p.kind, p.participants, p.units.map((u) => u.unitName).sort()])).toEqual([['CATEGORY', 3, ['乙局', '县委', '甲局'].sort()]]);
  });
});
