import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { buildWorld, draftFrom, editOf, TODAY, typicalCaseOf, type World } from './typical-cases.test-support';

/*
 * A typical case drafted from a false accusation (issue 7 item 3; DOMAIN.md §8): only from a complaint concluded
 * 诬告陷害 whose accuser was dealt with, in redacted form, tagged by the heaviest referral, issued by the discipline
 * commission, and refused publication while a name remains (REDACTION_INCOMPLETE), as every typical case is.
 */

let w: World;
let source: string;

/** A complaint about the cadres, verified and concluded by the discipline commission; answers its id. */
async function concludedComplaint(accused: string[], conclusion: string): Promise<string> {
  const s = w.as.discipline;
  const body = {
    channel: 'ONLINE',
    receivedOn: '2026-09-28',
    anonymous: true,
    accusedCadreIds: accused,
    classification: 'INTEGRITY',
    title: '反映违规收受礼金问题',
    matter: '反映甲局张明2026年春节期间收受管理服务对象礼金，联系电话13812345678',
  };
  const id = ok<ComplaintDetail>(await s.post('/api/v1/complaints', body)).case.id;
  const step = async (action: string, fields: Record<string, unknown> = {}) => {
    const { case: c } = ok<ComplaintDetail>(await s.get(`/api/v1/complaints/${id}`));
    return ok<ComplaintDetail>(await s.post(`/api/v1/complaints/${id}/actions/${action}`, { version: c.version, note: '', fields }));
  };
  await step('verify');
  await step('conclude', { conclusion, grounds: '经调取甲局账目、与张明及同事张强谈话核实，反映问题系捏造' });
  return id;
}

const handle = (s: Session, id: string) =>
  s.post(`/api/v1/complaints/${id}/false-accusation`, { partyMember: true, publicOfficial: false, gainedBenefits: true, note: '已移送' });
const clarification = async (id: string) => ok<ComplaintDetail>(await w.as.discipline.get(`/api/v1/complaints/${id}`)).clarifications[0];

beforeAll(async () => {
  w = await buildWorld();
  source = await concludedComplaint([w.cadres.zhang], 'FALSE_ACCUSATION');
});
afterAll(() => w.t.close());

describe('drafting from a complaint', () => {
  it('is refused until the false accuser is dealt with, and for any other conclusion (409), naming why', async () => {
    const early = expectError(await w.as.discipline.post('/api/v1/typical-cases', { caseId: source }), 409, 'STATE_CONFLICT');
    expect(early.message).toBe('该检举控告尚未认定为诬告陷害并记录对检举控告人的处理，不能生成典型案例');
    const mistaken = await concludedComplaint([w.cadres.zhang2], 'MISTAKEN');
    ok(await handle(w.as.discipline, mistaken));
    expectError(await w.as.discipline.post('/api/v1/typical-cases', { caseId: mistaken }), 409, 'STATE_CONFLICT');
  });

  it('is a redacted draft tagged 诬告陷害 and by the heaviest referral, with the clarification', async () => {
    ok(await handle(w.as.discipline, source));
    const s = w.as.discipline;
    const forms = { cadreId: w.cadres.zhang, falsePoints: '收受礼金问题', impacts: ['SELECTION_AFFECTED'], forms: ['EXPLANATION'] };
    ok(await s.post(`/api/v1/complaints/${source}/clarification`, forms));
    ok(await w.as.cadre.post(`/api/v1/complaints/${source}/clarification/consent`, { version: (await clarification(source))?.version, consent: true }));
    ok(await s.post(`/api/v1/complaints/${source}/clarification/approve`, { cadreId: w.cadres.zhang, version: (await clarification(source))?.version }));
    const done = { cadreId: w.cadres.zhang, version: (await clarification(source))?.version, completedOn: TODAY, note: '已通报' };
    ok(await s.post(`/api/v1/complaints/${source}/clarification/complete`, done));

    const draft = await draftFrom(s, source);
    expect(draft.tags).toMatchObject({
      type: 'FALSE_ACCUSATION',
      typeLabel: '诬告陷害',
      outcome: 'REFERRED_PARTY_DISCIPLINE',
      outcomeLabel: '移送党纪处理',
      year: 2026,
    });
    expect(draft.tags.keywords).toEqual(expect.arrayContaining(['诬告陷害', '澄清正名', '撤销因诬告陷害获得的利益']));
    expect(draft.issuer).toBe('中共测试县纪律检查委员会');
    const text = [draft.title, draft.sections.facts, draft.sections.handling, draft.sections.analysis].join('\n');
    expect(text).not.toMatch(/张明|张强|甲局|13812345678/);
    expect(draft.title).toBe('违规收受礼金问题诬告陷害案例（移送党纪处理）');
    expect(draft.sections.facts).toContain('反映某局张某存在违反廉洁纪律问题：某局张某2026年春节期间');
    expect(draft.sections.analysis).toContain('依据《纪检监察机关处理检举控告工作规则》：诬告陷害者是党员');
    expect(draft.sections.handling).toContain('属诬告陷害');
    expect(draft.sections.handling).toContain('移送党的纪律检查机关依规依纪处理');
    expect(draft.sections.handling).toContain('2026年10月，经批准，为张某澄清正名');
    expect(draft.manage?.source).toMatchObject({ caseId: source, type: 'FALSE_ACCUSATION' });
    expectError(await s.post('/api/v1/typical-cases', { caseId: source }), 409, 'DUPLICATE');
  });

  it('is not for a publisher who cannot read complaints (404), and keeps the outcomes of its kind', async () => {
    expectError(await w.as.orgDept.post('/api/v1/typical-cases', { caseId: source }), 404, 'NOT_FOUND');
    const [item] = ok<{ items: Array<{ id: string }> }>(await w.as.discipline.get('/api/v1/typical-cases?type=FALSE_ACCUSATION')).items;
    const view = await typicalCaseOf(w.as.discipline, item?.id as string);
    const wrongKind = await w.as.discipline.put(`/api/v1/typical-cases/${view.id}`, { ...editOf(view), tags: { ...editOf(view).tags, outcome: 'EXEMPT' } });
    expect(fieldPaths(wrongKind)).toEqual(['tags.outcome']);
  });
});

describe('publishing it', () => {
  it('is refused while the cadre’s name is back in the text (422 REDACTION_INCOMPLETE), and goes through once clean', async () => {
    const [item] = ok<{ items: Array<{ id: string }> }>(await w.as.discipline.get('/api/v1/typical-cases?type=FALSE_ACCUSATION')).items;
    const url = `/api/v1/typical-cases/${item?.id}`;
    const view = await typicalCaseOf(w.as.discipline, item?.id as string);
    const named = ok<TypicalCaseView>(await w.as.discipline.put(url, editOf(view, { facts: `${view.sections.facts}\n张明对此表示感谢。` })));
    const body = expectError(await w.as.discipline.post(`${url}/publish`, { version: named.version, reviewed: true }), 422, 'REDACTION_INCOMPLETE');
    expect(body.details?.fields).toEqual([{ path: 'sections.facts', message: '仍含有姓名“张明”，请改写后再发布' }]);
    const clean = ok<TypicalCaseView>(await w.as.discipline.put(url, editOf(named, { facts: view.sections.facts })));
    expect(ok<TypicalCaseView>(await w.as.discipline.post(`${url}/publish`, { version: clean.version, reviewed: true })).state).toBe('PUBLISHED');
  });
});
