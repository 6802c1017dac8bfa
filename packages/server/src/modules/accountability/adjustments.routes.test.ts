import type { AdjustmentPage, AdjustmentView } from '@dandang/shared/accountability/adjustment.schema';
import type { FollowUpPage } from '@dandang/shared/assessment/follow-up.schema';
import type { Impact, Measure } from '@dandang/shared/cadres/measure.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { assessmentCycles } from '../assessment/cycles.tables';
import { assessmentFollowUps } from '../assessment/follow-ups.tables';
import { annualGrades } from '../cadres';
import { buildWorld, cadreIn, userWithGrants, type World } from './accountability.test-support';

/*
 * 不担当不作为 / 能上能下 (DOMAIN.md §7, issue 6 item 4): a clue classified under 能上能下规定 第五条, verified, the cadre
 * heard, decided collectively, and the adjustment written as a measure; a 能上能下 task of the 2025 annual results
 * (a BASIC grade) opens a clue and is closed naming it. The clock stands at 2026-03-02 in Beijing.
 */

let w: World;
const ids: Record<string, string> = {};
const id = (k: string) => ids[k] as string;
const org = () => w.as('orgDept');
const step = async (session: Session, caseId: string, action: string, fields: Record<string, unknown> = {}, note = '') => {
  const { case: c } = ok<AdjustmentView>(await session.get(`/api/v1/adjustments/${caseId}`));
  return session.post(`/api/v1/adjustments/${caseId}/actions/${action}`, { version: c.version, note, fields });
};

beforeAll(async () => {
  w = await buildWorld();
  const db = w.t.database.db;
  ids.chen = await cadreIn(w, w.county.a.id, '陈某');
  ids.lin = await cadreIn(w, w.county.b.id, '林某');
  const [cycle] = await db
    .insert(assessmentCycles)
    .values({ name: '2025年度考核', kind: 'ANNUAL', year: 2025, state: 'PUBLISHED', stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 } })
    .returning({ id: assessmentCycles.id });
  await db.insert(annualGrades).values({ cadreId: id('chen'), year: 2025, grade: 'BASIC', sourceType: 'ASSESSMENT', sourceId: cycle?.id });
  const task = (kind: 'UP_DOWN' | 'ADMONISH') => ({
    cycleId: cycle?.id as string,
    cadreId: id('chen'),
    unitId: w.county.a.id,
    year: 2025,
    kind,
    reasons: [],
    createdAt: w.t.clock.now(),
  });
  const rows = await db
    .insert(assessmentFollowUps)
    .values([task('UP_DOWN'), task('ADMONISH')])
    .returning({ id: assessmentFollowUps.id, kind: assessmentFollowUps.kind });
  ids.upDown = rows.find((r) => r.kind === 'UP_DOWN')?.id as string;
  ids.admonish = rows.find((r) => r.kind === 'ADMONISH')?.id as string;
});
afterAll(() => w.t.close());

describe('a clue from a 能上能下 task of the annual results', () => {
  it('opens with the task’s cadre and grade as its source, and closes the task naming the clue', async () => {
    const v = ok<AdjustmentView>(
      await (await org()).post('/api/v1/adjustments', { followUpId: id('upDown'), situation: 'LACKS_DEDICATION', clue: '工作推拖，年度考核基本称职' }),
    );
    expect(v.case).toMatchObject({ type: 'ADJUSTMENT', number: '调〔2026〕1号', state: 'CLUE', unitName: '甲局', subjectName: '陈某' });
    expect(v).toMatchObject({
      cadreId: id('chen'),
      source: '2025 年度考核基本称职（考核结果运用·能上能下）',
      followUp: { id: id('upDown'), year: 2025, grade: 'BASIC' },
    });
    expect(v.situationLabel).toContain('事业心责任感不强');
    ids.chenCase = v.case.id;
    const tasks = ok<FollowUpPage>(await (await org()).get('/api/v1/assessment/follow-ups?kind=UP_DOWN'));
    expect(tasks.items.map((t) => [t.state, t.note])).toEqual([['DONE', '已转为不担当不作为线索 调〔2026〕1号']]);
  });

  it('is opened once per task; a task of another kind is refused by field', async () => {
    const again = expectError(
      await (await org()).post('/api/v1/adjustments', { followUpId: id('upDown'), situation: 'LACKS_DEDICATION', clue: '再次' }),
      409,
      'STATE_CONFLICT',
    );
    expect(again.message).toBe('该事项已转为线索 调〔2026〕1号');
    const other = await (await org()).post('/api/v1/adjustments', { followUpId: id('admonish'), situation: 'LACKS_DEDICATION', clue: '诫勉' });
    expectError(other, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(other)).toEqual(['followUpId']);
  });

  it('refuses a clue without a cadre, a situation of 第五条, a source or the clue, naming each', async () => {
    const res = await (await org()).post('/api/v1/adjustments', { situation: 'LAZY' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['cadreId', 'clue', 'situation', 'source']);
  });
});

describe('the way to an adjustment', () => {
  it('verifies, hears the cadre, decides collectively; 改任职级 is written as 不适宜担任现职·调离岗位, a 12-month bar', async () => {
    const caseId = id('chenCase');
    ok(await step(await org(), caseId, 'verify'));
    expect(fieldPaths(await step(await org(), caseId, 'hear'))).toEqual(['fields.verification']);
    ok(await step(await org(), caseId, 'hear', { verification: '经核实，工作长期推拖' }));
    ok(await step(await org(), caseId, 'submit', { statement: '本人承认存在推拖问题' }));
    const bad = await step(await org(), caseId, 'adjust', { adjustment: '降级', meetingDate: '2026-03-01', decidedOn: '2026-02-28' });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad).sort()).toEqual(['fields.adjustment', 'fields.decidedOn', 'fields.documentNo']);
    const v = ok<AdjustmentView>(
      await step(await org(), caseId, 'adjust', {
        adjustment: 'RANK_CHANGE',
        meetingDate: '2026-03-01',
        decidedOn: '2026-03-02',
        documentNo: '县组干〔2026〕3号',
      }),
    );
    expect(v.case).toMatchObject({ state: 'ADJUSTED', closed: true });
    expect(v.adjustment).toMatchObject({ kind: 'RANK_CHANGE', label: '改任职级', measureCode: 'UNFIT_TRANSFER', decidedOn: '2026-03-02' });
    expect(v.adjustment?.reasons[0]?.text).toContain('没有单独的措施代码');
    const measures = ok<Measure[]>(await (await org()).get(`/api/v1/cadres/${id('chen')}/measures`));
    expect(measures.map((m) => [m.code, m.effectiveOn, m.sourceType, m.sourceId, m.documentNo])).toEqual([
      ['UNFIT_TRANSFER', '2026-03-02', 'adjustment_case', caseId, '县组干〔2026〕3号'],
    ]);
    const impact = ok<Impact>(await (await org()).get(`/api/v1/cadres/${id('chen')}/impact`));
    expect(impact.promotion).toMatchObject({ eligible: false, eligibleFrom: '2027-03-02' });
  });

  it('ends with 不予调整 when the clue does not hold, with the reason', async () => {
    const v = ok<AdjustmentView>(
      await (await org()).post('/api/v1/adjustments', { cadreId: id('lin'), situation: 'POOR_STYLE', clue: '群众反映作风漂浮', source: '信访举报' }),
    );
    expect(fieldPaths(await step(await org(), v.case.id, 'dismiss'))).toEqual(['note']);
    const done = ok<AdjustmentView>(await step(await org(), v.case.id, 'dismiss', {}, '经核实，反映不实'));
    expect(done.case.state).toBe('DISMISSED');
    ids.linCase = v.case.id;
  });
});

describe('listing and scope', () => {
  it('filters by state, situation and cadre', async () => {
    const list = async (q: string) => ok<AdjustmentPage>(await (await w.as('discipline')).get(`/api/v1/adjustments?${q}`)).items.map((i) => i.case.id);
    expect(await list('state=ADJUSTED')).toEqual([id('chenCase')]);
    expect(await list('situation=POOR_STYLE')).toEqual([id('linCase')]);
    expect(await list(`cadreId=${id('chen')}`)).toEqual([id('chenCase')]);
    expect((await list('')).length).toBe(2);
    const bad = await (await w.as('discipline')).get('/api/v1/adjustments?state=NOPE');
    expect(fieldPaths(bad)).toEqual(['querystring.state']);
  });

  it('lets the discipline commission read but not handle; 403 without the permission; 404 out of a unit scope', async () => {
    expectError(await step(await w.as('discipline'), id('linCase'), 'verify'), 403, 'FORBIDDEN');
    expectError(await w.county.unitAdminA.get('/api/v1/adjustments'), 403, 'FORBIDDEN');
    await userWithGrants(w, 'readerB', 'unit_leader', w.county.b.id, [['adjustment.read', 'unit']]);
    const reader = await w.as('readerB');
    expect(ok<AdjustmentPage>(await reader.get('/api/v1/adjustments')).items.map((i) => i.case.id)).toEqual([id('linCase')]);
    expectError(await reader.get(`/api/v1/adjustments/${id('chenCase')}`), 404, 'NOT_FOUND');
  });
});
