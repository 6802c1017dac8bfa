import { checkCadreProfile } from '@dandang/shared/cadres/cadre-profile.rules';
import { ROLE_CODES } from '@dandang/shared/org/permissions';
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
const OPTIONS = { cadres: 200, seed: 7, password: PASSWORD, cipher };

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
    expect(ok<{ total: number }>(await org.get('/api/v1/cadres')).total).toBe(200);
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
        sql`select count(*)::int as n from cadre_posts p join cadres c on c.id = p.cadre_id where p.post <> c.post or p.unit_id <> c.unit_id`,
      ),
    ).toBe(0);
    // The app reading the seeded records shows the number masked.
    const org = await t.login('demo_org', PASSWORD);
    const page = ok<{ items: Array<{ idNumberMasked: string }> }>(await org.get('/api/v1/cadres?pageSize=5'));
    for (const c of page.items) expect(c.idNumberMasked).toMatch(/^99\d{4}\*{8}\d{3}[\dX]$/);
  });
});
