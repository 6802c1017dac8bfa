import { decide, matterBody, proposalFor } from '../modules/accountability/accountability.test-support';
import { intake } from '../modules/complaints/complaints.test-support';
import { act, application, decision, saveFacts } from '../modules/tolerance/tolerance.test-support';
import { created, pairOf, type RecordPair, type World } from './authz-records-support';

/**
 * The cases of the supervision modules, one about the cadre in 甲局 (the signed-in cadre, who files their own
 * tolerance application) and one about the cadre in 乙局, plus a visit after a measure for each.
 */
export async function caseRecords(w: World): Promise<Record<string, RecordPair>> {
  const org = w.as('org_dept');
  const discipline = w.as('discipline');
  const caseOf = (body: Record<string, unknown>) => (body.case as { id: string }).id;
  const earlier = { occurredOn: '2026-01-15' };
  const tolerance: RecordPair = {
    inside: { id: await created(w.as('cadre').post('/api/v1/tolerance/cases', application(w.cadreA, earlier)), caseOf) },
    outside: { id: await created(org.post('/api/v1/tolerance/cases', application(w.cadreB, earlier)), caseOf) },
    own: true,
    // The engine's routes and the steps of a case name no permission: the reader's scope for the case type's read decides.
    guardedBy: 'tolerance.read',
  };
  // Decided and fed back, each with a correction task: the steps a correction needs before it can be given.
  const correctionOn = async (caseId: string) => {
    await act(discipline, caseId, 'accept');
    await saveFacts(discipline, caseId);
    await act(discipline, caseId, 'report', { findings: '已核实' });
    await act(discipline, caseId, 'decide', decision('2026-03-02'));
    await act(discipline, caseId, 'feedback', { feedbackOn: '2026-03-02', recipients: ['本人'] });
    const task = { description: '完善招商项目审批流程', owner: '本人', deadline: '2026-04-30' };
    return created(discipline.post(`/api/v1/tolerance/cases/${caseId}/corrections`, task));
  };
  const corrections = { inside: await correctionOn(tolerance.inside.id as string), outside: await correctionOn(tolerance.outside?.id as string) };
  const matterFor = (unitId: string, cadreId: string) =>
    created(discipline.post('/api/v1/accountability/matters', matterBody({ occurredOn: '2026-01-15', unitIds: [unitId], cadreIds: [cadreId] })));
  const matters = { inside: await matterFor(w.county.a.id, w.cadreA), outside: await matterFor(w.county.b.id, w.cadreB) };
  const propose = (matterId: string, cadreId: string) =>
    created(discipline.post(`/api/v1/accountability/matters/${matterId}/proposals`, proposalFor(cadreId)), (b) => b.caseId);
  const complaint = (cadreId: string) => created(discipline.post('/api/v1/complaints', intake([cadreId], { receivedOn: '2026-02-20' })), caseOf);
  const visit = async (cadreId: string) => {
    const measure = { code: 'ADMONISH', effectiveOn: '2026-01-15', decidingBody: '县纪委监委', documentNo: '县纪〔2026〕8号' };
    const measureId = await created(org.post(`/api/v1/cadres/${cadreId}/measures`, measure));
    const findings = {
      visitedOn: '2026-02-20',
      visitors: ['县纪委 王某', '县纪委 李某'],
      interviewed: ['UNIT_HEAD', 'SELF', 'COLLEAGUES'],
      findings: '能正确对待处分',
      result: 'GOOD',
    };
    return created(org.post('/api/v1/visits', { cadreId, measureId, ...findings }));
  };
  const accountability = { inside: await propose(matters.inside, w.cadreA), outside: await propose(matters.outside, w.cadreB) };
  // Decided, so that they can be appealed and drafted into typical cases (and their decision documents exist).
  for (const caseId of Object.values(accountability)) await decide(discipline, caseId);
  for (const caseId of Object.values(accountability)) {
    await created(
      discipline.post(`/api/v1/accountability/cases/${caseId}/appeals`, { grounds: '认为处理过重，申请复查' }),
      (b) => (b.case as { id: string }).id,
    );
  }
  const appeals = (await discipline.get('/api/v1/accountability/appeals?status=all')).json() as { items: Array<{ id: string; caseId: string }> };
  const appealOf = (caseId: string) => {
    const appeal = appeals.items.find((a) => a.caseId === caseId);
    if (!appeal) throw new Error(`fixture: no appeal on ${caseId}`);
    return appeal.id;
  };
  const typicalCase = (caseId: string) => created(discipline.post('/api/v1/typical-cases', { caseId }));
  return {
    '/api/v1/tolerance/cases/{id}': tolerance,
    '/api/v1/cases/{id}': tolerance,
    '/api/v1/tolerance/corrections/{taskId}': { inside: { taskId: corrections.inside }, outside: { taskId: corrections.outside }, own: true },
    '/api/v1/adjustments/{id}': await pairOf(
      (cadreId) => created(org.post('/api/v1/adjustments', { cadreId, situation: 'LACKS_DEDICATION', clue: '工作推拖，不敢担当', source: '巡察反馈' }), caseOf),
      w,
    ),
    '/api/v1/accountability/matters/{id}': { inside: { id: matters.inside }, outside: { id: matters.outside } },
    '/api/v1/accountability/cases/{id}': { inside: { id: accountability.inside }, outside: { id: accountability.outside }, own: true },
    '/api/v1/accountability/appeals/{id}': { inside: { id: appealOf(accountability.inside) }, outside: { id: appealOf(accountability.outside) }, own: true },
    // Drafts: a published case is the whole library's, but a draft is for the publishers its source's scope reaches.
    '/api/v1/typical-cases/{id}': {
      inside: { id: await typicalCase(accountability.inside) },
      outside: { id: await typicalCase(accountability.outside) },
      reach: (_role, _side, grants) => grants.get('typical_case.publish') === 'all',
    },
    '/api/v1/complaints/{id}': await pairOf(complaint, w),
    '/api/v1/visits/{id}': await pairOf(visit, w),
  };
}
