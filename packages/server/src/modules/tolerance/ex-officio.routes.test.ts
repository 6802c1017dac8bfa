import { ACCOUNTABILITY_WORKFLOW } from '@dandang/shared/accountability/accountability.states';
import type { CaseDetail } from '@dandang/shared/cases/case.schema';
import type { ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import { measures } from '../cadres';
import { openCase, transitionCase } from '../cases';
import { toleranceOutcomeFor } from './index';
import { act, application, buildWorld, decision, EXEMPT_FACTS, saveFacts, type World } from './tolerance.test-support';

/*
 * 主动容错 ("谁问责、谁容错", DOMAIN.md §6, §7): a tolerance case opened from an accountability case during its
 * investigation. An exemption closes the accountability case as 免予问责 (问责条例第十七条) and no measure exists;
 * 从轻/减轻 stay for the accountability decision to read. The accountability cases are opened through the engine.
 */

let w: World;
const acc: Record<string, string> = {};

async function openAccountability(subjectCadreId: string, unitId: string, title: string) {
  const ctx = await w.disciplineCtx();
  return w.t.database.db.transaction((tx) => openCase(tx, ctx, ACCOUNTABILITY_WORKFLOW, { title, unitId, subjectCadreId, note: '纪委问责建议' }));
}
async function stepAccountability(id: string, action: string, fields: Record<string, unknown> = {}) {
  const ctx = await w.disciplineCtx();
  return w.t.database.db.transaction((tx) =>
    transitionCase(tx, ctx, ACCOUNTABILITY_WORKFLOW, id, { action, version: 0, note: '', fields }, { asEffect: true }),
  );
}
const exOfficio = (accountabilityCaseId: string, subjectCadreId: string) =>
  application(subjectCadreId, { accountabilityCaseId, claimedSituations: [], grounds: '', title: '主动容错' });
const accountabilityCase = async (id: string) => ok<CaseDetail>(await w.as.discipline.get(`/api/v1/cases/${id}`));

async function decideCase(id: string, fields: Record<string, unknown>, facts: Record<string, unknown> = EXEMPT_FACTS) {
  ok(await act(w.as.discipline, id, 'accept'));
  ok(await saveFacts(w.as.discipline, id, facts));
  ok(await act(w.as.discipline, id, 'report', { findings: '已核实' }));
  return ok<ToleranceDetail>(await act(w.as.discipline, id, 'decide', fields));
}

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  acc.exempt = (await openAccountability(w.cadres.a, w.county.a.id, '甲一园区项目问责')).id;
  acc.lighter = (await openAccountability(w.cadres.a2, w.county.a.id, '甲二项目问责')).id;
  acc.decided = (await openAccountability(w.cadres.b, w.county.b.id, '乙一问责')).id;
  await stepAccountability(acc.decided, 'coordinate');
  // Whatever the accountability workflow asks of its decision, filled in: this case only has to stand decided.
  const asked = ACCOUNTABILITY_WORKFLOW.transitions.find((t) => t.action === 'decide')?.required ?? {};
  const fields = { ...Object.fromEntries(Object.keys(asked).map((k) => [k, '已填写'])), forms: ['ACC_NOTICE'], decidedOn: '2026-10-12' };
  await stepAccountability(acc.decided, 'decide', fields);
});
afterAll(() => w.t.close());

describe('starting ex officio', () => {
  it('whoever handles tolerance opens it from an open accountability case about the same cadre, linked to it', async () => {
    const opened = ok<ToleranceDetail>(await w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(acc.exempt as string, w.cadres.a)));
    acc.exemptTolerance = opened.case.id;
    expect(opened).toMatchObject({ origin: 'EX_OFFICIO', originLabel: '主动容错', accountabilityCases: [{ caseId: acc.exempt }] });
    const links = (await accountabilityCase(acc.exempt as string)).links;
    expect(links).toEqual([expect.objectContaining({ kind: 'TOLERANCE_FOR', caseId: opened.case.id, number: opened.case.number })]);
  });

  it('refuses a second open tolerance case for the same accountability case', async () => {
    const res = await w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(acc.exempt as string, w.cadres.a));
    expectError(res, 409, 'DUPLICATE');
    expect(fieldPaths(res)).toEqual(['accountabilityCaseId']);
  });

  it('of two handlers starting at once for the same accountability case, one opens it and the other is refused', async () => {
    const fresh = (await openAccountability(w.cadres.b, w.county.b.id, '乙一另案问责')).id;
    const post = () => w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(fresh, w.cadres.b));
    const results = await Promise.all([post(), post()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('refuses another cadre than the accountability case’s, an accountability case already decided, and one that does not exist', async () => {
    expect(fieldPaths(await w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(acc.lighter as string, w.cadres.a)))).toEqual(['subjectCadreId']);
    expectError(await w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(acc.decided as string, w.cadres.b)), 409, 'STATE_CONFLICT');
    const missing = await w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(crypto.randomUUID(), w.cadres.a));
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(missing)).toEqual(['accountabilityCaseId']);
    // A tolerance case is not an accountability case.
    expect(fieldPaths(await w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(acc.exemptTolerance as string, w.cadres.a)))).toEqual([
      'accountabilityCaseId',
    ]);
  });

  it('is not for those who only apply', async () => {
    expectError(await w.as.cadreA.post('/api/v1/tolerance/cases', exOfficio(acc.lighter as string, w.cadres.a)), 403, 'FORBIDDEN');
  });
});

describe('the decision’s effect on the accountability case', () => {
  it('EXEMPT closes the accountability case as 免予问责 in the same step, with no measure on the cadre', async () => {
    const decided = await decideCase(acc.exemptTolerance as string, decision('2026-10-12'));
    expect(decided.decision?.exemptedCases).toEqual([(await accountabilityCase(acc.exempt as string)).case.number]);
    const closed = await accountabilityCase(acc.exempt as string);
    expect(closed.case).toMatchObject({ state: 'EXEMPTED', stateLabel: '免予问责', closed: true });
    expect(closed.events.at(-1)).toMatchObject({ action: 'exempt', fields: { toleranceCaseId: acc.exemptTolerance } });
    expect(await w.t.database.db.select().from(measures).where(eq(measures.cadreId, w.cadres.a))).toEqual([]);
    expect(await toleranceOutcomeFor(w.t.database.db, acc.exempt as string)).toMatchObject({ caseId: acc.exemptTolerance, decision: 'EXEMPT' });
  });

  it('LIGHTER leaves the accountability case open and is answered for its decision to carry', async () => {
    const opened = ok<ToleranceDetail>(await w.as.discipline.post('/api/v1/tolerance/cases', exOfficio(acc.lighter as string, w.cadres.a2)));
    expect(await toleranceOutcomeFor(w.t.database.db, acc.lighter as string)).toBeNull();
    const mitigating = { situations: [], conditions: {}, exclusions: [], mitigations: ['REMEDIED_PROMPTLY'], notes: '' };
    const decided = await decideCase(opened.case.id, decision('2026-10-12', { decision: 'LIGHTER' }), mitigating);
    expect(decided.decision).toMatchObject({ decision: 'LIGHTER', matchesRecommendation: true, exemptedCases: [] });
    expect((await accountabilityCase(acc.lighter as string)).case.state).toBe('PROPOSED');
    expect(await toleranceOutcomeFor(w.t.database.db, acc.lighter as string)).toEqual({
      caseId: opened.case.id,
      number: opened.case.number,
      decision: 'LIGHTER',
    });
  });

  it('an established exclusion is a hard veto: only 不予容错 can be decided', async () => {
    const opened = ok<ToleranceDetail>(await w.as.cadreB.post('/api/v1/tolerance/cases', application(w.cadres.b)));
    const vetoed = { ...EXEMPT_FACTS, exclusions: ['PERSONAL_GAIN'] };
    ok(await act(w.as.discipline, opened.case.id, 'accept'));
    ok(await saveFacts(w.as.discipline, opened.case.id, vetoed));
    ok(await act(w.as.discipline, opened.case.id, 'report', { findings: '查实谋取私利' }));
    const res = await act(w.as.discipline, opened.case.id, 'decide', decision('2026-10-12', { differenceReason: '情有可原' }));
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['fields.decision']);
    const rejected = ok<ToleranceDetail>(await act(w.as.discipline, opened.case.id, 'decide', decision('2026-10-12', { decision: 'REJECTED' })));
    expect(rejected.decision?.recommendation.reasons.map((r) => r.code)).toEqual(['PERSONAL_GAIN']);
  });
});
