import type { MatterPage, MatterView } from '@dandang/shared/accountability/matter.schema';
import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, expectNoLeak, fieldPaths, ok } from '../../test/http';
import { caseParticipants } from '../cases';
import { buildWorld, cadreIn, detailOf, matterBody, proposalFor, proposeOn, registerMatter, userWithGrants, type World } from './accountability.test-support';

/*
 * 问责统筹 (DOMAIN.md §7, issue 6 item 3): a matter registered once, proposals of several bodies for the same subject
 * merged into one case led by one body, the others consulted; who sees which matter and case.
 */

let w: World;
const ids: Record<string, string> = {};

beforeAll(async () => {
  w = await buildWorld();
  ids.zhang = await cadreIn(w, w.county.a.id, '张甲');
  ids.li = await cadreIn(w, w.county.b.id, '李乙');
  const matter = await registerMatter(await w.as('discipline'), { unitIds: [w.county.a.id, w.county.b.id], cadreIds: [ids.zhang, ids.li] });
  ids.matter = matter.id;
});
afterAll(() => w.t.close());

describe('matters', () => {
  it('are registered with the facts, when, the units and people involved, by the registrar’s unit', async () => {
    const m = ok<MatterView>(await (await w.as('discipline')).get(`/api/v1/accountability/matters/${ids.matter}`));
    expect(m).toMatchObject({
      title: '某项目违规审批',
      occurredOn: '2026-01-15',
      source: '巡察移交',
      unitName: '县委',
      registeredByName: '纪委干部',
      cases: [],
    });
    expect(m.units.map((u) => u.name).sort()).toEqual(['乙局', '甲局']);
    expect(m.cadres.map((c) => `${c.name}@${c.unitName}`).sort()).toEqual(['张甲@甲局', '李乙@乙局']);
    const audit = await w.t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, ids.matter as string));
    expect(audit.map((a) => a.action)).toEqual(['accountability_matter.create']);
  });

  it('refuse bad input naming every bad field', async () => {
    const res = await (await w.as('discipline')).post('/api/v1/accountability/matters', {
      ...matterBody(),
      title: '',
      occurredOn: '2026-02-30',
      cadreIds: ['x'],
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['cadreIds.0', 'occurredOn', 'title']);
    const unknown = await (await w.as('discipline')).post(
      '/api/v1/accountability/matters',
      matterBody({ occurredOn: '2026-12-01', unitIds: [crypto.randomUUID()] }),
    );
    expectError(unknown, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(unknown).sort()).toEqual(['occurredOn', 'unitIds.0']);
  });

  it('are listed and searched within scope', async () => {
    const page = ok<MatterPage>(await w.county.orgDept.get('/api/v1/accountability/matters?q=违规审批'));
    expect(page.items.map((m) => m.title)).toEqual(['某项目违规审批']);
    expect(ok<MatterPage>(await w.county.orgDept.get('/api/v1/accountability/matters?q=无此事项')).total).toBe(0);
  });
});

describe('proposals from several bodies', () => {
  it('open one case per subject on the first proposal, in the cadre’s unit', async () => {
    const first = await proposeOn(
      await w.as('orgDept'),
      ids.matter as string,
      proposalFor(ids.zhang as string, { body: 'ORG_DEPT', forms: ['ACC_NOTICE'], opinion: '建议通报' }),
    );
    expect(first.merged).toBe(false);
    expect(first.detail?.case).toMatchObject({ type: 'ACCOUNTABILITY', number: '问〔2026〕1号', state: 'PROPOSED', unitName: '甲局', subjectName: '张甲' });
    expect(first.detail?.lead).toMatchObject({ body: 'ORG_DEPT' });
    ids.zhangCase = first.caseId;
  });

  it('merge the discipline commission’s proposal for the same cadre and matter into that case, which it then leads', async () => {
    const second = await proposeOn(await w.as('discipline'), ids.matter as string, proposalFor(ids.zhang as string, { opinion: '建议诫勉' }));
    expect([second.merged, second.caseId]).toEqual([true, ids.zhangCase]);
    const d = second.detail;
    expect(d?.lead).toMatchObject({ body: 'DISCIPLINE', bodyLabel: '纪委监委', reason: { code: 'LEAD' } });
    expect(d?.proposals.map((p) => [p.bodyLabel, p.role, p.formLabels.join('+'), p.opinion])).toEqual([
      ['组织部', 'CONSULTED', '问责·通报', '建议通报'],
      ['纪委监委', 'LEAD', '诫勉', '建议诫勉'],
    ]);
    const roles = await w.t.database.db
      .select()
      .from(caseParticipants)
      .where(eq(caseParticipants.caseId, ids.zhangCase as string));
    expect(roles.map((r) => r.role).sort()).toEqual(['CONSULTED', 'HANDLER', 'HANDLER']);
    // The case did not move, and its timeline says the second proposal joined it.
    const timeline = ok<CaseDetail>(await (await w.as('discipline')).get(`/api/v1/cases/${ids.zhangCase}`)).events;
    expect(timeline.map((e) => [e.actionLabel, e.toStateLabel, e.note])).toEqual([
      ['立案', '问责建议', '组织部提出问责建议'],
      ['并入问责建议', '问责建议', '纪委监委提出问责建议，并入本案统筹研究'],
    ]);
  });

  it('open a case of its own for another subject, and for a party organization in its unit', async () => {
    const li = await proposeOn(await w.as('discipline'), ids.matter as string, proposalFor(ids.li as string, { body: 'INSPECTION' }));
    const org = await proposeOn(
      await w.as('discipline'),
      ids.matter as string,
      proposalFor(ids.li as string, { body: 'UPPER_DEPT', subjectKind: 'ORGANIZATION', cadreId: undefined, unitId: w.county.b.id, forms: ['ORG_CHECK'] }),
    );
    expect([li.merged, org.merged]).toEqual([false, false]);
    expect(org.detail?.subject).toMatchObject({ kind: 'ORGANIZATION', cadreId: null, name: '乙局党组织', unitName: '乙局' });
    ids.liCase = li.caseId;
    const m = ok<MatterView>(await (await w.as('discipline')).get(`/api/v1/accountability/matters/${ids.matter}`));
    expect(m.cases.map((c) => c.subjectName ?? c.unitName)).toEqual(['张甲', '李乙', '乙局']);
  });

  it('refuse forms that do not suit the subject and a subject that does not fit its kind, naming the fields', async () => {
    const res = await (await w.as('discipline')).post(
      `/api/v1/accountability/matters/${ids.matter}/proposals`,
      proposalFor(ids.zhang as string, { forms: ['ORG_REORGANIZE'], unitId: w.county.a.id, body: 'NOBODY' as 'DISCIPLINE' }),
    );
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['body', 'unitId']);
    const wrongForm = await (await w.as('discipline')).post(
      `/api/v1/accountability/matters/${ids.matter}/proposals`,
      proposalFor(ids.zhang as string, { forms: ['ORG_REORGANIZE'] }),
    );
    expectError(wrongForm, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(wrongForm)).toEqual(['forms']);
    const nobody = await (await w.as('discipline')).post(`/api/v1/accountability/matters/${ids.matter}/proposals`, proposalFor(crypto.randomUUID()));
    expect(fieldPaths(nobody)).toEqual(['cadreId']);
  });
});

describe('scope', () => {
  it('answers 403 to a user without the permission, for reading and for proposing', async () => {
    expectError(await w.county.unitAdminA.get('/api/v1/accountability/matters'), 403, 'FORBIDDEN');
    expectError(await w.county.unitAdminA.get(`/api/v1/accountability/cases/${ids.zhangCase}`), 403, 'FORBIDDEN');
    expectError(await w.county.unitAdminA.post(`/api/v1/accountability/matters/${ids.matter}/proposals`, proposalFor(ids.zhang as string)), 403, 'FORBIDDEN');
  });

  it('lets a reader scoped to 甲局 see 甲局’s case and its matter, and not 乙局’s case (404)', async () => {
    await userWithGrants(w, 'acc_reader_a', 'unit_leader', w.county.a.id, [['accountability.read', 'unit']]);
    const reader = await w.as('acc_reader_a');
    expect((await detailOf(reader, ids.zhangCase as string)).subject.name).toBe('张甲');
    expectError(await reader.get(`/api/v1/accountability/cases/${ids.liCase}`), 404, 'NOT_FOUND');
    const m = ok<MatterView>(await reader.get(`/api/v1/accountability/matters/${ids.matter}`));
    expect(m.cases.map((c) => c.subjectName)).toEqual(['张甲']);
    const list = ok<{ items: Array<{ id: string }> }>(await reader.get('/api/v1/accountability/cases'));
    expect(list.items.map((c) => c.id)).toEqual([ids.zhangCase]);
    expectError(await reader.post(`/api/v1/accountability/cases/${ids.zhangCase}/actions/coordinate`, { version: 1 }), 403, 'FORBIDDEN');
  });

  it('hides a matter from a reader whose scope reaches neither its registering unit nor any of its cases', async () => {
    const other = await registerMatter(await w.as('discipline'), { title: '另一事项' });
    await userWithGrants(w, 'acc_reader_b', 'unit_leader', w.county.b.id, []);
    const reader = await w.as('acc_reader_b');
    expectError(await reader.get(`/api/v1/accountability/matters/${other.id}`), 404, 'NOT_FOUND');
    const page = ok<MatterPage>(await reader.get('/api/v1/accountability/matters'));
    expect(page.items.map((m) => [m.title, m.caseCount])).toEqual([['某项目违规审批', 2]]);
  });
});

describe('the contract', () => {
  it('documents every route of the module under the tag accountability', async () => {
    const doc = ok<{ paths: Record<string, Record<string, { tags?: string[] }>> }>(await w.t.anonymous().get('/api/openapi.json'));
    // Word documents of a case are served beside it but tagged documents, with the module that writes them.
    const ours = Object.entries(doc.paths).filter(
      ([path]) => (path.startsWith('/api/v1/accountability') || path.startsWith('/api/v1/adjustments')) && !path.endsWith('.docx'),
    );
    expect(ours.map(([path]) => path).sort()).toEqual([
      '/api/v1/accountability/appeals',
      '/api/v1/accountability/appeals/{id}/answer',
      '/api/v1/accountability/cases',
      '/api/v1/accountability/cases/{id}',
      '/api/v1/accountability/cases/{id}/actions/{action}',
      '/api/v1/accountability/cases/{id}/appeals',
      '/api/v1/accountability/matters',
      '/api/v1/accountability/matters/{id}',
      '/api/v1/accountability/matters/{id}/proposals',
      '/api/v1/accountability/statistics',
      '/api/v1/accountability/statistics.xlsx',
      '/api/v1/adjustments',
      '/api/v1/adjustments/{id}',
      '/api/v1/adjustments/{id}/actions/{action}',
    ]);
    for (const [, operations] of ours) for (const op of Object.values(operations)) expect(op.tags).toEqual(['accountability']);
  });

  it('answers odd input with a Chinese 4xx, never a 500', async () => {
    const s = await w.as('discipline');
    const caseUrl = `/api/v1/accountability/cases/${ids.zhangCase}`;
    const odd: Array<[string, () => ReturnType<typeof s.get>]> = [
      ['bad id', () => s.get('/api/v1/accountability/cases/not-a-uuid')],
      ['unknown case', () => s.get(`/api/v1/accountability/cases/${crypto.randomUUID()}`)],
      ['unknown action', () => s.post(`${caseUrl}/actions/launch`, { version: 1 })],
      ['fields not an object', () => s.post(`${caseUrl}/actions/coordinate`, { version: 1, fields: 'x' })],
      ['forms not a list', () => s.post(`${caseUrl}/actions/decide`, { version: 1, fields: { forms: 'ADMONISH', decidedOn: 5 } })],
      ['a tolerance case id for an adjustment', () => s.get(`/api/v1/adjustments/${ids.zhangCase}`)],
      [
        'an accountability case as an appeal',
        () => s.post(`/api/v1/accountability/appeals/${ids.zhangCase}/answer`, { version: 1, upheld: true, answer: '好' }),
      ],
      ['page zero', () => s.get('/api/v1/accountability/matters?page=0')],
      ['a proposal on no matter', () => s.post(`/api/v1/accountability/matters/${crypto.randomUUID()}/proposals`, proposalFor(ids.zhang as string))],
    ];
    for (const [label, call] of odd) expectNoLeak(await call(), label);
  });
});
