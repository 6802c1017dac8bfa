import type { TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, fieldPaths, ok } from '../../test/http';
import { buildWorld, decidedToleranceCase, draftFrom, editOf, typicalCaseOf, type World } from './typical-cases.test-support';

/*
 * Review of free text (issue 6 item 6.3): the publisher edits the draft; publishing is refused while a name, a unit,
 * an ID or a phone number of the source case remains, and without the reviewer's confirmation. 草稿 → 已发布 → 已撤回 →
 * 草稿 again for rework.
 */

let w: World;
let id: string;
const url = (suffix = '') => `/api/v1/typical-cases/${id}${suffix}`;
const current = () => typicalCaseOf(w.as.discipline, id);

beforeAll(async () => {
  w = await buildWorld();
  id = (await draftFrom(w.as.discipline, await decidedToleranceCase(w))).id;
});
afterAll(() => w.t.close());

describe('editing the draft', () => {
  it('names every bad field', async () => {
    const view = await current();
    const res = await w.as.discipline.put(url(), {
      version: view.version,
      title: '',
      sections: { handling: '很短', analysis: view.sections.analysis },
      tags: { outcome: 'LUCKY', year: 1900, keywords: ['这是一个超过二十个字的非常非常非常长的关键词啊啊'] },
    });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['sections.facts', 'sections.handling', 'tags.keywords.0', 'tags.outcome', 'tags.year', 'title'].sort());
  });

  it('refuses an outcome of the other kind of case, naming tags.outcome', async () => {
    const view = await current();
    const res = await w.as.discipline.put(url(), { ...editOf(view), tags: { ...editOf(view).tags, outcome: 'ADMONISH' } });
    expect(expectError(res, 400, 'VALIDATION_FAILED').details?.fields).toEqual([
      { path: 'tags.outcome', message: expect.stringContaining('容错纠错案例的处理结果应为 EXEMPT（免责）') },
    ]);
  });

  it('saves a name typed back in, and says what now identifies the case, field by field', async () => {
    const view = await current();
    const saved = ok<TypicalCaseView>(
      await w.as.discipline.put(url(), editOf(view, { facts: `张明在甲局工作。${view.sections.facts}`, keywords: ['招商引资'] })),
    );
    expect(saved.version).toBe(view.version + 1);
    expect(saved.tags.keywords).toEqual(['招商引资']);
    expect(saved.manage?.findings.map((f) => [f.field, f.kind, f.text, f.blocking])).toEqual([
      ['sections.facts', 'PERSON', '张明', true],
      ['sections.facts', 'UNIT', '甲局', true],
    ]);
  });

  it('refuses a stale version with 409', async () => {
    const view = await current();
    expectError(await w.as.discipline.put(url(), { ...editOf(view), version: view.version - 1 }), 409, 'VERSION_CONFLICT');
  });
});

describe('publishing', () => {
  it('needs the reviewer’s confirmation, naming reviewed', async () => {
    const { version } = await current();
    const res = await w.as.discipline.post(url('/publish'), { version, reviewed: false });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['reviewed']);
  });

  it('is refused while a name of the case remains, saying which and where (422 REDACTION_INCOMPLETE)', async () => {
    const { version } = await current();
    const body = expectError(await w.as.discipline.post(url('/publish'), { version, reviewed: true }), 422, 'REDACTION_INCOMPLETE');
    expect(body.message).toBe('以下内容仍可识别当事人，请修改后再发布：基本案情含姓名“张明”；基本案情含单位名称“甲局”');
    expect(body.details?.fields).toEqual([{ path: 'sections.facts', message: '仍含有姓名“张明”、单位名称“甲局”，请改写后再发布' }]);
    expect((await current()).state).toBe('DRAFT');
  });

  it('is refused for a phone number typed into the title, too', async () => {
    const view = await current();
    const edited = ok<TypicalCaseView>(
      await w.as.discipline.put(url(), editOf(view, { title: '咨询电话13912345678', facts: view.sections.facts.replace('张明在甲局工作。', '') })),
    );
    const body = expectError(await w.as.discipline.post(url('/publish'), { version: edited.version, reviewed: true }), 422, 'REDACTION_INCOMPLETE');
    expect(body.details?.fields).toEqual([{ path: 'title', message: '仍含有手机号码“13912345678”，请改写后再发布' }]);
  });

  it('is refused to a reader: 403', async () => {
    const { version } = await current();
    expectError(await w.as.cadre.post(url('/publish'), { version, reviewed: true }), 403, 'FORBIDDEN');
    expectError(await w.as.unitAdminA.put(url(), editOf(await current())), 403, 'FORBIDDEN');
  });

  it('goes through once the text is clean, and the case is no longer editable', async () => {
    const view = await current();
    const clean = ok<TypicalCaseView>(await w.as.discipline.put(url(), editOf(view, { title: '园区招商项目先行先试失误获免责' })));
    const published = ok<TypicalCaseView>(await w.as.orgDept.post(url('/publish'), { version: clean.version, reviewed: true }));
    expect(published).toMatchObject({ state: 'PUBLISHED', stateLabel: '已发布', publishedAt: w.t.clock.now().toISOString() });
    expect(published.manage?.actions).toEqual(['withdraw']);
    const res = await w.as.discipline.put(url(), editOf(published));
    expect(expectError(res, 409, 'STATE_CONFLICT').message).toBe('案例当前为“已发布”，只有“草稿”的案例可以保存修改');
  });
});

describe('withdrawing and rework', () => {
  it('a withdrawal needs its reason', async () => {
    const { version } = await current();
    expect(fieldPaths(await w.as.discipline.post(url('/withdraw'), { version }))).toEqual(['reason']);
  });

  it('takes the case from readers (404), and keeps who and why', async () => {
    const { version } = await current();
    const withdrawn = ok<TypicalCaseView>(await w.as.discipline.post(url('/withdraw'), { version, reason: '案情表述需进一步斟酌' }));
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect(withdrawn.manage?.withdrawal).toMatchObject({ byName: '纪委干部', reason: '案情表述需进一步斟酌' });
    expectError(await w.as.cadre.get(url()), 404, 'NOT_FOUND');
  });

  it('a withdrawn case is reworked as a draft and published again', async () => {
    const reworked = ok<TypicalCaseView>(await w.as.discipline.post(url('/rework'), { version: (await current()).version }));
    expect([reworked.state, reworked.manage?.actions]).toEqual(['DRAFT', ['edit', 'publish']]);
    const again = ok<TypicalCaseView>(await w.as.discipline.post(url('/publish'), { version: reworked.version, reviewed: true }));
    expect([again.state, again.manage?.withdrawal]).toEqual(['PUBLISHED', null]);
    ok(await w.as.cadre.get(url()));
  });

  it('a published case is withdrawn before it is reworked', async () => {
    const { version } = await current();
    expectError(await w.as.discipline.post(url('/rework'), { version }), 409, 'STATE_CONFLICT');
  });

  it('every write is in the audit log', async () => {
    const rows = await w.t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.seq);
    expect(rows.map((r) => r.action)).toEqual([
      'typical_case.create',
      'typical_case.update',
      'typical_case.update',
      'typical_case.update',
      'typical_case.publish',
      'typical_case.withdraw',
      'typical_case.rework',
      'typical_case.publish',
    ]);
  });
});
