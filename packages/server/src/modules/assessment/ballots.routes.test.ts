import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { openEvaluationCycle } from '../../test/assessment';
import { buildCounty, type County } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { activateLocalPolicy } from '../../test/policy';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * Democratic evaluation (民主测评): one-time codes per rater group; a ballot opened and cast without an account; a
 * forged or reused code refused; of two submissions of one code exactly one counts; nothing stored links a ballot to
 * its code; turnout, closing, and the tally within the reader's scope.
 */

type Issued = {
  id: string;
  version: number;
  codes: Array<{ group: string; code: string }>;
  turnout: Array<{ group: string; issued: number; cast: number; suspicious: number }>;
};
type Form = { unitName: string; group: string; subjects: Array<{ id: string; name: string }> };
type Tally = { subjects: Array<{ name: string; score: number | null; groups: Array<{ group: string; ballots: number; mean: number | null }> }> };

let t: TestApp;
let county: County;
let anonymous: Session;
let cycleId: string;
let issued: Issued;
let subjects: Form['subjects'];

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  // This county's policy lets a rater group count from 2 valid ballots.
  await activateLocalPolicy(t, (d) => {
    d.assessment.minValidBallots = 2;
  });
  anonymous = t.anonymous();
  await buildCadre(t.database.db, { unitId: county.a.id, name: '甲一' });
  await buildCadre(t.database.db, { unitId: county.a.id, name: '甲二' });
  await buildCadre(t.database.db, { unitId: county.b.id, name: '乙一' });
  cycleId = await openEvaluationCycle(
    county,
    [
      { group: 'SUPERIOR', weight: 40 },
      { group: 'PEER', weight: 60 },
    ],
    'indicators * 0.7 + democratic * 0.3 + bonus - deduction',
  );
});
afterAll(() => t.close());

const codesOf = (group: string) => issued.codes.filter((c) => c.group === group).map((c) => c.code);
const answersFor = (levels: string[]) => Object.fromEntries(subjects.map((s, i) => [s.id, levels[i % levels.length]]));

describe('democratic evaluation', () => {
  it('refuses a group the scheme does not have, naming it', async () => {
    const res = await county.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, {
      unitId: county.a.id,
      groups: [
        { group: 'SUPERIOR', codes: 2 },
        { group: 'SUBORDINATE', codes: 2 },
      ],
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['groups.1.group']);
  });

  it('keeps an evaluation to the policy’s minimum valid ballots or more', async () => {
    const res = await county.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, {
      unitId: county.a.id,
      groups: [{ group: 'PEER', codes: 4 }],
      minValidPerGroup: 1,
    });
    expect(expectError(res, 400, 'VALIDATION_FAILED').message).toContain('不能少于政策规定的 2 票');
    expect(fieldPaths(res)).toEqual(['minValidPerGroup']);
  });

  it('makes one-time codes per group, answered once and stored only as hashes, and audits how many', async () => {
    issued = ok<Issued>(
      await county.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, {
        unitId: county.a.id,
        groups: [
          { group: 'SUPERIOR', codes: 3 },
          { group: 'PEER', codes: 4 },
        ],
      }),
    );
    expect(issued.codes).toHaveLength(7);
    for (const { code } of issued.codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const stored = JSON.stringify(await t.database.db.execute(sql`select * from assessment_ballot_codes`));
    const audited = JSON.stringify(await t.database.db.select().from(auditLog));
    for (const { code } of issued.codes) {
      expect(stored).not.toContain(code);
      expect(audited).not.toContain(code);
    }
    expectError(
      await county.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, { unitId: county.a.id, groups: [{ group: 'PEER', codes: 1 }] }),
      409,
      'DUPLICATE',
    );
  });

  it('opens the ballot without an account, forgiving case and dashes', async () => {
    const code = codesOf('PEER')[0] as string;
    const form = ok<Form>(await anonymous.get(`/api/v1/public/ballots/${code.toLowerCase().replaceAll('-', '')}`));
    expect(form).toMatchObject({ unitName: '甲局', group: 'PEER' });
    expect(form.subjects.map((s) => s.name).sort()).toEqual(['甲一', '甲二']);
    subjects = form.subjects;
  });

  it('refuses a forged code and a malformed one with the same answer for any code it cannot use', async () => {
    expectError(await anonymous.get('/api/v1/public/ballots/ABCD-EFGH-JKMN'), 404, 'BALLOT_CODE_INVALID');
    expectError(await anonymous.post('/api/v1/public/ballots', { code: 'ABCD-EFGH-JKMN', answers: answersFor(['GOOD']) }), 404, 'BALLOT_CODE_INVALID');
    expectError(await anonymous.get('/api/v1/public/ballots/abc'), 400, 'VALIDATION_FAILED');
  });

  it('requires an answer for every subject and nothing else, writing nothing', async () => {
    const code = codesOf('PEER')[0] as string;
    const first = subjects[0] as Form['subjects'][number];
    const res = await anonymous.post('/api/v1/public/ballots', { code, answers: { [first.id]: 'GOOD', '00000000-0000-4000-8000-000000000000': 'GOOD' } });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual([`answers.${subjects[1]?.id}`, 'answers.00000000-0000-4000-8000-000000000000'].sort());
    ok(await anonymous.get(`/api/v1/public/ballots/${code}`));
  });

  it('counts a code once: of two submissions racing, one is accepted and the other refused; a reused code is refused', async () => {
    const code = codesOf('PEER')[0] as string;
    const [a, b] = await Promise.all([
      anonymous.post('/api/v1/public/ballots', { code, answers: answersFor(['GOOD', 'FAIR']) }),
      anonymous.post('/api/v1/public/ballots', { code, answers: answersFor(['POOR', 'POOR']) }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 404]);
    expectError(await anonymous.post('/api/v1/public/ballots', { code, answers: answersFor(['GOOD', 'FAIR']) }), 404, 'BALLOT_CODE_INVALID');
    expectError(await anonymous.get(`/api/v1/public/ballots/${code}`), 404, 'BALLOT_CODE_INVALID');
    const [{ n }] = (await t.database.db.execute(sql`select count(*)::int as n from assessment_ballots`)).rows as Array<{ n: number }>;
    expect(n).toBe(1);
  });

  it('stores ballots with nothing that names their code or when they were cast', async () => {
    const columns = (await t.database.db.execute(sql`select column_name from information_schema.columns where table_name = 'assessment_ballots' order by 1`))
      .rows as Array<{
      column_name: string;
    }>;
    expect(columns.map((c) => c.column_name)).toEqual(['answers', 'id', 'rater_group', 'session_id', 'suspicious']);
  });

  it('shows turnout with suspicious ballots, and tallies the group-weighted mean after closing', async () => {
    for (const code of codesOf('PEER').slice(1, 3)) ok(await anonymous.post('/api/v1/public/ballots', { code, answers: answersFor(['FAIRLY_GOOD', 'FAIR']) }));
    const [s1, s2] = codesOf('SUPERIOR');
    ok(await anonymous.post('/api/v1/public/ballots', { code: s1, answers: answersFor(['GOOD', 'GOOD']) }));
    ok(await anonymous.post('/api/v1/public/ballots', { code: s2, answers: answersFor(['GOOD', 'FAIRLY_GOOD']) }));
    const [session] = ok<Issued[]>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`));
    expect(session?.turnout.sort((x, y) => x.group.localeCompare(y.group))).toEqual([
      { group: 'PEER', issued: 4, cast: 3, suspicious: 0 },
      { group: 'SUPERIOR', issued: 3, cast: 2, suspicious: 1 },
    ]);
    const closed = ok<Issued>(await county.orgDept.post(`/api/v1/assessment/ballot-sessions/${issued.id}/close`, { version: issued.version }));
    expectError(await anonymous.post('/api/v1/public/ballots', { code: codesOf('PEER')[3], answers: answersFor(['GOOD']) }), 404, 'BALLOT_CODE_INVALID');
    const tally = ok<Tally>(await county.orgDept.get(`/api/v1/assessment/ballot-sessions/${closed.id}/tally`));
    const first = tally.subjects.find((s) => s.name === subjects[0]?.name);
    // PEER: 100, 85, 85 → 90; SUPERIOR: 100, 100 → 100; 90 × 0.6 + 100 × 0.4 = 94.
    expect(first).toMatchObject({
      score: 94,
      groups: [
        { group: 'SUPERIOR', ballots: 2, mean: 100 },
        { group: 'PEER', ballots: 3, mean: 90 },
      ],
    });
  });

  it('shows a unit administrator the tally of their own unit only', async () => {
    const mine = ok<Tally>(await county.unitAdminA.get(`/api/v1/assessment/ballot-sessions/${issued.id}/tally`));
    expect(mine.subjects).toHaveLength(2);
    const other = ok<Issued>(
      await county.orgDept.post(`/api/v1/assessment/cycles/${cycleId}/ballot-sessions`, { unitId: county.b.id, groups: [{ group: 'PEER', codes: 1 }] }),
    );
    expectError(await county.unitAdminA.get(`/api/v1/assessment/ballot-sessions/${other.id}/tally`), 404, 'NOT_FOUND');
    expectError(await county.unitAdminA.post(`/api/v1/assessment/ballot-sessions/${other.id}/close`, { version: other.version }), 403, 'FORBIDDEN');
  });
});
