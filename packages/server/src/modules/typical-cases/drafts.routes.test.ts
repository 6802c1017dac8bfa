import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, fieldPaths, ok } from '../../test/http';
import { buildWorld, decidedAccountabilityCase, decidedToleranceCase, draftFrom, toleranceCaseBeforeDecision, type World } from './typical-cases.test-support';

/*
 * 生成典型案例 (issue 6 item 6; DOMAIN.md §6 "Typical cases may be published in redacted form"): only from a decided
 * case the publisher can read, once per case, and redacted from the start.
 */

let w: World;
let decided: string;
let draft: TypicalCaseView;

beforeAll(async () => {
  w = await buildWorld();
  decided = await decidedToleranceCase(w);
});
afterAll(() => w.t.close());

describe('which cases give a draft', () => {
  it('not a tolerance case before its collective decision: 409 saying why', async () => {
    const open = await toleranceCaseBeforeDecision(w);
    const res = await w.as.discipline.post('/api/v1/typical-cases', { caseId: open });
    expect(expectError(res, 409, 'STATE_CONFLICT').message).toContain('尚未经集体研究认定');
  });

  it('not for a reader: 403', async () => {
    expectError(await w.as.cadre.post('/api/v1/typical-cases', { caseId: decided }), 403, 'FORBIDDEN');
    expectError(await w.as.unitAdminA.post('/api/v1/typical-cases', { caseId: decided }), 403, 'FORBIDDEN');
  });

  it('a malformed or unknown case: 400 naming caseId, 404', async () => {
    expect(fieldPaths(await w.as.discipline.post('/api/v1/typical-cases', { caseId: 'x' }))).toEqual(['caseId']);
    expect(fieldPaths(await w.as.discipline.post('/api/v1/typical-cases', {}))).toEqual(['caseId']);
    expectError(await w.as.discipline.post('/api/v1/typical-cases', { caseId: crypto.randomUUID() }), 404, 'NOT_FOUND');
  });
});

describe('the draft of a decided tolerance case', () => {
  beforeAll(async () => {
    draft = await draftFrom(w.as.orgDept, decided);
  });

  it('is a draft with the three sections and its tags: type, outcome, year', async () => {
    expect(draft.state).toBe('DRAFT');
    expect(draft.title).toBe('园区招商项目容错案例（免责）');
    expect(draft.tags).toMatchObject({ type: 'TOLERANCE', typeLabel: '容错纠错', outcome: 'EXEMPT', outcomeLabel: '免责', year: 2026 });
    expect(draft.tags.keywords).toEqual(['先行先试缺乏经验']);
    expect(draft.issuer).toBe('中共测试县委员会组织部');
  });

  it('tells what happened, what was decided and why, with the rule the recommendation cited', async () => {
    const { facts, handling, analysis } = draft.sections;
    expect(facts).toContain('张某，系某局干部。');
    expect(facts).toContain('本人书面提出容错申请');
    // 张强 is named in the findings only: known as 张明's colleague in 甲局, he is 张某某.
    expect(facts).toContain('\n经调查核实，张某在项目推进中履行了集体决策程序，同事张某某参与论证');
    expect(handling).toContain('2026年10月，经集体研究（参会3人，赞成3票、反对0票、弃权0票），认定对张某予以免责。');
    expect(handling).toContain('不作负面评价');
    expect(handling).toContain('报县纪委、县委组织部备案');
    expect(analysis).toContain('建议结果为“免责”');
    expect(analysis).toContain('三个区分开来');
  });

  it('is redacted: names as 姓+某, the unit by its kind, the phone masked, dates to the month, the document number masked', async () => {
    const text = JSON.stringify({ title: draft.title, sections: draft.sections, keywords: draft.tags.keywords });
    for (const identifying of ['张明', '张强', '甲局', '13812345678', '15日', '县纪〔2026〕3号']) expect(text).not.toContain(identifying);
    expect(draft.sections.facts).toContain('2026年6月，张某在推进某局园区招商项目中');
    expect(draft.sections.facts).toContain('联系电话×××××××××××');
    expect(draft.sections.facts).toContain('按××〔2026〕×号要求');
  });

  it('says what it replaced, for the reviewer, and finds nothing identifying left', async () => {
    const replaced = draft.manage?.replacements.map((r) => [r.kind, r.original, r.replacement]);
    expect(replaced).toEqual(
      expect.arrayContaining([
        ['PERSON', '张明', '张某'],
        ['PERSON', '张强', '张某某'],
        ['UNIT', '甲局', '某局'],
        ['MOBILE', '13812345678', '×××××××××××'],
        ['DATE', '2026年6月15日', '2026年6月'],
        ['DOCUMENT_NUMBER', '县纪〔2026〕3号', '××〔2026〕×号'],
      ]),
    );
    expect(draft.manage?.findings).toEqual([]);
    expect(draft.manage?.source).toMatchObject({ caseId: decided, type: 'TOLERANCE', number: expect.stringMatching(/^容〔2026〕\d+号$/) });
    expect(draft.manage?.identifiers).toMatchObject({ people: ['张明', '王书记', '李副书记', '赵常委'], colleagues: ['张强'], units: ['甲局', '甲局党组'] });
    expect(draft.manage?.actions).toEqual(['edit', 'publish']);
  });

  it('is one per case: a second answers 409 with the id of the first', async () => {
    const res = await w.as.discipline.post('/api/v1/typical-cases', { caseId: decided });
    expect(expectError(res, 409, 'DUPLICATE').details?.existingId).toBe(draft.id);
  });

  it('is audited', async () => {
    const rows = await w.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, draft.id));
    expect(rows.map((r) => r.action)).toEqual(['typical_case.create']);
    expect(rows[0]?.changes).toMatchObject({ sourceCaseId: { after: decided }, state: { after: 'DRAFT' } });
  });
});

describe('the draft of a decided accountability case', () => {
  it('tells the matter, the decision with its forms, and the grounds; the decision’s number is masked', async () => {
    const caseId = await decidedAccountabilityCase(w);
    const view = await draftFrom(w.as.discipline, caseId);
    expect(view.title).toBe('某局项目资金违规审批问责案例（诫勉）');
    expect(view.tags).toMatchObject({ type: 'ACCOUNTABILITY', outcome: 'ADMONISH', year: 2026 });
    expect(view.issuer).toBe('中共测试县纪律检查委员会');
    // 张强 is the subject here: he is 张某.
    expect(view.sections.facts).toContain('张某，系某局领导干部。');
    expect(view.sections.facts).toContain('某局项目资金违规审批。2026年3月，张某未经集体研究审批项目资金30万元');
    expect(view.sections.handling).toContain('决定对张某予以诫勉（××〔2026〕×号）。');
    expect(view.sections.analysis).toContain('中国共产党问责条例（2019）第八条');
    expect(JSON.stringify(view.sections)).not.toMatch(/张强|甲局|县纪发/);
  });
});

it('of two racing requests for one case, one drafts and the other gets 409 with its id; both bodies may draft', async () => {
  const other = await decidedToleranceCase(w);
  const results = await Promise.all([
    w.as.orgDept.post('/api/v1/typical-cases', { caseId: other }),
    w.as.discipline.post('/api/v1/typical-cases', { caseId: other }),
  ]);
  expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  const created = ok<TypicalCaseView>(results.find((r) => r.statusCode === 200) ?? results[0]);
  expect(expectError(results.find((r) => r.statusCode === 409) ?? results[0], 409, 'DUPLICATE').details?.existingId).toBe(created.id);
});
