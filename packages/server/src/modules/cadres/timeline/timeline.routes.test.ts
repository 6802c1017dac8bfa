import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty } from '../../../test/county';
import { buildCadre, buildUser } from '../../../test/factories';
import { recordCampaign } from '../../../test/honors';
import { expectError, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';
import { roleGrants } from '../../org/org.tables';
import { cadrePosts } from '../cadres.tables';
import { supervisionRecords } from '../supervision.tables';
import { talentPoolMembers, talentPools } from '../talent-pool.tables';

/*
 * The profile timeline: every source the viewer may read, each within the viewer's scope for its own permission.
 * Single grants of shipped roles are narrowed, as an administrator would on the 角色权限 page.
 */

type Timeline = {
  cadreId: string;
  sources: Array<{ source: string }>;
  entries: Array<{ date: string; kind: string; title: string; detail: string; link?: string; source: string }>;
};

let t: TestApp;
const w: Record<string, { id: string; username?: string }> = {};
const s: Record<string, Session> = {};

const timelineOf = async (viewer: string, cadreId = w.cadre?.id) => ok<Timeline>(await s[viewer]?.get(`/api/v1/cadres/${cadreId}/timeline`));
const sourcesIn = (tl: Timeline) => [...new Set(tl.entries.map((e) => e.source))].sort();

/** Narrows one grant of a shipped role in this test's database, as an administrator would on the 角色权限 page. */
async function setGrant(roleCode: string, permission: string, scope: string | null) {
  const db = t.database.db;
  await db.delete(roleGrants).where(and(eq(roleGrants.roleCode, roleCode), eq(roleGrants.permission, permission)));
  if (scope) await db.insert(roleGrants).values({ roleCode, permission, scope });
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const { a, b, ...county } = await buildCounty(t);
  s.org = county.orgDept;
  s.adminA = county.unitAdminA;
  const cadre = await buildCadre(db, { unitId: a.id, name: '甲时' });
  w.cadre = cadre;
  await db.insert(cadrePosts).values([
    { cadreId: cadre.id, unitId: a.id, unitName: '甲局', post: '副局长', startedOn: '2019-04-01', isKey: true },
    { cadreId: cadre.id, unitId: a.id, unitName: '甲局', post: '科员', startedOn: '2012-07-01', endedOn: '2019-03-31' },
  ]);
  const [pool] = await db.insert(talentPools).values({ name: '经济发展 科级', level: 'SECTION' }).returning();
  await db.insert(talentPoolMembers).values({
    poolId: (pool as { id: string }).id,
    cadreId: cadre.id,
    status: 'ACTIVE',
    reason: '招商引资成效突出',
    nominatedAt: new Date('2025-03-01T10:00:00+08:00'),
    enteredOn: '2025-04-01',
  });
  await db.insert(supervisionRecords).values([
    { cadreId: cadre.id, kind: 'TALK', occurredOn: '2025-09-10', conductedBy: '县委组织部 张部长', topics: '工作作风' },
    { cadreId: cadre.id, kind: 'TALK', occurredOn: '2025-10-08', revokedAt: new Date('2025-10-20T10:00:00+08:00'), revokedReason: '误登记' },
  ]);
  // A unit leader who may not read measures; a discipline officer whose measure.read covers only their own unit.
  await setGrant('unit_leader', 'measure.read', null);
  await setGrant('discipline', 'measure.read', 'unit');
  Object.assign(w, {
    adminB: await buildUser(db, { roles: ['unit_admin'], unitId: b.id }),
    self: await buildUser(db, { roles: ['cadre'], unitId: a.id, cadreId: cadre.id }),
    other: await buildUser(db, { roles: ['cadre'], unitId: a.id, cadreId: (await buildCadre(db, { unitId: a.id })).id }),
  });
  for (const key of ['adminB', 'self', 'other']) s[key] = await t.login(String(w[key]?.username));
  w.noMeasures = await buildUser(db, { roles: ['unit_leader'], unitId: a.id });
  w.countyReader = await buildUser(db, { roles: ['discipline'], unitId: b.id });
  s.noMeasures = await t.login(String(w.noMeasures.username));
  s.countyReader = await t.login(String(w.countyReader.username));

  const decision = { decidingBody: '县纪委监委', documentNo: '县纪发〔2025〕9号' };
  const m = ok<{ id: string; version: number }>(
    await s.org?.post(`/api/v1/cadres/${cadre.id}/measures`, { ...decision, code: 'ADMONISH', effectiveOn: '2025-09-10' }),
  );
  ok(await s.org?.post(`/api/v1/measures/${m.id}/revoke`, { reason: '经复查予以纠正', version: m.version }));
  ok(await s.org?.put(`/api/v1/cadres/${cadre.id}/annual-grades/2024`, { grade: 'EXCELLENT' }));
  // An honor published, and a campaign still under notice whose shortlist is nobody's honor yet.
  const nominees = [{ cadreId: cadre.id, unitId: a.id }];
  w.honor = await recordCampaign(db, { jurisdictionId: a.jurisdictionId, title: '2025年度担当实干好干部评选', publishedOn: '2025-12-20', nominees });
  await recordCampaign(db, { jurisdictionId: a.jurisdictionId, title: '2026年度先进典型评选', noticeEndsOn: '2026-03-06', nominees });
});
afterAll(() => t.close());

describe('GET /api/v1/cadres/:id/timeline', () => {
  it('shows org_dept every source, newest first, with posts, measures (and their revocation), grades, supervision and pool entries', async () => {
    const tl = await timelineOf('org');
    expect(sourcesIn(tl)).toEqual(['grades', 'honors', 'measures', 'posts', 'supervision', 'talent_pool']);
    expect(tl.sources.map((x) => x.source)).toEqual(['posts', 'measures', 'grades', 'supervision', 'talent_pool', 'honors']);
    const dates = tl.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const titles = tl.entries.map((e) => `${e.date} ${e.title}`);
    expect(titles).toEqual(
      expect.arrayContaining([
        '2019-04-01 任副局长',
        '2012-07-01 任科员',
        '2025-09-10 诫勉',
        '2026-03-02 撤销诫勉',
        '2024-12-31 2024 年度考核：优秀',
        '2025-09-10 谈心谈话',
        '2025-10-20 撤销谈心谈话记录',
        '2025-03-01 推荐进入经济发展 科级',
        '2025-04-01 进入经济发展 科级',
        '2025-12-20 获评担当实干好干部',
      ]),
    );
  });

  it('shows a published honor on the day it was published, linked to its campaign, and no shortlist under notice', async () => {
    const honors = (await timelineOf('org')).entries.filter((e) => e.source === 'honors');
    expect(honors).toEqual([
      {
        date: '2025-12-20',
        kind: 'honors.GOOD_CADRE',
        title: '获评担当实干好干部',
        detail: '2025年度担当实干好干部评选',
        link: `/honors/${w.honor?.id}`,
        source: 'honors',
      },
    ]);
  });

  it('a unit administrator sees their own unit’s cadre in full, and another unit’s cadre answers 404', async () => {
    expect(sourcesIn(await timelineOf('adminA'))).toEqual(['grades', 'honors', 'measures', 'posts', 'supervision', 'talent_pool']);
    expectError(await s.adminB?.get(`/api/v1/cadres/${w.cadre?.id}/timeline`), 404, 'NOT_FOUND');
  });

  it('a viewer without measure.read sees no measures (and is not told the source exists)', async () => {
    const tl = await timelineOf('noMeasures');
    expect(sourcesIn(tl)).toEqual(['grades', 'honors', 'posts']);
    expect(tl.sources.map((x) => x.source)).toEqual(['posts', 'grades', 'honors']);
  });

  it('each source keeps its own scope: measure.read for another unit hides this cadre’s measures', async () => {
    // A discipline officer holds no honor.read: the honors are not theirs to see.
    expect(sourcesIn(await timelineOf('countyReader'))).toEqual(['grades', 'posts', 'supervision']);
  });

  it('a cadre sees their own timeline and 404 for a colleague', async () => {
    expect(sourcesIn(await timelineOf('self'))).toEqual(['grades', 'honors', 'measures', 'posts', 'supervision']);
    expectError(await s.other?.get(`/api/v1/cadres/${w.cadre?.id}/timeline`), 404, 'NOT_FOUND');
    expectError(await s.org?.get(`/api/v1/cadres/${crypto.randomUUID()}/timeline`), 404, 'NOT_FOUND');
  });
});
