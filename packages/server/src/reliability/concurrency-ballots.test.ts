import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentBallotCodes, assessmentBallots } from '../modules/assessment/ballots.tables';
import { openEvaluationCycle } from '../test/assessment';
import { buildCounty, type County } from '../test/county';
import { buildCadre } from '../test/factories';
import { ok } from '../test/http';
import { createTestApp, type TestApp } from '../test/test-app';
import { expectOnly, expectWinners, fireAtOnce } from './concurrency-fire';

/*
 * Concurrency of democratic evaluation (issue 9 item 5): one one-time code submitted many times at once counts once,
 * and the turnout (codes used) always equals the ballots stored, even while the evaluation is closed under the
 * raters' feet.
 */

type Issued = { id: string; version: number; codes: Array<{ group: string; code: string }>; turnout: Array<{ group: string; issued: number; cast: number }> };
type Form = { subjects: Array<{ id: string }> };

let t: TestApp;
let county: County;
let cycleId: string;

/** An evaluation of 甲局 by its peers with `codes` one-time codes, and the answers a ballot of it must give. */
async function evaluation(codes: number, unitId = county.a.id) {
  const issued = ok<Issued>(await county.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, { unitId, groups: [{ group: 'PEER', codes }] }));
  const form = ok<Form>(await t.anonymous().get(`/api/v1/public/ballots/${issued.codes[0]?.code}`));
  const answers = Object.fromEntries(form.subjects.map((s) => [s.id, 'GOOD']));
  return { issued, answers };
}

/** What the database holds for a session: ballots stored and codes used. */
async function stored(sessionId: string) {
  const count = async (table: typeof assessmentBallots | typeof assessmentBallotCodes, used: boolean) => {
    const usedOnly = used ? sql` and used` : sql``;
    const result = (await t.database.db.execute(sql`select count(*)::int as n from ${table} where session_id = ${sessionId}${usedOnly}`)) as unknown as {
      rows: Array<{ n: number }>;
    };
    return result.rows[0]?.n;
  };
  return { ballots: await count(assessmentBallots, false), used: await count(assessmentBallotCodes, true) };
}

const turnoutOf = async (sessionId: string) => {
  const sessions = ok<Issued[]>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`));
  return sessions.find((s) => s.id === sessionId)?.turnout;
};

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  for (const [unitId, name] of [
    [county.a.id, '甲一'],
    [county.a.id, '甲二'],
    [county.b.id, '乙一'],
    [county.root.id, '县一'],
  ] as const) {
    await buildCadre(t.database.db, { unitId, name });
  }
  cycleId = await openEvaluationCycle(county, [{ group: 'PEER', weight: 100 }]);
});
afterAll(() => t.close());

describe('one code, one ballot', () => {
  it('of 64 submissions of one code at once exactly one counts; the rest get the answer for an unusable code', async () => {
    const { issued, answers } = await evaluation(3);
    const code = issued.codes[0]?.code as string;
    const responses = await fireAtOnce(64, () => t.anonymous().post('/api/v1/public/ballots', { code, answers }));
    expectWinners(responses, 1, ['404 BALLOT_CODE_INVALID']);
    expect(await stored(issued.id)).toEqual({ ballots: 1, used: 1 });
    expect(await turnoutOf(issued.id)).toEqual([expect.objectContaining({ group: 'PEER', issued: 3, cast: 1 })]);
  });

  it('64 different codes at once are all counted, each once', async () => {
    const { issued, answers } = await evaluation(64, county.b.id);
    const responses = await fireAtOnce(64, (i) => t.anonymous().post('/api/v1/public/ballots', { code: issued.codes[i]?.code, answers }));
    expectWinners(responses, 64, []);
    expect(await stored(issued.id)).toEqual({ ballots: 64, used: 64 });
    expect(await turnoutOf(issued.id)).toEqual([expect.objectContaining({ issued: 64, cast: 64 })]);
  });
});

describe('closing while raters cast', () => {
  it('every ballot accepted is stored and counted in the turnout, and once closed a code left is refused', async () => {
    // 甲局 and 乙局 have theirs already: this one is of the county committee's own unit. One code is kept for after.
    const { issued, answers } = await evaluation(33, county.root.id);
    const casts = fireAtOnce(32, (i) => t.anonymous().post('/api/v1/public/ballots', { code: issued.codes[i]?.code, answers }));
    const close = county.orgDept.post(`/api/v1/assessment/ballot-sessions/${issued.id}/close`, { version: issued.version });
    const [responses, closed] = await Promise.all([casts, close]);
    ok(closed);
    const accepted = expectOnly(responses, ['404 BALLOT_CODE_INVALID']).length;
    expect(await stored(issued.id)).toEqual({ ballots: accepted, used: accepted });
    expect(await turnoutOf(issued.id)).toEqual([expect.objectContaining({ issued: 33, cast: accepted })]);
    const late = await t.anonymous().post('/api/v1/public/ballots', { code: issued.codes[32]?.code, answers });
    expectWinners([late], 0, ['404 BALLOT_CODE_INVALID']);
    expect(await stored(issued.id)).toEqual({ ballots: accepted, used: accepted });
  });
});
