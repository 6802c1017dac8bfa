import type { DashboardView, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import type { InboxPage, SweepResult } from '@dandang/shared/notifications/notification.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUser } from '../../test/factories';
import { fileOpenObjection, recordCampaign } from '../../test/honors';
import { ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * What honors gives the modules that read it without importing it: the figure of 动态监测 (the cadres honored this
 * year, by nominating unit) and the reminder that a campaign whose notice has run out can be published. The clock
 * reads Monday 2026-03-02; the campaigns are written as the workflow leaves them (test/honors.ts).
 */

let t: TestApp;
let county: County;
let admin: Session;
const ids: Record<string, string> = {};

const overview = async (s: Session) => ok<DashboardView>(await s.get('/api/v1/dashboard'));
const drill = async (s: Session, query = '') => ok<DrillView>(await s.get(`/api/v1/dashboard/drill/HONORS_PUBLISHED${query}`));
const figureOf = async (s: Session) => (await overview(s)).kpis.find((k) => k.code === 'HONORS_PUBLISHED');
const sweep = async () => ok<{ result: SweepResult }>(await admin.post('/api/v1/notifications/sweep')).result;
const inboxOf = async (s: Session) => ok<InboxPage>(await s.get('/api/v1/notifications')).items.filter((i) => i.kind === 'HONOR_PUBLISHABLE');

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  county = await buildCounty(t);
  admin = await t.login((await buildUser(db, { roles: ['sys_admin'], unitId: null })).username);
  const jurisdictionId = county.root.jurisdictionId;
  const a1 = await buildCadre(db, { unitId: county.a.id, name: '甲表彰' });
  const a2 = await buildCadre(db, { unitId: county.a.id, name: '甲公示' });
  const b1 = await buildCadre(db, { unitId: county.b.id, name: '乙表彰' });
  const published = await recordCampaign(db, {
    jurisdictionId,
    title: '2025年度担当实干好干部评选',
    publishedOn: '2026-02-20',
    nominees: [
      { cadreId: a1.id, unitId: county.a.id },
      { cadreId: b1.id, unitId: county.b.id },
    ],
  });
  ids.published = published.id;
  // Published last year: outside the dashboard's period (the year so far).
  await recordCampaign(db, { jurisdictionId, title: '2024年度先进典型', publishedOn: '2025-12-20', nominees: [{ cadreId: a1.id, unitId: county.a.id }] });
  // Under notice: shortlisted, not honored; its notice ended on Friday, so it may be published now.
  ids.ended = (
    await recordCampaign(db, { jurisdictionId, title: '2026年一季度先进典型', noticeEndsOn: '2026-02-27', nominees: [{ cadreId: a2.id, unitId: county.a.id }] })
  ).id;
  await recordCampaign(db, { jurisdictionId, title: '公示未满的评选', noticeEndsOn: '2026-03-06', nominees: [{ cadreId: a2.id, unitId: county.a.id }] });
  const held = await recordCampaign(db, {
    jurisdictionId,
    title: '有异议的评选',
    noticeEndsOn: '2026-02-27',
    nominees: [{ cadreId: b1.id, unitId: county.b.id }],
  });
  await fileOpenObjection(db, held.nominationIds[0] as string);
});
afterAll(() => t.close());

describe('[honors] on 动态监测', () => {
  it('counts the cadres honored this year, equal to the drill-down, each row opening its campaign', async () => {
    const figure = await figureOf(county.orgDept);
    expect(figure).toMatchObject({ group: 'participation', basis: 'flow', value: 2 });
    const rows = (await drill(county.orgDept)).rows;
    expect(rows).toHaveLength(figure?.value ?? -1);
    expect(rows.map((r) => [r.title, r.unitName, r.date, r.href]).sort()).toEqual(
      [
        ['乙表彰 获评担当实干好干部', '乙局', '2026-02-20', `/honors/${ids.published}`],
        ['甲表彰 获评担当实干好干部', '甲局', '2026-02-20', `/honors/${ids.published}`],
      ].sort(),
    );
    const trend = (await overview(county.orgDept)).trends.series.find((s) => s.code === 'HONORS_PUBLISHED');
    expect(trend?.values.at(-2)).toBe(2);
  });

  it('gives a unit administrator their own unit’s honored cadres only', async () => {
    expect((await figureOf(county.unitAdminA))?.value).toBe(1);
    expect((await drill(county.unitAdminA)).rows.map((r) => r.cadreName)).toEqual(['甲表彰']);
    expect((await drill(county.orgDept, `?unitId=${county.b.id}`)).rows.map((r) => r.cadreName)).toEqual(['乙表彰']);
  });
});

describe('[honors] the reminder to publish', () => {
  it('tells the organizers of a campaign whose notice has ended and nothing holds back, once', async () => {
    expect((await sweep()).bySource.HONOR_PUBLISHABLE).toBe(1);
    expect((await sweep()).bySource.HONOR_PUBLISHABLE).toBe(0);
    const told = await inboxOf(county.orgDept);
    expect(told.map((m) => [m.title, m.link])).toEqual([['“2026年一季度先进典型”公示期满，可以发布', `/honors/${ids.ended}`]]);
    expect(told[0]?.body).toContain('2026-02-27');
    // Nominating is not organizing: a unit administrator holds no honor.manage.
    expect(await inboxOf(county.unitAdminA)).toEqual([]);
  });
});
