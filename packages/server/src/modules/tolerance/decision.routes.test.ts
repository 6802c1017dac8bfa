import type { RecommendationView, ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, fieldPaths, ok } from '../../test/http';
import { ALL_CONDITIONS, act, application, buildWorld, decision, detailOf, EXEMPT_FACTS, saveFacts, type World } from './tolerance.test-support';

/*
 * The investigation and the collective decision (DOMAIN.md §6): the facts checklist answers the recommendation with its
 * reasons under the case's policy; the body decides with attendance and votes; a decision other than the recommendation
 * gives its reason; of two racing decisions one wins.
 */

let w: World;
let id: string;

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  id = ok<ToleranceDetail>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a))).case.id;
});
afterAll(() => w.t.close());

describe('the facts checklist', () => {
  it('is not kept before the case is accepted', async () => {
    expectError(await saveFacts(w.as.discipline, id), 409, 'STATE_CONFLICT');
  });

  it('the report to the collective decision waits for the checklist', async () => {
    ok(await act(w.as.discipline, id, 'accept'));
    const res = await act(w.as.discipline, id, 'report', { findings: '已核实' });
    expect(expectError(res, 409, 'STATE_CONFLICT').message).toContain('调查核实清单');
  });

  it('gives EXEMPT with its reasons: a situation of 三个区分开来 with all five conditions', async () => {
    const saved = ok<ToleranceDetail>(await saveFacts(w.as.discipline, id));
    expect(saved.recommendation).toMatchObject({ outcome: 'EXEMPT', outcomeLabel: '免责', policyCode: 'CN-national' });
    expect(saved.recommendation?.reasons).toEqual([
      expect.objectContaining({ code: 'REFORM_TRIAL', rule: expect.stringContaining('三个区分开来'), text: expect.stringContaining('予以免责') }),
    ]);
    expect(saved.facts).toMatchObject({ situations: [{ code: 'REFORM_TRIAL' }], notes: '经核实，属先行先试', savedByName: expect.any(String) });
    expect(saved.facts?.conditions.every((c) => c.established)).toBe(true);
  });

  it('refuses a stale version with 409 and bad codes with 400 naming each field', async () => {
    const { version } = await detailOf(w.as.discipline, id);
    expectError(await w.as.discipline.put(`/api/v1/tolerance/cases/${id}/facts`, { ...EXEMPT_FACTS, version: version - 1 }), 409, 'VERSION_CONFLICT');
    const bad = await w.as.discipline.put(`/api/v1/tolerance/cases/${id}/facts`, {
      version,
      situations: ['REFORM_TRIAL', 'LUCK'],
      conditions: { COMPLIANT: 'yes', HONEST: true },
      exclusions: ['NONE'],
      mitigations: [],
    });
    expectError(bad, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(bad).sort()).toEqual(['conditions', 'conditions.COMPLIANT', 'exclusions.0', 'situations.1'].sort());
  });

  it('is kept by those who handle cases only', async () => {
    const { version } = await detailOf(w.as.discipline, id);
    expectError(await w.as.unitAdminA.put(`/api/v1/tolerance/cases/${id}/facts`, { ...EXEMPT_FACTS, version }), 403, 'FORBIDDEN');
  });

  it('is hidden from the applicant until the body has decided; they see where the case stands', async () => {
    const seen = await detailOf(w.as.cadreA, id);
    expect([seen.case.stateLabel, seen.facts, seen.recommendation]).toEqual(['调查核实', null, null]);
  });
});

describe('the live recommendation', () => {
  it('answers posted facts without saving them, under the policy in force or the case’s', async () => {
    const facts = { situations: ['POLICY_CHANGE'], conditions: { ...ALL_CONDITIONS, REMEDIED: false }, mitigations: ['COOPERATED'] };
    const live = ok<RecommendationView>(await w.as.discipline.post('/api/v1/tolerance/recommendation', facts));
    expect(live.outcome).toBe('MITIGATE');
    expect(live.reasons.map((r) => r.code)).toEqual(['COOPERATED', 'REMEDIED']);
    const forCase = ok<RecommendationView>(await w.as.discipline.post('/api/v1/tolerance/recommendation', { ...facts, caseId: id }));
    expect(forCase).toMatchObject({ outcome: 'MITIGATE', policyCode: 'CN-national' });
    expect((await detailOf(w.as.discipline, id)).recommendation?.outcome).toBe('EXEMPT');
  });

  it('names each bad code by its path', async () => {
    const res = await w.as.discipline.post('/api/v1/tolerance/recommendation', { situations: ['X'], mitigations: ['COOPERATED', 'Y'] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['situations.0', 'mitigations.1']);
  });
});

describe('the collective decision', () => {
  it('is reported with the findings once the checklist is saved', async () => {
    const reported = ok<ToleranceDetail>(await act(w.as.discipline, id, 'report', { findings: '经调查核实，符合容错情形' }));
    expect(reported.case.state).toBe('DECIDING');
  });

  it('names every missing or bad field of the decision, each once', async () => {
    const res = await act(w.as.discipline, id, 'decide', { meetingDate: '2026-10-13', attendees: [], votes: { for: -1, against: 0, abstain: 0 } });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['fields.attendees', 'fields.decision', 'fields.votes.for']);
  });

  it('refuses a decision other than the recommendation without a written reason, naming fields.differenceReason', async () => {
    const res = await act(w.as.discipline, id, 'decide', decision('2026-10-12', { decision: 'LIGHTER' }));
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['fields.differenceReason']);
  });

  it('refuses a meeting in the future and votes short of a majority, with the fields named', async () => {
    const res = await act(w.as.discipline, id, 'decide', decision('2026-10-13', { votes: { for: 2, against: 2, abstain: 1 } }));
    expect(fieldPaths(res)).toEqual(['fields.meetingDate', 'fields.votes.for']);
  });

  it('names an unknown action or a malformed id as the bad path parameter', async () => {
    const { case: c } = await detailOf(w.as.discipline, id);
    const unknown = await w.as.discipline.post(`/api/v1/tolerance/cases/${id}/actions/approve`, { version: c.version, fields: {} });
    expect(fieldPaths(unknown)).toEqual(['params.action']);
    expect(fieldPaths(await w.as.discipline.get('/api/v1/tolerance/cases/123'))).toEqual(['params.id']);
  });

  it('is taken by those who decide: the unit administrator may not', async () => {
    expectError(await act(w.as.unitAdminA, id, 'decide', decision('2026-10-12')), 403, 'FORBIDDEN');
  });

  it('of two racing decisions with the same version, exactly one is recorded and the other gets 409', async () => {
    const { case: c } = await detailOf(w.as.discipline, id);
    const post = (d: string) =>
      w.as.discipline.post(`/api/v1/tolerance/cases/${id}/actions/decide`, {
        version: c.version,
        note: '',
        fields: decision('2026-10-12', { decision: d, differenceReason: '' }),
      });
    const results = await Promise.all([post('EXEMPT'), post('EXEMPT')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const after = await detailOf(w.as.discipline, id);
    expect(after.case.state).toBe('FEEDBACK');
    const decided = await w.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(decided.filter((r) => r.action === 'case.decide')).toHaveLength(1);
    expect(decided.filter((r) => r.action === 'tolerance_case.decide')).toHaveLength(1);
  });

  it('is recorded with the meeting and the recommendation as it stood, under the case’s policy', async () => {
    const { decision: d } = await detailOf(w.as.discipline, id);
    expect(d).toMatchObject({
      decision: 'EXEMPT',
      decisionLabel: '免责',
      meetingDate: '2026-10-12',
      attendees: ['张书记', '李副书记', '王常委', '赵常委', '钱常委'],
      votes: { for: 4, against: 1, abstain: 0 },
      matchesRecommendation: true,
      recommendation: { outcome: 'EXEMPT', policyCode: 'CN-national', policyVersion: 1 },
      exemptedCases: [],
    });
  });

  it('the checklist is closed once decided, and the applicant now sees the decision and its grounds', async () => {
    expectError(await saveFacts(w.as.discipline, id), 409, 'STATE_CONFLICT');
    const seen = await detailOf(w.as.cadreA, id);
    expect([seen.decision?.decisionLabel, seen.facts?.situations.map((s) => s.code), seen.recommendation?.outcome]).toEqual([
      '免责',
      ['REFORM_TRIAL'],
      'EXEMPT',
    ]);
  });
});

describe('feedback and filing', () => {
  it('feedback names its date and recipients, not before the meeting and not in the future', async () => {
    const early = await act(w.as.discipline, id, 'feedback', { feedbackOn: '2026-10-11', recipients: ['甲一', '甲局党组'] });
    expect(fieldPaths(early)).toEqual(['fields.feedbackOn']);
    const missing = await act(w.as.discipline, id, 'feedback', { feedbackOn: '2026-10-12' });
    expect(fieldPaths(missing)).toEqual(['fields.recipients']);
    const done = ok<ToleranceDetail>(await act(w.as.discipline, id, 'feedback', { feedbackOn: '2026-10-12', recipients: ['甲一', '甲局党组'] }));
    expect([done.case.state, done.feedback]).toEqual(['FILING', { feedbackOn: '2026-10-12', recipients: ['甲一', '甲局党组'] }]);
  });

  it('filing with nothing to correct closes the case', async () => {
    const closed = ok<ToleranceDetail>(await act(w.as.discipline, id, 'fileAndClose', { filedOn: '2026-10-12', filedWith: ['县纪委', '县委组织部'] }));
    expect([closed.case.state, closed.case.closed, closed.filing?.filedWith]).toEqual(['CLOSED', true, ['县纪委', '县委组织部']]);
  });
});
