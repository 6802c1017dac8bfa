import { CN_NATIONAL_POLICY } from '@dandang/shared/policy/policy.schema';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUnit, buildUser } from '../../../test/factories';
import { ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';
import { policies } from '../../policy';
import { cadrePosts } from '../cadres.tables';

/*
 * 轮岗交流提醒 (issue 4 item 8): current posts held for the policy's period on today (2026-03-02 on the test clock),
 * 10 years for an ordinary post and 5 for a key one by default, exactly on the anniversary included.
 */

type Alerts = {
  asOf: string;
  policy: { years: number; keyPostYears: number };
  items: Array<{ name: string; yearsInPost: number; dueOn: string; unitName: string }>;
};

let t: TestApp;
let org: Session;
let unitAdmin: Session;
const u: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const root = await buildUnit(db, { name: '县委' });
  const a = await buildUnit(db, { parent: root, name: '甲局' });
  const b = await buildUnit(db, { parent: root, name: '乙镇' });
  const other = await buildUnit(db, { name: '他县' });
  Object.assign(u, { root: root.id, a: a.id, b: b.id, other: other.id, otherJ: other.jurisdictionId });
  const post = async (unitId: string, name: string, startedOn: string, extra: { isKey?: boolean; endedOn?: string } = {}) => {
    const cadre = await buildCadre(db, { unitId, name });
    await db.insert(cadrePosts).values({ cadreId: cadre.id, unitName: '任职单位', post: `${name}的职务`, startedOn, ...extra });
  };
  await post(a.id, '整十年', '2016-03-02');
  await post(a.id, '差一天', '2016-03-03');
  await post(a.id, '已离任', '2000-01-01', { endedOn: '2020-01-01' });
  await post(b.id, '关键五年', '2021-03-02', { isKey: true });
  await post(b.id, '关键差一天', '2021-03-03', { isKey: true });
  await post(other.id, '他县八年', '2018-03-01');
  org = await t.login((await buildUser(db, { roles: ['org_dept'], unitId: root.id })).username);
  unitAdmin = await t.login((await buildUser(db, { roles: ['unit_admin'], unitId: a.id })).username);
});
afterAll(() => t.close());

describe('GET /api/v1/cadres/rotation-alerts', () => {
  it('lists current posts that reached 10 years, or 5 for a key post, counting the anniversary itself', async () => {
    const alerts = ok<Alerts>(await org.get(`/api/v1/cadres/rotation-alerts?unitId=${u.root}`));
    expect(alerts.asOf).toBe('2026-03-02');
    expect(alerts.policy).toEqual({ years: 10, keyPostYears: 5 });
    // Units come in the tree's order; the two test units' ids (hence their order) are random.
    expect(alerts.items.map((i) => [i.unitName, i.name, i.yearsInPost, i.dueOn]).sort()).toEqual([
      ['乙镇', '关键五年', 5, '2026-03-02'],
      ['甲局', '整十年', 10, '2026-03-02'],
    ]);
  });

  it('keeps to the scope: a unit administrator sees its own unit, another unit lists no one', async () => {
    expect(ok<Alerts>(await unitAdmin.get('/api/v1/cadres/rotation-alerts')).items.map((i) => i.name)).toEqual(['整十年']);
    expect(ok<Alerts>(await unitAdmin.get(`/api/v1/cadres/rotation-alerts?unitId=${u.b}`)).items).toEqual([]);
  });

  it("applies the policy in force today for the unit's jurisdiction", async () => {
    await t.database.db.insert(policies).values({
      jurisdictionId: u.otherJ,
      code: 'TEST-other',
      versionNo: 1,
      name: '他县政策',
      status: 'active',
      effectiveFrom: '2026-01-01',
      document: { ...CN_NATIONAL_POLICY, code: 'TEST-other', rotation: { years: 8, keyPostYears: 3 } },
    });
    const alerts = ok<Alerts>(await org.get(`/api/v1/cadres/rotation-alerts?unitId=${u.other}`));
    expect(alerts.policy).toEqual({ years: 8, keyPostYears: 3 });
    expect(alerts.items.map((i) => [i.name, i.yearsInPost])).toEqual([['他县八年', 8]]);
  });

  it('exports the same list to Excel', async () => {
    const res = await org.get(`/api/v1/cadres/rotation-alerts.xlsx?unitId=${u.root}`);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const names: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => names.push(String(row.getCell(2).value)));
    expect(names[0]).toBe('姓名');
    expect(names.slice(1).sort()).toEqual(['关键五年', '整十年'].sort());
  });
});
