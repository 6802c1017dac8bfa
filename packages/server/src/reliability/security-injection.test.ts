import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../platform/db/client';
import { buildCounty, type County } from '../test/county';
import { buildCadre } from '../test/factories';
import { ok, signInSysAdmin } from '../test/http';
import { createTestApp, type Session, type TestApp } from '../test/test-app';

/*
 * 等保 2.0 三级, 入侵防范 and 数据完整性: SQL reaches the database only as parameters (Drizzle's query builder and
 * the `sql` tag), so an injection attempt in a search or a filter is just text that matches nothing, one in a text
 * field is stored and shown verbatim, and no statement is ever run from it. LIKE wildcards typed by a person are
 * literal (platform/db/like.ts). Malformed ids and bodies never answer 500 (platform/http/errors.test.ts).
 */

// Each within the shortest search field's 20 characters, so that every one reaches the query.
const INJECTIONS = ["' or '1'='1", "';drop table users--", '1) or (1=1', "' union select 1--", "\\';select 1;--", '%', '_', '\\'];

let t: TestApp;
let admin: Session;
let county: County;

const tableCount = async () =>
  (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`))[0]?.n;
/** How many rows a list answered: an array, or a page with its total. */
const totalOf = (answer: unknown) =>
  Array.isArray(answer) ? answer.length : ((answer as { total?: number; items: unknown[] }).total ?? (answer as { items: unknown[] }).items.length);

beforeAll(async () => {
  t = await createTestApp();
  admin = await signInSysAdmin(t);
  county = await buildCounty(t);
  for (const name of ['张三', '李四', '王五']) await buildCadre(t.database.db, { unitId: county.a.id, name });
});
afterAll(() => t.close());

describe('SQL injection', () => {
  it('in search and filter parameters matches nothing and breaks nothing', async () => {
    const tables = await tableCount();
    const searches = (term: string) => {
      const q = encodeURIComponent(term);
      return [
        [county.orgDept, `/api/v1/cadres?keyword=${q}`],
        [county.orgDept, `/api/v1/cadres?experience=${q}`],
        [county.orgDept, `/api/v1/cadres?rank=${q}`],
        [admin, `/api/v1/users?keyword=${q}`],
        [admin, `/api/v1/audit/operations?actor=${q}&action=${q}&entity=${q}`],
        [admin, `/api/v1/audit/logins?username=${q}&result=${q}`],
        [county.orgDept, `/api/v1/assessment/indicators?keyword=${q}`],
      ] as const;
    };
    for (const term of INJECTIONS) {
      for (const [session, url] of searches(term)) {
        const res = await session.get(url);
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
        // Nothing holds these strings, so a match would mean the term was read as SQL or as a wildcard.
        expect(totalOf(res.json()), url).toBe(0);
      }
    }
    expect(ok<{ items: unknown[] }>(await county.orgDept.get(`/api/v1/cadres?unitId=${county.a.id}`)).items).toHaveLength(3);
    expect(await tableCount()).toBe(tables);
  });

  it('in text fields is stored and answered verbatim, and then found only by itself', async () => {
    const tables = await tableCount();
    for (const [i, text] of INJECTIONS.entries()) {
      const name = `单位${i}${text}`;
      const unit = ok<{ id: string; name: string }>(await admin.post('/api/v1/units', { parentId: county.root.id, name, code: `INJ${i}`, type: 'government' }));
      expect(unit.name).toBe(name);
      expect(ok<{ name: string }>(await admin.get(`/api/v1/units/${unit.id}`)).name).toBe(name);
      const created = ok<{ user: { displayName: string } }>(
        await admin.post('/api/v1/users', { username: `inj${i}`, displayName: text, unitId: unit.id, roles: ['cadre'] }),
      );
      expect(created.user.displayName).toBe(text);
    }
    expect(await tableCount()).toBe(tables);
    const found = ok<{ items: Array<{ displayName: string }> }>(await admin.get(`/api/v1/users?keyword=${encodeURIComponent("' or '1'='1")}`));
    expect(found.items.map((u) => u.displayName)).toEqual(["' or '1'='1"]);
    expect(ok<{ items: unknown[] }>(await admin.get('/api/v1/users?keyword=%25')).items).toHaveLength(1);
  });
});
