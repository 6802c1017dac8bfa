import type { DashboardView } from '@dandang/shared/dashboard/dashboard.schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { openDatabase } from '../../platform/db/client';
import { buildCounty, type County } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { ok } from '../../test/http';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';

/*
 * DATABASE_READ_URL (ARCHITECTURE.md, "Deployment for a province"): 动态监测 reads its figures from the read replica
 * and writes the audit of an export to the primary. A second, empty database stands in for the replica, so a figure
 * read from it differs from the primary's and shows where the read went.
 */

let replica: TestDatabase;
let t: TestApp;
let county: County;

beforeAll(async () => {
  replica = await createTestDatabase();
  t = await createTestApp({ reader: replica.database.db });
  county = await buildCounty(t);
  await buildCadre(t.database.db, { unitId: county.a.id, name: '甲一' });
  await buildCadre(t.database.db, { unitId: county.b.id, name: '乙一' });
});
afterAll(async () => {
  await t.close();
  await replica.cleanup();
});

describe('a read replica', () => {
  it('serves the dashboard’s figures and lists', async () => {
    const view = ok<DashboardView>(await county.orgDept.get('/api/v1/dashboard'));
    // Two cadres on the primary; the stand-in replica has none.
    expect(view.kpis.find((k) => k.code === 'CADRES')?.value).toBe(0);
    expect(ok<{ rows: unknown[] }>(await county.orgDept.get('/api/v1/dashboard/drill/CADRES')).rows).toEqual([]);
  });

  it('is never written: the audit of an export goes to the primary', async () => {
    expect((await county.orgDept.get('/api/v1/dashboard/drill/CADRES/export.xlsx')).statusCode).toBe(200);
    const exported = eq(auditLog.action, 'dashboard.export');
    expect(await t.database.db.select().from(auditLog).where(exported)).toHaveLength(1);
    expect(await replica.database.db.select().from(auditLog).where(exported)).toHaveLength(0);
  });

  it('is refused beside the embedded engine, which has none', async () => {
    await expect(openDatabase({ readDatabaseUrl: 'postgres://replica.invalid/dandang' })).rejects.toThrow(/DATABASE_READ_URL/);
  });
});
