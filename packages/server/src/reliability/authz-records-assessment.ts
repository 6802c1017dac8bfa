import { assessmentFollowUps } from '../modules/assessment/follow-ups.tables';
import { assessmentObjections } from '../modules/assessment/results.tables';
import { multipartBody } from '../test/http';
import { created, type RecordPair, type World } from './authz-records-support';

/**
 * The assessment records: the indicator, scheme and cycle are the whole county's; an opened cycle gives each cadre a
 * result (甲局's is the signed-in cadre's own), and a unit target goes to each bureau.
 */
export async function assessmentRecords(w: World): Promise<Record<string, RecordPair>> {
  const org = w.as('org_dept');
  const indicator = await created(
    org.post('/api/v1/assessment/indicators', {
      code: 'AUTHZ',
      name: '重点工作完成率',
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'PASS_FAIL' } },
    }),
  );
  // With a democratic evaluation, so that the cycle's units can hold ballot sessions.
  const scheme = await created(
    org.post('/api/v1/assessment/schemes', {
      name: '个人年度考核方案',
      category: 'INDIVIDUAL',
      items: [{ indicatorId: indicator, weight: 100 }],
      raterGroups: [{ group: 'PEER', weight: 100 }],
      formula: 'indicators * 0.7 + democratic * 0.3',
    }),
  );
  const draft = {
    id: await created(
      org.post('/api/v1/assessment/cycles', {
        name: '2026年度考核',
        kind: 'ANNUAL',
        year: 2026,
        unitIds: [w.county.root.id],
        schemes: [{ category: 'INDIVIDUAL', schemeId: scheme }],
        stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
      }),
    ),
    version: 1,
  };
  await created(org.post(`/api/v1/assessment/cycles/${draft.id}/advance`, { version: draft.version, to: 'OPEN' }));
  const results = (await org.get(`/api/v1/assessment/cycles/${draft.id}/results?pageSize=100`)).json() as {
    items: Array<{ participantId: string; cadreId: string | null }>;
  };
  const resultOf = (cadreId: string) => {
    const result = results.items.find((r) => r.cadreId === cadreId);
    if (!result) throw new Error(`fixture: no result for ${cadreId}`);
    return result.participantId;
  };
  const targetFor = (unitId: string) =>
    created(
      org.post(`/api/v1/assessment/cycles/${draft.id}/targets`, {
        level: 'UNIT',
        title: '招商引资',
        unitId,
        indicatorId: indicator,
        targetValue: 100,
        deadline: '2026-11-30',
      }),
    );
  const ballots = (unitId: string) =>
    created(org.post(`/api/v1/assessment/cycles/${draft.id}/ballot-sessions`, { unitId, groups: [{ group: 'PEER', codes: 3 }] }));
  const targets = { inside: await targetFor(w.county.a.id), outside: await targetFor(w.county.b.id) };
  // Evidence reported with a target's progress is read within the target's scope.
  const evidence = async () => {
    const { payload, headers } = multipartBody(Buffer.from('%PDF-1.4\n%佐证\n'), '签约材料.pdf');
    return created(org.request('POST', '/api/v1/assessment/evidence', payload, headers));
  };
  const evidenceIds = { inside: await evidence(), outside: await evidence() };
  const progressOn = (targetId: string, evidenceId: string) =>
    created(
      org.post('/api/v1/assessment/progress', { reports: [{ targetId, value: 50, note: '已完成过半', evidenceIds: [evidenceId] }] }),
      (b) => (b as unknown as Array<{ id: string }>)[0]?.id,
    );
  // An objection belongs to a cycle's notice stage and a follow-up to a published cycle; taking this cycle that far
  // would move the clock past every session's life. The rows are written as those stages leave them. Resolving an
  // objection checks the scope before the stage, and closing a follow-up checks no stage, so an open cycle proves both.
  const objectionOn = async (participantId: string) => {
    const [row] = await w.t.database.db
      .insert(assessmentObjections)
      .values({ cycleId: draft.id, participantId, content: '反映其年内有迟到早退情况' })
      .returning({ id: assessmentObjections.id });
    return row?.id as string;
  };
  const followUpFor = async (cadreId: string, unitId: string) => {
    const [row] = await w.t.database.db
      .insert(assessmentFollowUps)
      .values({ cycleId: draft.id, cadreId, unitId, year: 2026, kind: 'COMMENDATION', reasons: [], createdAt: w.t.clock.now() })
      .returning({ id: assessmentFollowUps.id });
    return row?.id as string;
  };
  return {
    '/api/v1/assessment/objections/{id}': {
      inside: { id: await objectionOn(resultOf(w.cadreA)) },
      outside: { id: await objectionOn(resultOf(w.cadreB)) },
    },
    '/api/v1/assessment/follow-ups/{id}': {
      inside: { id: await followUpFor(w.cadreA, w.county.a.id) },
      outside: { id: await followUpFor(w.cadreB, w.county.b.id) },
    },
    '/api/v1/assessment/indicators/{id}': { inside: { id: indicator } },
    '/api/v1/assessment/schemes/{id}': { inside: { id: scheme } },
    '/api/v1/assessment/cycles/{id}': { inside: { id: draft.id } },
    '/api/v1/assessment/results/{id}': { inside: { id: resultOf(w.cadreA) }, outside: { id: resultOf(w.cadreB) }, own: true },
    '/api/v1/assessment/targets/{id}': { inside: { id: targets.inside }, outside: { id: targets.outside } },
    '/api/v1/assessment/progress/{id}': {
      inside: { id: await progressOn(targets.inside, evidenceIds.inside) },
      outside: { id: await progressOn(targets.outside, evidenceIds.outside) },
    },
    // 甲局's evaluation has the signed-in cadre among its subjects: `self` reaches it, and its tally shows them alone.
    '/api/v1/assessment/ballot-sessions/{id}': { inside: { id: await ballots(w.county.a.id) }, outside: { id: await ballots(w.county.b.id) }, own: true },
    '/api/v1/assessment/evidence/{id}': { inside: { id: evidenceIds.inside }, outside: { id: evidenceIds.outside } },
  };
}
