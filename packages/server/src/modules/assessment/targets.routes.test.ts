import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { draftAnnualCycle } from '../../test/assessment';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { expectError, fieldPaths, multipartBody, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * Targets through the API (issue 5 "Targets"): the organization department sets a jurisdiction target and gives it to
 * a unit, the unit's admin decomposes it to people within their own unit only, a cadre reports progress with
 * evidence from one screen, the unit's leader returns and then confirms it, and the confirmed value is what the
 * cadre's quantitative score is computed from.
 */

type Target = {
  id: string;
  title: string;
  level: string;
  unitId: string | null;
  cadreName: string | null;
  targetValue: number | null;
  confirmedValue: number | null;
  completion: number | null;
  children: number;
  assigned: number | null;
  covered: boolean | null;
  latest: { id: string; state: string; version: number; returnReason: string; evidence: Array<{ id: string }> } | null;
  version: number;
};
type Cycle = { id: string; version: number };

let t: TestApp;
let county: County;
let cycle: Cycle;
let quantId: string;
let cadreA: { id: string };
let cadreB: { id: string };
let cadreSession: Session;
let leaderA: Session;
let jurisdiction: Target;
let unitTarget: Target;
let personTarget: Target;

const targetsUrl = () => `/api/v1/assessment/cycles/${cycle.id}/targets`;
const upload = (session: Session, bytes: Buffer, name: string) => {
  const { payload, headers } = multipartBody(bytes, name);
  return session.request('POST', '/api/v1/assessment/evidence', payload, headers);
};
const target = async (session: Session, id: string) =>
  ok<{ target: Target; history: Array<{ state: string }> }>(await session.get(`/api/v1/assessment/targets/${id}`));

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  cadreA = await buildCadre(db, { unitId: county.a.id, name: '甲干部' });
  cadreB = await buildCadre(db, { unitId: county.b.id, name: '乙干部' });
  cadreSession = await t.login((await buildUser(db, { roles: ['cadre'], unitId: county.a.id, cadreId: cadreA.id })).username);
  leaderA = await t.login((await buildUser(db, { roles: ['unit_leader'], unitId: county.a.id })).username);
  quantId = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'INVEST',
      name: '招商引资到位资金',
      evidenceRequired: true,
      definition: { kind: 'QUANTITATIVE', unit: '万元', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
    }),
  ).id;
  cycle = await draftAnnualCycle(county, quantId);
});
afterAll(() => t.close());

describe('decomposing targets', () => {
  it('lets the organization department set a jurisdiction target and give it to a unit', async () => {
    jurisdiction = ok<Target>(
      await county.orgDept.post(targetsUrl(), {
        level: 'JURISDICTION',
        title: '全县招商引资',
        indicatorId: quantId,
        targetValue: 1000,
        deadline: '2026-12-31',
      }),
    );
    unitTarget = ok<Target>(
      await county.orgDept.post(targetsUrl(), {
        parentId: jurisdiction.id,
        level: 'UNIT',
        title: '甲局招商引资',
        unitId: county.a.id,
        indicatorId: quantId,
        targetValue: 300,
        deadline: '2026-11-30',
      }),
    );
    expect(unitTarget.level).toBe('UNIT');
    const parent = (await target(county.orgDept, jurisdiction.id)).target;
    expect([parent.children, parent.assigned, parent.covered]).toEqual([1, 300, false]);
  });

  it('lets the unit admin decompose their unit’s target to their own people', async () => {
    personTarget = ok<Target>(
      await county.unitAdminA.post(targetsUrl(), {
        parentId: unitTarget.id,
        level: 'PERSON',
        title: '引进项目资金',
        cadreId: cadreA.id,
        indicatorId: quantId,
        targetValue: 300,
        deadline: '2026-11-30',
      }),
    );
    expect(personTarget.unitId).toBe(county.a.id);
    expect(personTarget.cadreName).toBe('甲干部');
    expect((await target(county.orgDept, unitTarget.id)).target.covered).toBe(true);
  });

  it('names every field that breaks the tree’s rules', async () => {
    const res = await county.unitAdminA.post(targetsUrl(), {
      parentId: unitTarget.id,
      level: 'PERSON',
      title: '另一个目标',
      cadreId: cadreB.id,
      indicatorId: null,
      deadline: '2027-01-31',
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['cadreId', 'deadline', 'indicatorId']);
    const missing = await county.orgDept.post(targetsUrl(), {
      level: 'UNIT',
      title: '缺少目标值',
      unitId: county.b.id,
      indicatorId: quantId,
      deadline: '2026-12-31',
    });
    expect(fieldPaths(missing)).toEqual(['targetValue']);
  });

  it('keeps a unit admin to their own unit', async () => {
    expectError(
      await county.unitAdminA.post(targetsUrl(), { level: 'UNIT', title: '乙局任务', unitId: county.b.id, deadline: '2026-12-31' }),
      403,
      'FORBIDDEN',
    );
    expectError(await county.unitAdminA.post(targetsUrl(), { level: 'JURISDICTION', title: '全县任务', deadline: '2026-12-31' }), 403, 'FORBIDDEN');
    const other = ok<Target>(await county.orgDept.post(targetsUrl(), { level: 'UNIT', title: '乙局任务', unitId: county.b.id, deadline: '2026-12-31' }));
    const seen = ok<Target[]>(await county.unitAdminA.get(targetsUrl())).map((x) => x.id);
    expect(seen).toEqual([unitTarget.id, personTarget.id]);
    expectError(await county.unitAdminA.get(`/api/v1/assessment/targets/${other.id}`), 404, 'NOT_FOUND');
    expectError(await county.unitAdminA.delete(`/api/v1/assessment/targets/${other.id}?version=1`), 404, 'NOT_FOUND');
  });

  it('refuses to delete a target that has been decomposed', async () => {
    expectError(await county.orgDept.delete(`/api/v1/assessment/targets/${unitTarget.id}?version=${unitTarget.version}`), 409, 'TARGET_HAS_CHILDREN');
  });
});

describe('progress with evidence', () => {
  let evidenceId: string;

  it('waits for the cycle to open', async () => {
    const res = await cadreSession.post('/api/v1/assessment/progress', { reports: [{ targetId: personTarget.id, value: 100, note: '已签约' }] });
    expect(fieldPaths(res)).toEqual(['reports.0.evidenceIds']);
    cycle = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to: 'OPEN' }));
  });

  it('shows the cadre only their own targets to report on', async () => {
    const mine = ok<Target[]>(await cadreSession.get(`${targetsUrl()}?mine=true`));
    expect(mine.map((x) => x.id)).toEqual([personTarget.id]);
    expect(fieldPaths(await cadreSession.get(`${targetsUrl()}?mine=yes`))).toEqual(['querystring.mine']);
  });

  it('takes evidence files of the allowed types only', async () => {
    expectError(await upload(cadreSession, Buffer.from('MZ'), '病毒.exe'), 415, 'EVIDENCE_TYPE_NOT_ALLOWED');
    evidenceId = ok<{ id: string }>(await upload(cadreSession, Buffer.from('%PDF-1.4 签约合同'), '签约合同.pdf')).id;
  });

  it('records a report citing the evidence, one pending report per target', async () => {
    const [report] = ok<Array<{ state: string; evidence: Array<{ name: string }> }>>(
      await cadreSession.post('/api/v1/assessment/progress', {
        reports: [{ targetId: personTarget.id, value: 120, note: '两个项目已签约', evidenceIds: [evidenceId] }],
      }),
    );
    expect(report?.state).toBe('SUBMITTED');
    expect(report?.evidence.map((e) => e.name)).toEqual(['签约合同.pdf']);
    const again = ok<{ id: string }>(await upload(cadreSession, Buffer.from('x'), '补充.txt')).id;
    expectError(
      await cadreSession.post('/api/v1/assessment/progress', { reports: [{ targetId: personTarget.id, value: 130, note: '又签一个', evidenceIds: [again] }] }),
      409,
      'PROGRESS_PENDING',
    );
  });

  it('serves the evidence to those who may read the target only', async () => {
    const res = await leaderA.get(`/api/v1/assessment/evidence/${evidenceId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('签约合同');
    const stranger = await t.login((await buildUser(t.database.db, { roles: ['unit_leader'], unitId: county.b.id })).username);
    expectError(await stranger.get(`/api/v1/assessment/evidence/${evidenceId}`), 404, 'NOT_FOUND');
  });

  it('lets the leader return a report with a reason, and the cadre report again', async () => {
    const latest = (await target(leaderA, personTarget.id)).target.latest as NonNullable<Target['latest']>;
    const noReason = await leaderA.post(`/api/v1/assessment/progress/${latest.id}/review`, { version: latest.version, decision: 'RETURN' });
    expect(fieldPaths(noReason)).toEqual(['reason']);
    expectError(
      await county.unitAdminA.post(`/api/v1/assessment/progress/${latest.id}/review`, { version: latest.version, decision: 'CONFIRM' }),
      403,
      'FORBIDDEN',
    );
    const returned = ok<{ state: string; returnReason: string }>(
      await leaderA.post(`/api/v1/assessment/progress/${latest.id}/review`, { version: latest.version, decision: 'RETURN', reason: '请补充资金到位凭证' }),
    );
    expect(returned).toMatchObject({ state: 'RETURNED', returnReason: '请补充资金到位凭证' });
    const proof = ok<{ id: string }>(await upload(cadreSession, Buffer.from('%PDF 到账凭证'), '到账凭证.pdf')).id;
    ok(
      await cadreSession.post('/api/v1/assessment/progress', {
        reports: [{ targetId: personTarget.id, value: 240, note: '资金已到位', evidenceIds: [proof] }],
      }),
    );
  });

  it('turns confirmed progress into the cadre’s quantitative score', async () => {
    const latest = (await target(leaderA, personTarget.id)).target.latest as NonNullable<Target['latest']>;
    ok(await leaderA.post(`/api/v1/assessment/progress/${latest.id}/review`, { version: latest.version, decision: 'CONFIRM' }));
    const { target: confirmed, history } = await target(cadreSession, personTarget.id);
    expect([confirmed.confirmedValue, confirmed.completion]).toEqual([240, 80]);
    expect(history.map((h) => h.state)).toEqual(['CONFIRMED', 'RETURNED']);
    ok(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/scores/recompute`));
    const { items } = ok<{ items: Array<{ name: string; final: number | null; progress: Record<string, unknown> }> }>(
      await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/results?pageSize=100`),
    );
    const mine = items.find((r) => r.name === '甲干部');
    expect(mine?.progress).toEqual({ [quantId]: { target: 300, actual: 240 } });
    expect(mine?.final).toBe(80);
  });

  it('rolls confirmed progress up the tree and takes no report on a decomposed target', async () => {
    const unit = (await target(county.orgDept, unitTarget.id)).target;
    expect([unit.confirmedValue, unit.completion]).toEqual([240, 80]);
    const top = (await target(county.orgDept, jurisdiction.id)).target;
    expect([top.confirmedValue, top.completion]).toEqual([240, 24]);
    const res = await county.unitAdminA.post('/api/v1/assessment/progress', { reports: [{ targetId: unitTarget.id, value: 300, note: '全部完成' }] });
    expect(fieldPaths(res)).toEqual(['reports.0.targetId']);
    // A new, unreported child takes the confirmation back.
    ok(
      await county.unitAdminA.post(targetsUrl(), {
        parentId: unitTarget.id,
        level: 'PERSON',
        title: '补充任务',
        cadreId: cadreA.id,
        indicatorId: quantId,
        targetValue: 10,
        deadline: '2026-11-30',
      }),
    );
    expect((await target(county.orgDept, jurisdiction.id)).target.confirmedValue).toBeNull();
  });

  it('refuses a reviewer’s decision on their own report', async () => {
    const own = ok<Target>(await county.orgDept.post(targetsUrl(), { level: 'UNIT', title: '组织部自报', unitId: county.root.id, deadline: '2026-12-31' }));
    const [report] = ok<Array<{ id: string; version: number }>>(
      await county.orgDept.post('/api/v1/assessment/progress', { reports: [{ targetId: own.id, note: '已完成' }] }),
    );
    const res = await county.orgDept.post(`/api/v1/assessment/progress/${report?.id}/review`, { version: report?.version, decision: 'CONFIRM' });
    expect(expectError(res, 403, 'FORBIDDEN').message).toContain('本人');
  });

  it('shows completion on the heat map, within the reader’s scope', async () => {
    const map = ok<{ units: Array<{ name: string }>; cells: Array<{ completion: number | null; targets: number }> }>(
      await county.unitAdminA.get(`${targetsUrl()}/heatmap`),
    );
    expect(map.units.map((u) => u.name)).toEqual(['甲局']);
    // Leaves only (the unit target counts through its children): the confirmed person target (80%) and the new one.
    expect(map.cells).toEqual([expect.objectContaining({ targets: 2, confirmed: 1, completion: 80 })]);
  });

  it('cites an evidence file once only', async () => {
    const file = ok<{ id: string }>(await upload(county.orgDept, Buffer.from('x'), '说明.txt')).id;
    const own = ok<Target[]>(await county.orgDept.get(targetsUrl())).find((x) => x.title === '组织部自报');
    const res = await county.orgDept.post('/api/v1/assessment/progress', {
      reports: [{ targetId: own?.id, note: '再报', evidenceIds: [file, file] }],
    });
    expect(fieldPaths(res)).toContain('reports.0.evidenceIds');
  });

  it('will not grade while a report waits for the leader, naming the target', async () => {
    cycle = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to: 'SCORING' }));
    const res = await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to: 'GRADING' });
    expect(expectError(res, 409, 'STATE_CONFLICT').message).toContain('组织部自报');
  });

  it('audits every change', async () => {
    const actions = (await t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entity, 'assessment_progress'))).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(['assessment_progress.report', 'assessment_progress.return', 'assessment_progress.confirm']));
  });
});
