import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUnit, buildUser } from '../../../test/factories';
import { expectError, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';
import { cadres } from '../cadres.tables';
import { DIRECT_EXPORT_MAX } from './export.service';

/* Roster export (issue 4 item 4): the filtered list, directly when short, as a background job with its file when long. */

type Job = { id: string; status: string; phase: string; done: number; total: number | null; fileName: string | null };

let t: TestApp;
let org: Session;
let unitAdmin: Session;
const u: Record<string, string> = {};

async function sheetRows(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

async function waitFor(session: Session, id: string): Promise<Job> {
  for (let i = 0; i < 300; i++) {
    const job = ok<Job>(await session.get(`/api/v1/jobs/${id}`));
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('job did not finish');
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const root = await buildUnit(db, { name: '县委' });
  const a = await buildUnit(db, { parent: root, name: '甲局' });
  const b = await buildUnit(db, { parent: root, name: '乙局' });
  Object.assign(u, { root: root.id, a: a.id, b: b.id });
  // Over the direct limit in unit A (young and old alternating), a few in B.
  const many = Array.from({ length: DIRECT_EXPORT_MAX + 10 }, (_, i) => ({
    name: `甲${String(i).padStart(4, '0')}`,
    gender: '1',
    birthDate: i % 2 === 0 ? '1995-01-01' : '1965-01-01',
    ethnicity: '01',
    education: '21',
    politicalStatus: '01',
    unitId: a.id,
  }));
  for (let i = 0; i < many.length; i += 500) await db.insert(cadres).values(many.slice(i, i + 500));
  for (const name of ['乙一', '乙二']) await buildCadre(db, { unitId: b.id, name, birthDate: '1995-01-01' });
  org = await t.login((await buildUser(db, { roles: ['org_dept'], unitId: root.id })).username);
  unitAdmin = await t.login((await buildUser(db, { roles: ['unit_admin'], unitId: b.id })).username);
});
afterAll(() => t.close());

describe('roster export', () => {
  it('downloads a short filtered list at once, with Chinese headers and labels, masked numbers, in scope', async () => {
    const res = await unitAdmin.get(`/api/v1/cadres/export.xlsx?ageMax=40`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('干部名册.xlsx'));
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0]?.slice(0, 4)).toEqual(['姓名', '性别', '民族', '出生日期']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['乙一', '乙二']);
    expect(rows[1]?.[1]).toBe('男');
  });

  it('sends a long list to the background instead', async () => {
    const res = await org.get(`/api/v1/cadres/export.xlsx?unitId=${u.a}`);
    expect(expectError(res, 409, 'STATE_CONFLICT').message).toContain('后台导出');
  });

  it('runs a background export of the filtered rows with progress, the file for its owner only', async () => {
    const started = await org.post('/api/v1/cadres/exports', { unitId: u.root, ageMax: 40 });
    expect(started.statusCode, started.body).toBe(202);
    const { job } = started.json() as { job: Job };
    const done = await waitFor(org, job.id);
    const expected = Math.ceil((DIRECT_EXPORT_MAX + 10) / 2) + 2;
    expect(done).toMatchObject({ status: 'succeeded', done: expected, total: expected, fileName: '干部名册.xlsx' });
    const file = await org.get(`/api/v1/jobs/${job.id}/file`);
    expect(file.statusCode).toBe(200);
    const rows = await sheetRows(file.rawPayload);
    expect(rows).toHaveLength(expected + 1);
    // The roster's order: unit by unit (each unit's rows together), then by name; every row passed the filter.
    const unitRuns = rows.slice(1).filter((r, i, all) => i === 0 || all[i - 1]?.[9] !== r[9]);
    expect(unitRuns.map((r) => r[9]).sort()).toEqual(['乙局', '甲局']);
    const inA = rows
      .slice(1)
      .filter((r) => r[9] === '甲局')
      .map((r) => r[0]);
    expect(inA).toEqual([...inA].sort());
    expect(rows.slice(1).every((r) => r[3] === '1995-01-01')).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(expected);
    expectError(await unitAdmin.get(`/api/v1/jobs/${job.id}`), 404, 'NOT_FOUND');
    expectError(await unitAdmin.get(`/api/v1/jobs/${job.id}/file`), 404, 'NOT_FOUND');
  });

  it('refuses a bad filter before starting anything', async () => {
    expectError(await org.post('/api/v1/cadres/exports', { ageMin: 50, ageMax: 40 }), 400, 'VALIDATION_FAILED');
  });
});
