import type { DashboardView, DrillView } from '@dandang/shared/dashboard/dashboard.schema';
import type { InboxPage, SweepResult } from '@dandang/shared/notifications/notification.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories';
import { ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { anonymousIdea, buildWorld, enterpriseAppeal, idOf, signInAgain, submitAs, type World } from './participation.test-support';

/*
 * What ideas and appeals give the modules that read them without importing them: the figures of 动态监测 and the
 * messages of the inbox. 城市建设 ideas go to 甲局 (reply within 10 working days), 营商环境 appeals to 乙局 (5). The
 * clock starts on Monday 2026-03-02, so an appeal of that day is due Monday 03-09.
 */

let w: World;
let admin: Session;
let adminName: string;
const ids: Record<string, string> = {};

const overview = async (s: Session) => ok<DashboardView>(await s.get('/api/v1/dashboard'));
const drill = async (s: Session, kpi: string) => ok<DrillView>(await s.get(`/api/v1/dashboard/drill/${kpi}`));
const figure = (view: DashboardView, code: string) => view.kpis.find((k) => k.code === code)?.value;
const inboxOf = async (s: Session, kind: string) => ok<InboxPage>(await s.get('/api/v1/notifications')).items.filter((i) => i.kind === kind);
const sweep = async () => ok<{ result: SweepResult }>(await admin.post('/api/v1/notifications/sweep')).result.bySource.PARTICIPATION_DUE;
async function moveTo(instant: string) {
  w.t.clock.advance(new Date(instant).getTime() - w.t.clock.now().getTime());
  await signInAgain(w);
  admin = await w.t.login(adminName);
}

beforeAll(async () => {
  w = await buildWorld();
  adminName = (await buildUser(w.t.database.db, { roles: ['sys_admin'], unitId: null })).username;
  admin = await w.t.login(adminName);
  await submitAs(w, anonymousIdea(w));
  await submitAs(w, { ...anonymousIdea(w), title: '建议增设社区停车位' });
  await submitAs(w, enterpriseAppeal(w));
  ids.idea = (await idOf(w, '建议在学校门口增设公交站')).id;
  ids.appeal = (await idOf(w, '厂区道路施工影响运输')).id;
});
afterAll(() => w.t.close());

describe('[participation] a new submission', () => {
  it('tells those who answer for the unit it is routed to, and nobody of another unit', async () => {
    const [told] = await inboxOf(w.as.adminA, 'PARTICIPATION_RECEIVED').then((m) => m.filter((i) => i.link === `/participation/${ids.idea}`));
    expect(told).toMatchObject({ title: '收到群众金点子：建议在学校门口增设公交站', kindLabel: '新收金点子/诉求' });
    expect(told?.body).toContain('2026-03-16');
    expect(await inboxOf(w.as.leaderA, 'PARTICIPATION_RECEIVED')).toHaveLength(2);
    // The appeal goes to 乙局: its administrator hears of it alone, the county-wide handler of all three.
    expect((await inboxOf(w.as.adminB, 'PARTICIPATION_RECEIVED')).map((i) => i.link)).toEqual([`/participation/${ids.appeal}`]);
    expect(await inboxOf(w.as.orgDept, 'PARTICIPATION_RECEIVED')).toHaveLength(3);
  });
});

describe('[participation] on 动态监测', () => {
  it('counts the ideas received and adopted this year, each equal to its drill-down, within the reader’s unit', async () => {
    const idea = await idOf(w, '建议在学校门口增设公交站');
    ok(await w.as.adminA.post(`/api/v1/participation/submissions/${idea.id}/actions/adopt`, { version: idea.version, answer: '采纳，已列入今年建设计划。' }));
    const view = await overview(w.as.orgDept);
    expect(figure(view, 'IDEAS_RECEIVED')).toBe(2);
    expect(figure(view, 'IDEAS_ADOPTED')).toBe(1);
    // The appeal is within its 5 working days.
    expect(figure(view, 'APPEALS_OVERDUE')).toBe(0);
    for (const code of ['IDEAS_RECEIVED', 'IDEAS_ADOPTED', 'APPEALS_OVERDUE']) {
      expect((await drill(w.as.orgDept, code)).rows.length, code).toBe(figure(view, code));
    }
    expect((await drill(w.as.orgDept, 'IDEAS_ADOPTED')).rows).toEqual([
      expect.objectContaining({ title: '建议在学校门口增设公交站', unitName: '甲局', date: '2026-03-02', status: '已采纳', href: `/participation/${idea.id}` }),
    ]);
    // 乙局 answers appeals only: its administrator sees no idea of 甲局.
    expect(figure(await overview(w.as.adminB), 'IDEAS_RECEIVED')).toBe(0);
    expect((await drill(w.as.adminB, 'IDEAS_RECEIVED')).rows).toEqual([]);
  });
});

describe('[participation] reply reminders', () => {
  it('reminds the unit’s handlers once as the deadline nears (2 working days), and once more when it has passed', async () => {
    expect(await sweep()).toBe(0);
    await moveTo('2026-03-05T09:00:00+08:00');
    expect(await sweep()).toBeGreaterThan(0);
    expect(await sweep()).toBe(0);
    const soon = await inboxOf(w.as.adminB, 'PARTICIPATION_DUE_SOON');
    expect(soon.map((i) => [i.title, i.link])).toEqual([['企业诉求“厂区道路施工影响运输”即将到答复期限', `/participation/${ids.appeal}`]]);
    expect(soon[0]?.body).toContain('2026-03-09');
    expect(await inboxOf(w.as.orgDept, 'PARTICIPATION_DUE_SOON')).toHaveLength(1);
    // The adopted idea is answered, the other is due 03-16: 甲局 hears nothing yet.
    expect(await inboxOf(w.as.adminA, 'PARTICIPATION_DUE_SOON')).toEqual([]);
    await moveTo('2026-03-10T09:00:00+08:00');
    expect(await sweep()).toBeGreaterThan(0);
    expect(await sweep()).toBe(0);
    expect((await inboxOf(w.as.adminB, 'PARTICIPATION_OVERDUE')).map((i) => i.link)).toEqual([`/participation/${ids.appeal}`]);
    expect(await inboxOf(w.as.adminA, 'PARTICIPATION_OVERDUE')).toEqual([]);
  });
});

describe('[participation] overdue on 动态监测 (read on 03-10)', () => {
  it('counts an appeal past its deadline without an answer as overdue, on the alert list of its unit only', async () => {
    const view = await overview(w.as.orgDept);
    expect(view.kpis.find((k) => k.code === 'APPEALS_OVERDUE')).toMatchObject({ value: 1, tone: 'danger' });
    const [row] = (await drill(w.as.orgDept, 'APPEALS_OVERDUE')).rows;
    expect(row).toMatchObject({ title: '某某精密制造有限公司：厂区道路施工影响运输', date: '2026-03-09', status: '已受理 · 逾期 1 个工作日' });
    expect(view.alerts.filter((a) => a.kpi === 'APPEALS_OVERDUE').map((a) => a.row.href)).toEqual([`/participation/${ids.appeal}`]);
    expect(figure(await overview(w.as.adminB), 'APPEALS_OVERDUE')).toBe(1);
    expect(figure(await overview(w.as.adminA), 'APPEALS_OVERDUE')).toBe(0);
    expect((await drill(w.as.adminA, 'APPEALS_OVERDUE')).rows).toEqual([]);
  });
});
