import { eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { expectError, fieldPaths, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';
import { honorSignals } from './cadre-honors.service';
import { honorObjections } from './honors.tables';

/*
 * 评先评优 (DOMAIN.md §10) end to end over HTTP on a real database: a campaign with quotas, nominations screened by the
 * rules core, review, a public notice of 5 working days (the test clock starts on Monday 2026-03-02, so it ends on
 * Friday 03-06), objections filed without an account that suspend a nominee, resolution, publication, the honor on
 * the profile and as an assessment bonus item.
 */

type Nomination = { id: string; cadreId: string; state: string; refusals: Array<{ code: string; text: string }>; suspended: boolean; version: number };
type Objection = { id: string; nominationId: string; state: string; version: number };
type Detail = {
  id: string;
  state: string;
  version: number;
  noticeStartsOn: string | null;
  noticeEndsOn: string | null;
  quotas: Array<{ unitId: string; quota: number; used: number }>;
  nominations: Nomination[];
  objections: Objection[] | null;
};
type Notice = { open: boolean; issuer: string; nominees: Array<{ id: string; name: string; suspended: boolean }> };

const DAY = 24 * 3600 * 1000;
let t: TestApp;
let county: County;
let org: Session;
let unitA: Session;
let self: Session;
const w: Record<string, { id: string; username?: string }> = {};
let campaign: Detail;

const deeds = '牵头完成重点项目攻坚，群众满意度显著提升';

async function grade(cadreId: string, year: number, value: string) {
  ok(await org.put(`/api/v1/cadres/${cadreId}/annual-grades/${year}`, { grade: value }));
}
const detail = async () => ok<Detail>(await org.get(`/api/v1/honors/campaigns/${campaign.id}`));
const nominationOf = (d: Detail, cadreId: string) => d.nominations.find((n) => n.cadreId === cadreId) as Nomination;
const act = async (action: string) => {
  const current = await detail();
  return org.post(`/api/v1/honors/campaigns/${campaign.id}/actions/${action}`, { version: current.version });
};

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  org = county.orgDept;
  unitA = county.unitAdminA;
  const db = t.database.db;
  w.good = await buildCadre(db, { unitId: county.a.id, name: '甲优秀' });
  w.barred = await buildCadre(db, { unitId: county.a.id, name: '甲诫勉' });
  w.third = await buildCadre(db, { unitId: county.a.id, name: '甲第三' });
  w.other = await buildCadre(db, { unitId: county.b.id, name: '乙干部' });
  for (const c of [w.good, w.barred, w.third, w.other]) await grade(c?.id as string, 2025, 'COMPETENT');
  ok(
    await org.post(`/api/v1/cadres/${w.barred?.id}/measures`, {
      code: 'ADMONISH',
      effectiveOn: '2026-01-15',
      decidingBody: '县纪委监委',
      documentNo: '县纪〔2026〕3号',
    }),
  );
  w.selfUser = await buildUser(db, { roles: ['cadre'], unitId: county.a.id, cadreId: w.good?.id });
  self = await t.login(w.selfUser?.username as string);
});
afterAll(() => t.close());

describe('campaign and nominations', () => {
  it('refuses bad input naming every field, and leaves nothing behind', async () => {
    const res = await org.post('/api/v1/honors/campaigns', { title: '', kind: 'MEDAL', year: 1800, nominationEndsOn: '2026-02-30', quotas: [] });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res).sort()).toEqual(['kind', 'nominationEndsOn', 'quotas', 'title', 'year']);
    const past = await org.post('/api/v1/honors/campaigns', {
      title: '2026年度担当实干好干部评选',
      kind: 'GOOD_CADRE',
      year: 2026,
      nominationEndsOn: '2026-03-01',
      quotas: [{ unitId: county.a.id, quota: 1 }],
    });
    expect(fieldPaths(past)).toEqual(['nominationEndsOn']);
    expect(ok<unknown[]>(await org.get('/api/v1/honors/campaigns'))).toEqual([]);
  });

  it('lets only the organization department start a campaign', async () => {
    const body = {
      title: '2026年度担当实干好干部评选',
      kind: 'GOOD_CADRE',
      year: 2026,
      nominationEndsOn: '2026-03-20',
      quotas: [{ unitId: county.a.id, quota: 2 }],
    };
    expectError(await unitA.post('/api/v1/honors/campaigns', body), 403, 'FORBIDDEN');
    const created = ok<{ id: string; state: string }>(await org.post('/api/v1/honors/campaigns', body));
    expect(created.state).toBe('NOMINATING');
    campaign = ok<Detail>(await org.get(`/api/v1/honors/campaigns/${created.id}`));
    expect(campaign.quotas).toEqual([expect.objectContaining({ unitId: county.a.id, quota: 2, used: 0 })]);
  });

  it('screens each nominee: one under a 诫勉 is refused with the reason and frees the place', async () => {
    const good = ok<Nomination>(await unitA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: w.good?.id, deeds }));
    expect(good).toMatchObject({ state: 'ELIGIBLE', refusals: [] });
    const barred = ok<Nomination>(await unitA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: w.barred?.id, deeds }));
    expect(barred.state).toBe('REFUSED');
    expect(barred.refusals.map((r) => r.code)).toEqual(['ADMONISH']);
    expect(barred.refusals[0]?.text).toContain('诫勉（2026-01-15 生效）');
    expect((await detail()).quotas[0]?.used).toBe(1);
  });

  it('holds a unit to its quota and its own cadres, and a cadre to one nomination', async () => {
    ok(await unitA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: w.third?.id, deeds }));
    const fourth = await buildCadre(t.database.db, { unitId: county.a.id, name: '甲第四' });
    await grade(fourth.id, 2025, 'EXCELLENT');
    const full = await unitA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: fourth.id, deeds });
    expectError(full, 422, 'QUOTA_EXCEEDED');
    expect(full.json().message).toBe('本单位推荐名额 2 个已用完');
    expectError(await unitA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: w.good?.id, deeds }), 409, 'DUPLICATE');
    const foreign = await unitA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: w.other?.id, deeds });
    expect(fieldPaths(foreign)).toEqual(['cadreId']);
    const noQuota = await org.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: w.other?.id, deeds });
    expectError(noQuota, 422, 'QUOTA_EXCEEDED');
    expect(noQuota.json().message).toBe('本单位没有分配推荐名额');
    const bad = await unitA.post(`/api/v1/honors/campaigns/${campaign.id}/nominations`, { cadreId: 'x', deeds: '短' });
    expect(fieldPaths(bad).sort()).toEqual(['cadreId', 'deeds']);
    expect((await detail()).nominations).toHaveLength(3);
  });

  it('shows a cadre their own nomination only, and never the objections', async () => {
    const mine = ok<Detail>(await self.get(`/api/v1/honors/campaigns/${campaign.id}`));
    expect(mine.nominations.map((n) => n.cadreId)).toEqual([w.good?.id]);
    expect(mine.objections).toBeNull();
  });
});

describe('review, notice and objections', () => {
  it('re-screens at review, then shortlists', async () => {
    // A measure recorded after nomination refuses the nominee when review starts.
    ok(
      await org.post(`/api/v1/cadres/${w.third?.id}/measures`, {
        code: 'GOV_WARNING',
        effectiveOn: '2026-02-20',
        decidingBody: '县监委',
        documentNo: '县监〔2026〕2号',
      }),
    );
    expectError(await act('notice'), 409, 'STATE_CONFLICT');
    ok(await act('review'));
    const d = await detail();
    expect(nominationOf(d, w.third?.id as string).state).toBe('REFUSED');
    expectError(await act('notice'), 409, 'STATE_CONFLICT');
    const good = nominationOf(d, w.good?.id as string);
    expectError(await unitA.post(`/api/v1/honors/nominations/${good.id}/review`, { decision: 'SHORTLISTED', version: good.version }), 403, 'FORBIDDEN');
    const barred = nominationOf(d, w.barred?.id as string);
    expectError(await org.post(`/api/v1/honors/nominations/${barred.id}/review`, { decision: 'SHORTLISTED', version: barred.version }), 409, 'STATE_CONFLICT');
    expect(ok<Nomination>(await org.post(`/api/v1/honors/nominations/${good.id}/review`, { decision: 'SHORTLISTED', version: good.version })).state).toBe(
      'SHORTLISTED',
    );
  });

  it('opens a notice of 5 working days on a page that needs no login', async () => {
    const d = ok<Detail>(await act('notice'));
    expect(d).toMatchObject({ state: 'NOTICE', noticeStartsOn: '2026-03-02', noticeEndsOn: '2026-03-06' });
    const notice = ok<Notice>(await t.anonymous().get(`/api/v1/public/honor-notices/${campaign.id}`));
    expect(notice.open).toBe(true);
    expect(notice.issuer).toMatch(/组织部$/);
    expect(notice.nominees.map((n) => [n.name, n.suspended])).toEqual([['甲优秀', false]]);
  });

  it('takes an objection from anyone, suspends the nominee and answers with a query code', async () => {
    const nominee = nominationOf(await detail(), w.good?.id as string);
    const anonymous = t.anonymous();
    const bad = await anonymous.post(`/api/v1/public/honor-notices/${campaign.id}/objections`, { nominationId: nominee.id, realName: true, content: '太短' });
    expect(fieldPaths(bad).sort()).toEqual(['content', 'name', 'phone']);
    const receipt = ok<{ code: string }>(
      await anonymous.post(`/api/v1/public/honor-notices/${campaign.id}/objections`, {
        nominationId: nominee.id,
        realName: true,
        name: '张群众',
        phone: '13800001111',
        content: '反映该同志项目推进中存在虚报进度的情况',
      }),
    );
    expect(receipt.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const stored = await t.database.db.select().from(honorObjections);
    expect(JSON.stringify(stored)).not.toContain('13800001111');
    expect(JSON.stringify(stored)).not.toContain(receipt.code);
    const notice = ok<Notice>(await anonymous.get(`/api/v1/public/honor-notices/${campaign.id}`));
    expect(notice.nominees[0]?.suspended).toBe(true);
    const followed = ok<{ state: string; answer: string }>(
      await anonymous.get(`/api/v1/public/honor-objections/${receipt.code.toLowerCase().replaceAll('-', '')}`),
    );
    expect(followed).toMatchObject({ state: 'OPEN', answer: '' });
    expectError(await anonymous.get('/api/v1/public/honor-objections/ABCD-EFGH-JKMN'), 404, 'NOT_FOUND');
    const refused = await anonymous.post(`/api/v1/public/honor-notices/${campaign.id}/objections`, {
      nominationId: nominationOf(await detail(), w.barred?.id as string).id,
      realName: false,
      content: '对资格不符人员的异议也应拒收',
    });
    expect(fieldPaths(refused)).toEqual(['nominationId']);
  });

  it('shows the objector to the organizer only, and logs every look', async () => {
    const [objection] = (await detail()).objections as Objection[];
    expectError(await self.get(`/api/v1/honors/objections/${objection?.id}/objector`), 403, 'FORBIDDEN');
    expect(ok(await org.get(`/api/v1/honors/objections/${objection?.id}/objector`))).toEqual({ realName: true, name: '张群众', phone: '13800001111' });
    const logged = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'honor.objection.read_identity'));
    expect(logged).toHaveLength(1);
  });

  it('refuses publication while the notice runs and an objection is open', async () => {
    const res = await act('publish');
    expectError(res, 409, 'STATE_CONFLICT');
    expect(res.json().message).toContain('公示期至 2026-03-06 结束');
    expect(res.json().message).toContain('还有 1 件公示异议未办结');
  });

  it('resolves the objection as unfounded, which lifts the suspension and answers the objector', async () => {
    const [objection] = (await detail()).objections as Objection[];
    ok(
      await org.post(`/api/v1/honors/objections/${objection?.id}/resolve`, {
        outcome: 'DISMISSED',
        answer: '经核实，项目进度数据真实，反映不属实',
        version: objection?.version,
      }),
    );
    expectError(
      await org.post(`/api/v1/honors/objections/${objection?.id}/resolve`, { outcome: 'UPHELD', answer: '再次办结', version: (objection?.version ?? 0) + 1 }),
      409,
      'STATE_CONFLICT',
    );
    const notice = ok<Notice>(await t.anonymous().get(`/api/v1/public/honor-notices/${campaign.id}`));
    expect(notice.nominees[0]?.suspended).toBe(false);
  });
});

describe('publication', () => {
  it('publishes after the notice period: the honor is on the profile, in the bonus items and in the Word documents', async () => {
    t.clock.advance(7 * DAY);
    // Sessions lapse over a week: sign in again on the Monday after the notice.
    org = await t.login(county.users.orgDept.username);
    self = await t.login(w.selfUser?.username as string);
    unitA = await t.login(county.users.unitAdminA.username);
    const late = await t.anonymous().post(`/api/v1/public/honor-notices/${campaign.id}/objections`, {
      nominationId: nominationOf(await detail(), w.good?.id as string).id,
      realName: false,
      content: '公示期满后提交的异议应当被拒收',
    });
    expectError(late, 409, 'STATE_CONFLICT');
    const published = ok<Detail>(await act('publish'));
    expect(published.state).toBe('PUBLISHED');
    expect(nominationOf(published, w.good?.id as string).state).toBe('AWARDED');
    const honors = ok<Array<{ title: string; publishedOn: string }>>(await self.get(`/api/v1/cadres/${w.good?.id}/honors`));
    expect(honors).toEqual([expect.objectContaining({ title: '2026年度担当实干好干部评选', publishedOn: '2026-03-09' })]);
    expectError(await self.get(`/api/v1/cadres/${w.barred?.id}/honors`), 404, 'NOT_FOUND');

    const signals = await honorSignals(t.database.db, sql`select ${w.good?.id}::uuid`, { from: '2026-01-01', to: '2026-12-31' });
    expect(signals.get(w.good?.id as string)).toEqual(['2026-03-09 获评担当实干好干部（2026年度担当实干好干部评选）']);

    const text = async (file: string) => {
      const res = await org.get(`/api/v1/honors/campaigns/${campaign.id}/${file}.docx`);
      expect(res.statusCode).toBe(200);
      const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
      return xml.replace(/<[^>]+>/g, '');
    };
    const notice = await text('notice');
    expect(notice).toContain('拟表彰人选的公示');
    expect(notice).toContain('甲优秀');
    expect(notice).toContain('2026年3月2日至2026年3月6日');
    const certificates = await text('certificates');
    expect(certificates).toContain('2026-001　甲优秀（甲局科员）');
    expect(certificates).not.toContain('甲诫勉');
    expectError(await unitA.get(`/api/v1/honors/campaigns/${campaign.id}/notice.docx`), 403, 'FORBIDDEN');
    const audited = await t.database.db.select({ action: auditLog.action }).from(auditLog).where(sql`${auditLog.action} like 'honor%'`);
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining(['honor.campaign.create', 'honor.nominate', 'honor.objection.file', 'honor.campaign.publish']),
    );
  });
});

describe('an upheld objection', () => {
  it('drops the nominee from the notice, answers the anonymous objector, and leaves nobody to publish', async () => {
    const created = ok<{ id: string }>(
      await org.post('/api/v1/honors/campaigns', {
        title: '2026年度先进典型评选',
        kind: 'ADVANCED_MODEL',
        year: 2026,
        nominationEndsOn: '2026-03-20',
        quotas: [{ unitId: county.b.id, quota: 1 }],
      }),
    );
    const at = (action: string, version: number) => org.post(`/api/v1/honors/campaigns/${created.id}/actions/${action}`, { version });
    const nominee = ok<Nomination>(await org.post(`/api/v1/honors/campaigns/${created.id}/nominations`, { cadreId: w.other?.id, deeds }));
    ok(await at('review', 1));
    ok(await org.post(`/api/v1/honors/nominations/${nominee.id}/review`, { decision: 'SHORTLISTED', version: nominee.version }));
    ok(await at('notice', 2));
    const anonymous = t.anonymous();
    const { code } = ok<{ code: string }>(
      await anonymous.post(`/api/v1/public/honor-notices/${created.id}/objections`, {
        nominationId: nominee.id,
        realName: false,
        content: '该同志推荐材料中的主要事迹与实际不符',
      }),
    );
    const [objection] = ok<Detail>(await org.get(`/api/v1/honors/campaigns/${created.id}`)).objections as Objection[];
    expect(ok(await org.get(`/api/v1/honors/objections/${objection?.id}/objector`))).toEqual({ realName: false, name: null, phone: null });
    ok(
      await org.post(`/api/v1/honors/objections/${objection?.id}/resolve`, {
        outcome: 'UPHELD',
        answer: '经核实反映属实，已取消其拟表彰人选资格',
        version: objection?.version,
      }),
    );

    const d = ok<Detail>(await org.get(`/api/v1/honors/campaigns/${created.id}`));
    expect(nominationOf(d, w.other?.id as string).state).toBe('DROPPED');
    expect(ok<Notice>(await anonymous.get(`/api/v1/public/honor-notices/${created.id}`)).nominees).toEqual([]);
    expect(ok(await anonymous.get(`/api/v1/public/honor-objections/${code}`))).toMatchObject({
      state: 'UPHELD',
      answer: '经核实反映属实，已取消其拟表彰人选资格',
    });
    t.clock.advance(7 * DAY);
    org = await t.login(county.users.orgDept.username);
    const refused = await at('publish', d.version);
    expectError(refused, 409, 'STATE_CONFLICT');
    expect(refused.json().message).toBe('没有拟表彰人选');
  });
});
