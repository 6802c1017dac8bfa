import type { CorrectionView, ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, fieldPaths, ok } from '../../test/http';
import { act, application, buildWorld, decision, detailOf, saveFacts, type World } from './tolerance.test-support';

/*
 * 纠错整改 (DOMAIN.md §6 "correction plan with deadline and follow-up"): tasks drawn up while filing or correcting,
 * flagged when overdue, done with what was done; the case closes only when every task is done.
 */

let w: World;
let id: string;
const tasks: CorrectionView[] = [];

const addTask = (caseId: string, body: Record<string, unknown>) => w.as.discipline.post(`/api/v1/tolerance/cases/${caseId}/corrections`, body);
const updateTask = (task: { id: string; version: number }, body: Record<string, unknown>) =>
  w.as.discipline.put(`/api/v1/tolerance/corrections/${task.id}`, { version: task.version, ...body });

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  id = ok<ToleranceDetail>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a))).case.id;
  ok(await act(w.as.discipline, id, 'accept'));
  ok(await saveFacts(w.as.discipline, id));
  ok(await act(w.as.discipline, id, 'report', { findings: '已核实' }));
  ok(await act(w.as.discipline, id, 'decide', decision('2026-10-12')));
});
afterAll(() => w.t.close());

describe('the correction plan', () => {
  it('is not drawn up before the feedback is given', async () => {
    expectError(await addTask(id, { description: '完善招商项目审批流程', owner: '甲一', deadline: '2026-10-20' }), 409, 'STATE_CONFLICT');
  });

  it('is drawn up while filing, each task named with what, who and by when', async () => {
    ok(await act(w.as.discipline, id, 'feedback', { feedbackOn: '2026-10-12', recipients: ['甲一'] }));
    const bad = await addTask(id, { description: '', owner: '', deadline: '2026-13-01' });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad)).toEqual(['description', 'owner', 'deadline']);
    tasks.push(ok<CorrectionView>(await addTask(id, { description: '完善招商项目审批流程', owner: '甲一', deadline: '2026-10-20' })));
    expect(tasks[0]).toMatchObject({ done: false, overdue: false, followUp: '', doneAt: null });
  });

  it('tasks are worked through only while correcting', async () => {
    expectError(await updateTask(tasks[0] as CorrectionView, { done: true, followUp: '已修订流程' }), 409, 'STATE_CONFLICT');
    ok(await act(w.as.discipline, id, 'file', { filedOn: '2026-10-12', filedWith: ['县纪委', '县委组织部'] }));
    tasks.push(ok<CorrectionView>(await addTask(id, { description: '挽回剩余损失', owner: '甲局', deadline: '2026-11-30' })));
    expect((await detailOf(w.as.discipline, id)).corrections.map((t) => t.description)).toEqual(['完善招商项目审批流程', '挽回剩余损失']);
  });

  it('flags a task past its deadline in the case, for its applicant too', async () => {
    await w.moveTo('2026-10-21T09:00:00+08:00');
    const seen = await detailOf(w.as.cadreA, id);
    expect(seen.corrections.map((t) => t.overdue)).toEqual([true, false]);
    expect(seen.overdueCorrections).toBe(1);
  });

  it('the case does not close while a task is open', async () => {
    const res = await act(w.as.discipline, id, 'close');
    expect(expectError(res, 409, 'STATE_CONFLICT').message).toContain('2 项');
  });

  it('a task is marked done with its follow-up; a stale version gets 409', async () => {
    const first = tasks[0] as CorrectionView;
    expect(fieldPaths(await updateTask(first, { done: true }))).toEqual(['followUp']);
    const done = ok<CorrectionView>(await updateTask(first, { done: true, followUp: '已修订审批流程并印发' }));
    expect(done).toMatchObject({ done: true, overdue: false, followUp: '已修订审批流程并印发', version: first.version + 1 });
    expect(done.doneAt).not.toBeNull();
    expectError(await updateTask(first, { done: false }), 409, 'VERSION_CONFLICT');
    tasks[0] = done;
  });

  it('a task is reached only by those who handle the case', async () => {
    expectError(await w.as.discipline.put(`/api/v1/tolerance/corrections/${crypto.randomUUID()}`, { version: 1, done: false }), 404, 'NOT_FOUND');
    const second = tasks[1] as CorrectionView;
    expectError(
      await w.as.cadreA.put(`/api/v1/tolerance/corrections/${second.id}`, { version: second.version, done: true, followUp: '自行办结' }),
      403,
      'FORBIDDEN',
    );
  });

  it('the case closes once every task is done', async () => {
    const second = tasks[1] as CorrectionView;
    ok(await updateTask(second, { done: true, followUp: '损失已全部挽回' }));
    const closed = ok<ToleranceDetail>(await act(w.as.discipline, id, 'close'));
    expect([closed.case.state, closed.case.closed, closed.overdueCorrections]).toEqual(['CLOSED', true, 0]);
    expectError(await addTask(id, { description: '补充', owner: '甲一', deadline: '2026-12-01' }), 409, 'STATE_CONFLICT');
  });

  it('every change to the plan is audited', async () => {
    const rows = await w.t.database.db
      .select()
      .from(auditLog)
      .where(
        inArray(
          auditLog.entityId,
          tasks.map((t) => t.id),
        ),
      );
    expect(rows.map((r) => r.action).sort()).toEqual([
      'tolerance_correction.create',
      'tolerance_correction.create',
      'tolerance_correction.update',
      'tolerance_correction.update',
    ]);
  });
});
