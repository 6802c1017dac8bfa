import type { AnnualGradeEntry } from '@dandang/shared/cadres/annual-grade.schema';
import { checkGradeEntry } from '@dandang/shared/cadres/annual-grade-entry.rules';
import { checkCadreProfile } from '@dandang/shared/cadres/cadre-profile.rules';
import { ROLE_CODES } from '@dandang/shared/org/permissions';
import { annualGradeEffects } from '@dandang/shared/rules/annual-grade.rules';
import { MEASURE_CODES, type MeasureCode } from '@dandang/shared/rules/measures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../platform/audit/audit.service';
import { rowCounts } from '../platform/backup/backup';
import { createFieldCipher } from '../platform/crypto/sm';
import { type Database, sql } from '../platform/db/client';
import { ok } from '../test/http';
import { createTestApp, TEST_FIELD_KEY, type TestApp } from '../test/test-app';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { DemoExists, seedDemo } from './demo';
import { DEMO_COUNTY, type DemoUnit } from './demo-county.data';

const PASSWORD = 'Demo-Pass-2026!';
const cipher = createFieldCipher(TEST_FIELD_KEY);
// The test app's clock stands at 2026-03-02 (Beijing): the demo is loaded as of that day.
const OPTIONS = { cadres: 200, seed: 7, password: PASSWORD, cipher, today: '2026-03-02' };

let t: TestApp;
let result: Awaited<ReturnType<typeof seedDemo>>;
const others: TestDatabase[] = [];

const unitsInTree = (u: DemoUnit): number => 1 + (u.children ?? []).reduce((n, c) => n + unitsInTree(c), 0);
const cadreIdsAndNames = (database: Database) => database.rows<{ id: string; name: string }>(sql`select id::text as id, name from cadres order by id`);
const count = async (database: Database, query: ReturnType<typeof sql>) => Number((await database.rows<{ n: number }>(query))[0]?.n);

beforeAll(async () => {
  t = await createTestApp();
  result = await seedDemo(t.database, OPTIONS);
});
afterAll(async () => {
  for (const db of others) await db.cleanup();
  await t.close();
});

describe('demo county seed', () => {
  it('loads about forty units, the requested 200 cadres and one account per role', async () => {
    expect(result.units).toBe(unitsInTree(DEMO_COUNTY));
    expect(result.units).toBeGreaterThanOrEqual(35);
    expect(result.units).toBeLessThanOrEqual(50);
    expect(result.cadres).toBe(200);
    expect(
      await count(t.database, sql`select count(*)::int as n from units u join jurisdictions j on j.id = u.jurisdiction_id where j.code = 'DEMO-SFX'`),
    ).toBe(result.units);
    expect(await count(t.database, sql`select count(*)::int as n from cadres`)).toBe(200);
    expect(new Set(result.accounts.map((a) => a.role))).toEqual(new Set(ROLE_CODES));
    expect(await count(t.database, sql`select count(*)::int as n from users where username like 'demo\\_%'`)).toBe(result.accounts.length);
    // Every unit has a path that starts with its parent's, and every cadre sits in a demo unit.
    expect(await count(t.database, sql`select count(*)::int as n from units c join units p on p.id = c.parent_id where c.path not like p.path || '%'`)).toBe(0);
    expect(await count(t.database, sql`select count(*)::int as n from cadres k left join units u on u.id = k.unit_id where u.id is null`)).toBe(0);
    // The public 金点子/企业诉求 page has categories to choose from, each answered by a unit of the county.
    expect(await count(t.database, sql`select count(*)::int as n from participation_categories c join units u on u.id = c.unit_id where c.active`)).toBe(8);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('gives the same cadres, names and ids from the same seed in another database, and different ones from another seed', async () => {
    const same = await createTestDatabase();
    const other = await createTestDatabase();
    others.push(same, other);
    await seedDemo(same.database, OPTIONS);
    await seedDemo(other.database, { ...OPTIONS, seed: 8 });
    const mine = await cadreIdsAndNames(t.database);
    expect(mine).toHaveLength(200);
    expect(await cadreIdsAndNames(same.database)).toEqual(mine);
    const theirs = await cadreIdsAndNames(other.database);
    expect(theirs.map((c) => c.id)).not.toEqual(mine.map((c) => c.id));
    const unitIds = (d: Database) => d.rows(sql`select id::text, code, path from units order by code`);
    expect(await unitIds(same.database)).toEqual(await unitIds(t.database));
    const records = (d: Database) =>
      d.rows(sql`select m.id::text, m.cadre_id::text, m.code, m.effective_on::text, m.revoked_at::text from measures m order by m.id`);
    expect(await records(same.database)).toEqual(await records(t.database));
    const grades = (d: Database) => d.rows(sql`select cadre_id::text, year, grade from annual_grades order by cadre_id, year`);
    expect(await grades(same.database)).toEqual(await grades(t.database));
  });

  it('refuses a second load into the same database with DemoExists, adding nothing', async () => {
    const before = await rowCounts(t.database);
    await expect(seedDemo(t.database, OPTIONS)).rejects.toBeInstanceOf(DemoExists);
    await expect(seedDemo(t.database, { ...OPTIONS, seed: 99 })).rejects.toThrow(/已经加载/);
    expect(await rowCounts(t.database)).toEqual(before);
  });

  it('lets every demo account sign in, each role with its own set of permissions', async () => {
    const byRole = new Map<string, string>();
    for (const account of result.accounts) {
      const s = await t.login(account.username, PASSWORD);
      const me = ok<{ username: string; roles: string[]; permissions: Record<string, string>; mustChangePassword: boolean; unitName: string }>(
        await s.get('/api/v1/auth/me'),
      );
      expect(me).toMatchObject({ username: account.username, roles: [account.role], mustChangePassword: false, unitName: account.unitName });
      const permissions = JSON.stringify(Object.entries(me.permissions).sort());
      if (byRole.has(account.role)) expect(permissions, account.role).toBe(byRole.get(account.role));
      byRole.set(account.role, permissions);
    }
    expect(byRole.size).toBe(ROLE_CODES.length);
    expect(new Set(byRole.values()).size).toBe(ROLE_CODES.length);
  });

  it('scopes the demo accounts as their roles say: the unit administrator sees one bureau, the cadre only themself', async () => {
    const admin = await t.login('demo_unit_admin', PASSWORD);
    const page = ok<{ items: Array<{ unitName: string }>; total: number }>(await admin.get('/api/v1/cadres?pageSize=500'));
    expect(page.total).toBeGreaterThan(0);
    expect(page.total).toBeLessThan(200);
    expect(new Set(page.items.map((c) => c.unitName))).toEqual(new Set(['示范县教育局']));
    const cadre = await t.login('demo_cadre', PASSWORD);
    const me = ok<{ cadreId: string }>(await cadre.get('/api/v1/auth/me'));
    expect(me.cadreId).toBeTruthy();
    expect(ok<{ items: Array<{ id: string }>; total: number }>(await cadre.get('/api/v1/cadres'))).toMatchObject({ total: 1, items: [{ id: me.cadreId }] });
    const org = await t.login('demo_org', PASSWORD);
    expect(ok<{ total: number }>(await org.get('/api/v1/cadres/count')).total).toBe(200);
  });

  it('gives every cadre a synthetic, valid ID number that agrees with the profile, and one current post', async () => {
    type Row = { birth_date: string; gender: string; id_number_enc: string; id_number_digest: string; party_joined_on: string | null; work_started_on: string };
    const rows = await t.database.rows<Row>(
      sql`select birth_date::text, gender, id_number_enc, id_number_digest, party_joined_on::text, work_started_on::text from cadres`,
    );
    expect(rows).toHaveLength(200);
    for (const r of rows) {
      const idNumber = cipher.decrypt(r.id_number_enc);
      expect(idNumber.slice(0, 2)).toBe('99'); // no real province has the code 99
      expect(cipher.digest(idNumber)).toBe(r.id_number_digest);
      const facts = { birthDate: r.birth_date, gender: r.gender, idNumber, partyJoinedOn: r.party_joined_on, workStartedOn: r.work_started_on };
      expect(checkCadreProfile(facts), idNumber).toEqual([]);
    }
    expect(new Set(rows.map((r) => r.id_number_digest)).size).toBe(200);
    expect(await count(t.database, sql`select count(*)::int as n from cadre_posts where ended_on is null`)).toBe(200);
    expect(await count(t.database, sql`select count(distinct cadre_id)::int as n from cadre_posts`)).toBe(200);
    expect(
      await count(
        t.database,
        sql`select count(*)::int as n from cadre_posts p join cadres c on c.id = p.cadre_id where p.ended_on is null and (p.post <> c.post or p.unit_id <> c.unit_id)`,
      ),
    ).toBe(0);
    // The app reading the seeded records shows the number masked.
    const org = await t.login('demo_org', PASSWORD);
    const page = ok<{ items: Array<{ idNumberMasked: string }> }>(await org.get('/api/v1/cadres?pageSize=5'));
    for (const c of page.items) expect(c.idNumberMasked).toMatch(/^9\*{16}[\dX]$/);
  });
});

describe('demo county records (issue 4 item 10)', () => {
  it('gives most cadres two to four posts that follow each other, some key posts, and some held for ten years or more', async () => {
    const perCadre = await t.database.rows<{ n: number; people: number }>(
      sql`select n, count(*)::int as people from (select cadre_id, count(*)::int as n from cadre_posts group by cadre_id) x group by n order by n`,
    );
    expect(Math.max(...perCadre.map((r) => r.n))).toBeLessThanOrEqual(4);
    const withHistory = perCadre.filter((r) => r.n >= 2).reduce((a, r) => a + r.people, 0);
    expect(withHistory).toBeGreaterThan(140);
    // Posts of one cadre do not overlap, and each ends before it starts nowhere.
    expect(
      await count(
        t.database,
        sql`select count(*)::int as n from cadre_posts a join cadre_posts b on a.cadre_id = b.cadre_id and a.id <> b.id
            where a.started_on <= coalesce(b.ended_on, '9999-12-31') and b.started_on <= coalesce(a.ended_on, '9999-12-31')`,
      ),
    ).toBe(0);
    expect(await count(t.database, sql`select count(*)::int as n from cadre_posts where ended_on < started_on`)).toBe(0);
    expect(await count(t.database, sql`select count(*)::int as n from cadre_posts where is_key`)).toBeGreaterThan(0);
    expect(await count(t.database, sql`select count(*)::int as n from cadre_posts where ended_on is null and started_on <= date '2016-03-02'`)).toBeGreaterThan(
      0,
    );
  });

  it('records measures of every code, some revoked, every 停职检查 but one lifted, and bars ending within 30 days', async () => {
    const codes = await t.database.rows<{ code: string }>(sql`select distinct code from measures`);
    expect(codes.map((c) => c.code).sort()).toEqual([...MEASURE_CODES].sort());
    expect(await count(t.database, sql`select count(*)::int as n from measures where revoked_at is not null`)).toBeGreaterThan(0);
    expect(await count(t.database, sql`select count(*)::int as n from measures where code = 'ORG_SUSPEND' and lifted_on is null`)).toBe(1);
    expect(await count(t.database, sql`select count(*)::int as n from measures where code = 'ORG_SUSPEND' and lifted_on is not null`)).toBeGreaterThan(0);
    expect(await count(t.database, sql`select count(*)::int as n from measures where effective_on > date '2026-03-02'`)).toBe(0);
    const org = await t.login('demo_org', PASSWORD);
    const alerts = ok<{ items: Array<{ daysLeft: number }> }>(await org.get('/api/v1/measures/alerts?withinDays=30'));
    expect(alerts.items.length).toBeGreaterThanOrEqual(5);
    for (const a of alerts.items) expect(a.daysLeft).toBeLessThanOrEqual(30);
  });

  it('grades the last three years, mostly 称职 with about 15 % 优秀, every grade one the API would accept', async () => {
    const rows = await t.database.rows<{ cadre_id: string; year: number; grade: string }>(sql`select cadre_id::text, year, grade from annual_grades`);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2023, 2024, 2025]));
    const share = (grade: string) => rows.filter((r) => r.grade === grade).length / rows.length;
    expect(share('COMPETENT')).toBeGreaterThan(0.6);
    expect(share('EXCELLENT')).toBeGreaterThan(0.08);
    expect(share('EXCELLENT')).toBeLessThan(0.22);
    expect(share('BASIC')).toBeGreaterThan(0);
    const measures = await t.database.rows<{
      cadre_id: string;
      code: MeasureCode;
      effective_on: string;
      months: number | null;
      lifted_on: string | null;
      revoked: boolean;
    }>(sql`select cadre_id::text, code, effective_on::text, months, lifted_on::text, revoked_at is not null as revoked from measures`);
    for (const g of rows) {
      const records = measures
        .filter((m) => m.cadre_id === g.cadre_id)
        .map((m) => ({ code: m.code, effectiveOn: m.effective_on, months: m.months ?? undefined, liftedOn: m.lifted_on ?? undefined, revoked: m.revoked }));
      const check = checkGradeEntry(g.year, g.grade as AnnualGradeEntry, annualGradeEffects({ year: g.year, measures: records }));
      expect(check.allowed, `${g.cadre_id} ${g.year} ${g.grade}`).toBe(true);
    }
  });

  it('fills three to four talent pools with active and nominated members, and supervision records of every kind', async () => {
    const pools = await t.database.rows<{ name: string; active: number; nominated: number }>(
      sql`select p.name, count(*) filter (where m.status = 'ACTIVE')::int as active, count(*) filter (where m.status = 'NOMINATED')::int as nominated
          from talent_pools p join talent_pool_members m on m.pool_id = p.id group by p.name`,
    );
    expect(pools.length).toBeGreaterThanOrEqual(3);
    expect(pools.length).toBeLessThanOrEqual(4);
    for (const p of pools) expect(p.active + p.nominated, p.name).toBeGreaterThan(0);
    expect(pools.reduce((a, p) => a + p.nominated, 0)).toBeGreaterThan(0);
    expect(pools.reduce((a, p) => a + p.active, 0)).toBeGreaterThan(0);
    const kinds = await t.database.rows<{ kind: string }>(sql`select distinct kind from supervision_records order by kind`);
    expect(kinds.map((k) => k.kind)).toEqual(['ADMONISH', 'INQUIRY', 'REMINDER', 'TALK']);
    // Every 诫勉 record is the record of an ADMONISH measure of the same cadre and day.
    expect(
      await count(
        t.database,
        sql`select count(*)::int as n from supervision_records s left join measures m on m.id = s.measure_id
            where s.kind = 'ADMONISH' and (m.code is distinct from 'ADMONISH' or m.cadre_id <> s.cadre_id or m.effective_on <> s.occurred_on)`,
      ),
    ).toBe(0);
    expect(await count(t.database, sql`select count(*)::int as n from supervision_records where kind = 'ADMONISH'`)).toBe(
      await count(t.database, sql`select count(*)::int as n from measures where code = 'ADMONISH'`),
    );
  });
});
