import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import type { Impact, Measure } from '@dandang/shared/cadres/measure.schema';
import type { DueList } from '@dandang/shared/cases/case.schema';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { contextOf } from '../../test/actor';
import { expectError, fieldPaths, ok } from '../../test/http';
import { linkCases, openCase, transitionCase } from '../cases';
import { users } from '../org';
import { act, buildWorld, cadreIn, decide, decision, detailOf, proposalFor, proposeOn, registerMatter, type World } from './accountability.test-support';

/*
 * Decisions on accountability cases (DOMAIN.md §7; 问责条例 第八、十七至十九、二十一条): the forms a subject may get,
 * the measures a decision writes and the promotion bar they show, the refusal of a second accountability for the same
 * facts, the repeat flag, a tolerance decision's circumstance, execution, correction, and two racing decisions.
 * The clock stands at 2026-03-02 (Monday) 09:00 in Beijing.
 */

let w: World;
const ids: Record<string, string> = {};
const id = (k: string) => ids[k] as string;

async function caseFor(cadre: string, over: Parameters<typeof proposalFor>[1] = {}, matter = id('matter')) {
  return (await proposeOn(await w.as('discipline'), matter, proposalFor(id(cadre), { proposedOn: '2026-02-20', ...over }))).caseId;
}

/** A tolerance case on an accountability case, decided with `decision`, staged through the engine as the tolerance module does. */
async function tolerance(accountabilityCaseId: string, cadre: string, decisionCode: string) {
  const db = w.t.database.db;
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.username, w.users.discipline as string));
  const ctx = await contextOf(db, (user as { id: string }).id, w.t.clock.now());
  return db.transaction(async (tx) => {
    const opened = await openCase(tx, ctx, TOLERANCE_WORKFLOW, { title: '容错申请', unitId: w.county.a.id, subjectCadreId: id(cadre) });
    await linkCases(tx, ctx, opened.id, accountabilityCaseId, 'TOLERANCE_FOR');
    let row = (await transitionCase(tx, ctx, TOLERANCE_WORKFLOW, opened.id, { action: 'accept', version: 1, note: '', fields: {} })).row;
    row = (
      await transitionCase(tx, ctx, TOLERANCE_WORKFLOW, opened.id, { action: 'report', version: row.case.version, note: '', fields: { findings: '已核实' } })
    ).row;
    const fields = { meetingDate: '2026-03-02', attendees: ['甲', '乙', '丙'], votes: '3:0', decision: decisionCode };
    await transitionCase(tx, ctx, TOLERANCE_WORKFLOW, opened.id, { action: 'decide', version: row.case.version, note: '', fields });
    return opened;
  });
}

const measuresOf = async (cadre: string) => ok<Measure[]>(await (await w.as('discipline')).get(`/api/v1/cadres/${id(cadre)}/measures`));
const impactOf = async (cadre: string) => ok<Impact>(await (await w.as('discipline')).get(`/api/v1/cadres/${id(cadre)}/impact`));

beforeAll(async () => {
  w = await buildWorld();
  for (const [key, name] of [
    ['wang', '王丙'],
    ['zhao', '赵丁'],
    ['qian', '钱戊'],
    ['sun', '孙己'],
    ['zhou', '周庚'],
    ['wu', '吴辛'],
  ]) {
    ids[key] = await cadreIn(w, w.county.a.id, name as string);
  }
  ids.matter = (await registerMatter(await w.as('discipline'))).id;
});
afterAll(() => w.t.close());

describe('deciding', () => {
  it('refuses an organization form for a cadre and every other bad or missing field, each by name', async () => {
    ids.wangCase = await caseFor('wang');
    await proposeOn(await w.as('orgDept'), id('matter'), proposalFor(id('wang'), { body: 'ORG_DEPT', forms: ['ACC_NOTICE'], proposedOn: '2026-02-21' }));
    const d = await detailOf(await w.as('discipline'), id('wangCase'));
    const coordinated = ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), id('wangCase'), 'coordinate', d.case.version));
    const res = await act(await w.as('discipline'), id('wangCase'), 'decide', coordinated.case.version, {
      forms: ['ORG_CHECK', 'ADMONISH'],
      decidedOn: '2026-02-10',
      circumstance: 'SEVERE',
    });
    const body = expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['fields.basis', 'fields.circumstance', 'fields.decidedOn', 'fields.documentNo', 'fields.forms']);
    expect(body.message).toContain('fields.basis：请填写问责事实与依据');
    const kinds = await act(
      await w.as('discipline'),
      id('wangCase'),
      'decide',
      coordinated.case.version,
      decision({ forms: ['ORG_CHECK', 'ADMONISH'], decidedOn: '2026-02-10' }),
    );
    expectError(kinds, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(kinds).sort()).toEqual(['fields.decidedOn', 'fields.forms']);
    expect(kinds.json().details.fields.find((f: { path: string }) => f.path === 'fields.forms').message).toContain('“检查”不是对领导干部的问责方式');
  });

  it('writes the decision’s 诫勉 to the register; the impact panel bars promotion for 6 months', async () => {
    const d = await decide(await w.as('discipline'), id('wangCase'), decision({ decidedOn: '2026-02-26', forms: ['ACC_NOTICE', 'ADMONISH'] }));
    // 通报 and 诫勉 leave no organizational adjustment to complete, so no month runs (DOMAIN.md §7).
    expect(d.case).toMatchObject({ state: 'DECIDED', stateLabel: '已决定·执行中', stateSince: '2026-02-26', dueOn: null });
    expect(d.decision).toMatchObject({ decidedOn: '2026-02-26', circumstance: 'NONE', decidingBody: '纪委监委', appealLastDay: '2026-03-26' });
    expect(d.measures.map((m) => [m.code, m.effectiveOn, m.revokedAt])).toEqual([
      ['ACC_NOTICE', '2026-02-26', null],
      ['ADMONISH', '2026-02-26', null],
    ]);
    const admonish = (await measuresOf('wang')).find((m) => m.code === 'ADMONISH');
    expect(admonish).toMatchObject({
      sourceType: 'accountability_matter',
      sourceId: id('wangCase'),
      documentNo: '县纪发〔2026〕5号',
      decidingBody: '纪委监委',
    });
    const impact = await impactOf('wang');
    expect(impact.promotion).toMatchObject({ eligible: false, eligibleFrom: '2026-08-26' });
    expect(impact.promotion.reasons.map((r) => r.code)).toEqual(['ADMONISH']);
  });

  it('puts the month for organizational adjustment in the due lists, counted from the decision’s own date', async () => {
    const caseId = await caseFor('wu');
    await decide(await w.as('discipline'), caseId, decision({ decidedOn: '2026-02-26', forms: ['ORG_REASSIGN'] }));
    const due = ok<DueList>(await (await w.as('discipline')).get('/api/v1/cases/due?within=25&type=ACCOUNTABILITY'));
    expect(due.dueSoon.map((c) => [c.id, c.dueOn])).toEqual([[caseId, '2026-03-26']]);
  });

  it('refuses another body’s proposal for the decided cadre on the same facts (同一事实不得重复问责), with the reason', async () => {
    const res = await (await w.as('orgDept')).post(`/api/v1/accountability/matters/${id('matter')}/proposals`, proposalFor(id('wang'), { body: 'INSPECTION' }));
    const body = expectError(res, 409, 'SAME_FACTS_DECIDED');
    expect(body.message).toBe('同一事实不得重复问责：该对象就本事项已作出问责决定（问〔2026〕1号）');
    expect(body.details).toMatchObject({ caseId: id('wangCase') });
  });

  it('flags the cadre’s second accountability within 12 months on another matter, showing the earlier decision', async () => {
    const second = await registerMatter(await w.as('discipline'), { title: '另一事项' });
    const caseId = await caseFor('wang', {}, second.id);
    const undecided = await detailOf(await w.as('discipline'), caseId);
    expect(undecided.repeat).toMatchObject({ flagged: true, windowMonths: 12, earlier: [{ caseId: id('wangCase'), decidedOn: '2026-02-26' }] });
    const d = await decide(await w.as('discipline'), caseId, decision({ documentNo: '县纪发〔2026〕9号' }));
    expect(d.repeat.flagged).toBe(true);
    expect(d.repeat.reasons[0]?.text).toBe('12 个月内已被问责：问〔2026〕1号（2026-02-26）');
    ids.wangSecond = caseId;
  });

  it('does not flag a decision more than 12 months after the last one', async () => {
    const old = await registerMatter(await w.as('discipline'), { title: '旧事项', occurredOn: '2024-12-01' });
    const oldCase = await caseFor('zhou', { proposedOn: '2025-01-10' }, old.id);
    await decide(await w.as('discipline'), oldCase, decision({ decidedOn: '2025-01-20' }));
    const d = await decide(await w.as('discipline'), await caseFor('zhou'), decision());
    expect(d.repeat).toMatchObject({ flagged: false, earlier: [] });
  });

  it('writes nothing on a cadre for a party organization’s forms', async () => {
    const org = await proposeOn(
      await w.as('discipline'),
      id('matter'),
      proposalFor(id('wang'), { subjectKind: 'ORGANIZATION', cadreId: undefined, unitId: w.county.a.id, forms: ['ORG_CHECK'], proposedOn: '2026-02-20' }),
    );
    const d = await decide(await w.as('discipline'), org.caseId, decision({ forms: ['ORG_CHECK', 'ORG_NOTICE'] }));
    expect(d.decision?.formLabels).toEqual(['检查', '通报（党组织）']);
    expect(d.measures).toEqual([]);
  });
});

describe('two racing decisions', () => {
  it('let one through (200) and refuse the other (409); the measure is written once', async () => {
    const caseId = await caseFor('sun');
    const d = await detailOf(await w.as('discipline'), caseId);
    const c = ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), caseId, 'coordinate', d.case.version));
    const session = await w.as('discipline');
    const raced = await Promise.all([
      act(session, caseId, 'decide', c.case.version, decision()),
      act(session, caseId, 'decide', c.case.version, decision({ forms: ['ORG_DISMISS'] })),
    ]);
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await measuresOf('sun')).map((m) => m.code)).toHaveLength(1);
  });
});

describe('a linked tolerance decision', () => {
  it('gives its 从轻 to a decision that names no circumstance, and refuses one that ignores it', async () => {
    const caseId = await caseFor('zhao');
    const tol = await tolerance(caseId, 'zhao', 'LIGHTER');
    const d = await detailOf(await w.as('discipline'), caseId);
    expect(d.tolerance).toMatchObject({ caseId: tol.id, number: tol.number, decision: 'LIGHTER', decisionLabel: '从轻' });
    const c = ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), caseId, 'coordinate', d.case.version));
    const ignored = await act(await w.as('discipline'), caseId, 'decide', c.case.version, decision({ circumstance: 'NONE' }));
    expectError(ignored, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(ignored)).toEqual(['fields.circumstance']);
    const decided = ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), caseId, 'decide', c.case.version, decision()));
    expect(decided.decision).toMatchObject({ circumstance: 'LIGHTER', circumstanceLabel: '从轻问责', circumstanceFromTolerance: true });
  });

  it('that exempted the case leaves nothing to decide (第十七条); the exemption is taken with that tolerance case', async () => {
    const caseId = await caseFor('qian');
    const tol = await tolerance(caseId, 'qian', 'EXEMPT');
    const d = await detailOf(await w.as('discipline'), caseId);
    const c = ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), caseId, 'coordinate', d.case.version));
    const refused = expectError(await act(await w.as('discipline'), caseId, 'decide', c.case.version, decision()), 409, 'STATE_CONFLICT');
    expect(refused.message).toBe(`容错认定 ${tol.number} 已决定免责，本案应免予问责，不能作出问责决定`);
    const wrong = await act(await w.as('discipline'), caseId, 'exempt', c.case.version, { toleranceCaseId: crypto.randomUUID() });
    expect(fieldPaths(wrong)).toEqual(['fields.toleranceCaseId']);
    const exempted = ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), caseId, 'exempt', c.case.version, { toleranceCaseId: tol.id }));
    expect(exempted.case).toMatchObject({ state: 'EXEMPTED', closed: true });
    expect(exempted.measures).toEqual([]);
  });
});

describe('execution and correction', () => {
  it('records the execution, not before the decision', async () => {
    const d = await detailOf(await w.as('discipline'), id('wangCase'));
    const early = await act(await w.as('discipline'), id('wangCase'), 'execute', d.case.version, { executedOn: '2026-02-01' });
    expect(fieldPaths(early)).toEqual(['fields.executedOn']);
    const done = ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), id('wangCase'), 'execute', d.case.version, { executedOn: '2026-03-02' }));
    expect(done.case).toMatchObject({ state: 'EXECUTED', dueOn: null });
    expect(done.decision?.executedOn).toBe('2026-03-02');
  });

  it('revokes every measure of a corrected decision (第二十一条): kept on record, and the bar is gone', async () => {
    const d = await detailOf(await w.as('discipline'), id('wangSecond'));
    const noReason = await act(await w.as('discipline'), id('wangSecond'), 'correct', d.case.version);
    expect(fieldPaths(noReason)).toEqual(['note']);
    await act(await w.as('discipline'), id('wangSecond'), 'correct', d.case.version, {}, '事实认定不清');
    const first = await detailOf(await w.as('discipline'), id('wangCase'));
    const corrected = ok<AccountabilityCaseDetail>(
      await act(await w.as('discipline'), id('wangCase'), 'correct', first.case.version, { documentNo: '县纪发〔2026〕12号' }, '责任认定有误'),
    );
    expect(corrected.case).toMatchObject({ state: 'CORRECTED', stateLabel: '已纠正' });
    expect(corrected.decision?.correctedOn).toBe('2026-03-02');
    expect(corrected.measures.every((m) => m.revokedAt !== null)).toBe(true);
    const register = await measuresOf('wang');
    expect(register).toHaveLength(3);
    expect(register.every((m) => m.revokedAt !== null)).toBe(true);
    expect(register.find((m) => m.sourceId === id('wangCase') && m.code === 'ADMONISH')?.revokedReason).toBe(
      '问责决定 问〔2026〕1号 已纠正（县纪发〔2026〕12号）：责任认定有误',
    );
    expect((await impactOf('wang')).promotion).toMatchObject({ eligible: true, eligibleFrom: null });
  });

  it('lets the corrected facts be proposed again as a new case, no longer flagged by the corrected decisions', async () => {
    const again = await proposeOn(await w.as('discipline'), id('matter'), proposalFor(id('wang')));
    expect(again.merged).toBe(false);
    expect(again.caseId).not.toBe(id('wangCase'));
    expect(again.detail?.repeat.flagged).toBe(false);
  });

  it('audits the decisions, their measures and the corrections', async () => {
    const rows = await w.t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(inArray(auditLog.entityId, [id('wangCase')]));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'case.open',
        'accountability_proposal.create',
        'case.coordinate',
        'case.decide',
        'accountability_case.decide',
        'case.execute',
        'case.correct',
        'accountability_case.correct',
      ]),
    );
    const measureRows = await w.t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entity, 'measure'));
    expect(measureRows.filter((r) => r.action === 'measure.revoke').length).toBeGreaterThanOrEqual(3);
  });
});
