import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import type { ToleranceDetail, TolerancePage } from '@dandang/shared/tolerance/tolerance-view.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildUser } from '../../test/factories';
import { expectError, fieldPaths, multipartBody, ok } from '../../test/http';
import { application, buildWorld, detailOf, type World } from './tolerance.test-support';

/*
 * 容错申请 (issue 6 item 2 "Apply", DOMAIN.md §6 "start by application (本人或所在单位书面申请)") and who reads what.
 * The clock stands at 2026-09-30 in Beijing, the day before 国庆节, so the acceptance limit runs across the holiday.
 */

let w: World;
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await buildWorld('2026-09-30T09:00:00+08:00');
});
afterAll(() => w.t.close());

describe('applying', () => {
  it('a cadre applies for themself: the case is in their unit, numbered, and due for acceptance in 5 working days (2026-10-13)', async () => {
    const detail = ok<Awaited<ReturnType<typeof detailOf>>>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a)));
    ids.own = detail.case.id;
    expect(detail).toMatchObject({
      origin: 'SELF_APPLICATION',
      originLabel: '本人申请',
      occurredOn: '2026-06-15',
      claimedSituations: [{ code: 'REFORM_TRIAL', label: '先行先试缺乏经验' }],
      facts: null,
      recommendation: null,
      decision: null,
      corrections: [],
    });
    expect(detail.case).toMatchObject({
      number: '容〔2026〕1号',
      state: 'SUBMITTED',
      unitId: w.county.a.id,
      subjectName: '甲一',
      stateSince: '2026-09-30',
      dueOn: '2026-10-13',
      dueProvisional: false,
    });
  });

  it('a unit administrator applies for a cadre of their unit', async () => {
    const detail = ok<Awaited<ReturnType<typeof detailOf>>>(await w.as.unitAdminA.post('/api/v1/tolerance/cases', application(w.cadres.a2)));
    ids.staff = detail.case.id;
    expect(detail.origin).toBe('UNIT_APPLICATION');
    expect(detail.case.subjectName).toBe('甲二');
  });

  it('neither applies for someone outside their scope, which answers as if the cadre did not exist', async () => {
    expectError(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a2)), 404, 'NOT_FOUND');
    expectError(await w.as.unitAdminA.post('/api/v1/tolerance/cases', application(w.cadres.b)), 404, 'NOT_FOUND');
    expectError(await w.as.cadreA.post('/api/v1/tolerance/cases', application(crypto.randomUUID())), 404, 'NOT_FOUND');
  });

  it('a unit leader, who reads the unit’s cases but may not apply, is refused', async () => {
    const leader = await w.t.login((await buildUser(w.t.database.db, { roles: ['unit_leader'], unitId: w.county.a.id })).username);
    expectError(await leader.post('/api/v1/tolerance/cases', application(w.cadres.a)), 403, 'FORBIDDEN');
  });

  it('names every bad field of an application at once', async () => {
    const res = await w.as.cadreA.post('/api/v1/tolerance/cases', {
      subjectCadreId: w.cadres.a,
      title: '',
      matter: '短',
      occurredOn: '2026-02-30',
      claimedSituations: ['REFORM_TRIAL', 'BRIBERY'],
      extra: 1,
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['', 'claimedSituations.1', 'matter', 'occurredOn', 'title'].sort());
  });

  it('asks for the situations and the reasons of a written application, and refuses a matter dated in the future', async () => {
    const missing = await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a, { claimedSituations: [], grounds: '' }));
    expect(fieldPaths(missing)).toEqual(['claimedSituations', 'grounds']);
    const future = await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a, { occurredOn: '2026-10-01' }));
    expectError(future, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(future)).toEqual(['occurredOn']);
  });

  it('audits the application beside the engine’s opening', async () => {
    const rows = await w.t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, ids.own as string))
      .orderBy(auditLog.seq);
    expect(rows.map((r) => r.action)).toEqual(['case.open', 'tolerance_case.apply']);
    expect(rows[1]?.changes).toMatchObject({ origin: { after: 'SELF_APPLICATION' }, claimedSituations: { after: ['REFORM_TRIAL'] } });
  });
});

describe('reading', () => {
  it('the applicant reads their own case’s status, and not a colleague’s', async () => {
    expect((await detailOf(w.as.cadreA, ids.own as string)).case.stateLabel).toBe('待受理');
    expectError(await w.as.cadreA.get(`/api/v1/tolerance/cases/${ids.staff}`), 404, 'NOT_FOUND');
    expectError(await w.as.cadreB.get(`/api/v1/tolerance/cases/${ids.own}`), 404, 'NOT_FOUND');
  });

  it('lists within scope: the cadre their own, the unit administrator their unit’s, the discipline commission all', async () => {
    const list = async (session: World['as'][keyof World['as']], query = '') =>
      ok<TolerancePage>(await session.get(`/api/v1/tolerance/cases${query}`)).items.map((i) => i.case.subjectName);
    expect(await list(w.as.cadreA)).toEqual(['甲一']);
    expect(await list(w.as.cadreB)).toEqual([]);
    expect((await list(w.as.unitAdminA)).sort()).toEqual(['甲一', '甲二'].sort());
    expect(await list(w.as.discipline, '?q=甲二')).toEqual(['甲二']);
    expect(await list(w.as.discipline, '?q=%E5%AE%B9%E3%80%942026%E3%80%951')).toEqual(['甲一']);
    expect(await list(w.as.discipline, '?state=INVESTIGATING')).toEqual([]);
    expect(await list(w.as.discipline, `?year=2026&unitId=${w.county.b.id}`)).toEqual([]);
    const page = ok<TolerancePage>(await w.as.discipline.get('/api/v1/tolerance/cases?pageSize=1'));
    expect([page.items.length, page.total]).toEqual([1, 2]);
  });

  it('refuses a bad filter by name', async () => {
    const res = await w.as.discipline.get('/api/v1/tolerance/cases?state=LOST&outcome=MAYBE&year=x');
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['querystring.outcome', 'querystring.state', 'querystring.year']);
  });

  it('the applicant contributes files through the engine’s case routes, and sees no actions there', async () => {
    const { payload, headers } = multipartBody(Buffer.from('%PDF-1.4 application'), '容错申请书.pdf');
    ok(await w.as.cadreA.request('POST', `/api/v1/cases/${ids.own}/attachments`, payload, headers));
    const seen = ok<CaseDetail>(await w.as.cadreA.get(`/api/v1/cases/${ids.own}`));
    expect(seen.attachments.map((a) => a.name)).toEqual(['容错申请书.pdf']);
    expect(seen.actions).toEqual([]);
  });
});

describe('the contract', () => {
  it('documents every tolerance route under the tag tolerance', async () => {
    const doc = ok<{ paths: Record<string, Record<string, { tags?: string[] }>> }>(await w.t.anonymous().get('/api/openapi.json'));
    // Word documents of a case are served beside it but tagged documents, with the module that writes them.
    const ours = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/v1/tolerance/') && !path.endsWith('.docx'));
    expect(ours.map(([path]) => path).sort()).toEqual(
      [
        '/api/v1/tolerance/cases',
        '/api/v1/tolerance/cases/{id}',
        '/api/v1/tolerance/cases/{id}/facts',
        '/api/v1/tolerance/cases/{id}/accountability-cases',
        '/api/v1/tolerance/cases/{id}/actions/{action}',
        '/api/v1/tolerance/cases/{id}/corrections',
        '/api/v1/tolerance/corrections/{taskId}',
        '/api/v1/tolerance/recommendation',
        '/api/v1/tolerance/statistics',
        '/api/v1/tolerance/statistics.xlsx',
      ].sort(),
    );
    for (const [, ops] of ours) for (const op of Object.values(ops)) expect(op.tags).toEqual(['tolerance']);
  });
});

describe('on a unit’s behalf', () => {
  it('the organization department, which manages the cadres, files an application as the unit would', async () => {
    const filed = ok<ToleranceDetail>(await w.as.orgDept.post('/api/v1/tolerance/cases', application(w.cadres.a2)));
    expect(filed).toMatchObject({ origin: 'UNIT_APPLICATION' });
  });
});
