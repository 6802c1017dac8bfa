import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, cases } from '../modules/cases/cases.tables';
import { application, buildWorld, detailOf, type World } from '../modules/tolerance/tolerance.test-support';
import { auditLog } from '../platform/audit/audit.tables';
import { ok } from '../test/http';
import { expectWinners, fireAtOnce } from './concurrency-fire';

/*
 * Concurrency on the case engine (issue 9 item 5): many handlers taking the same step of one case at the version
 * they all read, and many applications numbered at once. The step is a tolerance case's 受理, which locks the case
 * and moves it with the version it names.
 */

let w: World;

beforeAll(async () => {
  w = await buildWorld('2026-09-30T09:00:00+08:00');
});
afterAll(() => w.t.close());

const stepsOf = (caseId: string, action: string) =>
  w.t.database.db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.action, action)));
const auditsOf = (caseId: string, action: string) =>
  w.t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, caseId), eq(auditLog.action, action)));

describe('one case, one step at a time', () => {
  it('of 50 acceptances sent at once with the same version, exactly one moves the case; the rest answer 409', async () => {
    const applied = ok<Awaited<ReturnType<typeof detailOf>>>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a)));
    const { id, version } = applied.case;
    const responses = await fireAtOnce(50, (i) =>
      w.as.discipline.post(`/api/v1/tolerance/cases/${id}/actions/accept`, { version, note: `受理意见 ${i}`, fields: {} }),
    );
    const [winner] = expectWinners(responses, 1, ['409 VERSION_CONFLICT', '409 STATE_CONFLICT']);

    const [row] = await w.t.database.db.select().from(cases).where(eq(cases.id, id));
    expect(row).toMatchObject({ state: 'INVESTIGATING', version: version + 1 });
    const events = await stepsOf(id, 'accept');
    expect(events).toHaveLength(1);
    // The one event is the winner's own, with its note.
    expect(events[0]?.note).toBe(`受理意见 ${winner}`);
    expect(await auditsOf(id, 'case.accept')).toHaveLength(1);
  });

  it('受理 and 不予受理 racing on one version: one step is taken, the other answers 409', async () => {
    const applied = ok<Awaited<ReturnType<typeof detailOf>>>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a)));
    const { id, version } = applied.case;
    // Half accept and half refuse the same version: whichever lands first decides, the other step is refused.
    const responses = await fireAtOnce(20, (i) =>
      w.as.discipline.post(`/api/v1/tolerance/cases/${id}/actions/${i % 2 ? 'accept' : 'refuse'}`, { version, note: '不符合受理条件', fields: {} }),
    );
    expectWinners(responses, 1, ['409 VERSION_CONFLICT', '409 STATE_CONFLICT']);
    const moved = (await detailOf(w.as.discipline, id)).case;
    expect(moved.version).toBe(version + 1);
    const taken = [...(await stepsOf(id, 'accept')), ...(await stepsOf(id, 'refuse'))];
    expect(taken).toHaveLength(1);
    expect(taken[0]?.toState).toBe(moved.state);
  });
});

describe('case numbers', () => {
  it('20 applications made at once get 20 consecutive numbers, none twice', async () => {
    const before = (await w.t.database.db.select({ number: cases.number }).from(cases)).length;
    const responses = await fireAtOnce(20, () => w.as.unitAdminA.post('/api/v1/tolerance/cases', application(w.cadres.a2)));
    expectWinners(responses, 20, []);
    const numbers = responses.map((res) => (res.json() as { case: { number: string } }).case.number);
    const expected = Array.from({ length: 20 }, (_, i) => `容〔2026〕${before + i + 1}号`);
    expect([...numbers].sort()).toEqual([...expected].sort());
  });
});
