import { templateHeader } from '@dandang/shared/cadres/cadre-import.rules';
import { IMPORT_COLUMNS, IMPORT_ERROR_COLUMN, type ImportSummary } from '@dandang/shared/cadres/cadre-import.schema';
import { idNumberCheckCharacter } from '@dandang/shared/cadres/id-number.rules';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../platform/db/client';
import { buildUnit, buildUser } from '../../../test/factories';
import { expectError, multipartBody, ok } from '../../../test/http';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app';
import { zip } from './zip.test-support';

/** Issue 4 item 3: the roster import end to end over HTTP, on PGlite and on PostgreSQL. */

const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);
/** A valid number for a birth date and gender, unique per `n`. */
const idFor = (birth: string, male: boolean, n: number) =>
  withCheck(`${String(330100 + Math.floor(n / 400)).padStart(6, '0')}${birth.replaceAll('-', '')}${String((n % 400) * 2 + (male ? 1 : 2)).padStart(3, '0')}`);

type Row = Record<string, string | number | Date | null>;
const HEADERS = IMPORT_COLUMNS.map((c) => c.header);

async function workbook(rows: Row[], options: { sheet?: string; headers?: string[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(options.sheet ?? '干部名册');
  const headers = options.headers ?? IMPORT_COLUMNS.map(templateHeader);
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h.replace('*', '')] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let serial = 0;
function person(unit: string, overrides: Row = {}): Row {
  serial += 1;
  const male = serial % 2 === 1;
  const birth = `19${70 + (serial % 25)}-0${1 + (serial % 9)}-1${serial % 10}`;
  return {
    姓名: `导入${serial}`,
    身份证号: idFor(birth, male, serial),
    性别: male ? '男' : '女',
    民族: '汉族',
    出生日期: birth,
    政治面貌: '中共党员',
    入党时间: '2010.07',
    全日制学历: '大学本科',
    所在单位: unit,
    现任职务: '科员',
    职务职级: '一级科员',
    联系电话: '13900000000',
    领域标签: '教育、党建',
    ...overrides,
  };
}

const multipart = (bytes: Buffer, filename = '名册.xlsx', field = 'file') => multipartBody(bytes, filename, field);

const WORKBOOK_XML = Buffer.from('<workbook><sheets><sheet name="干部名册" sheetId="1" r:id="rId1"/></sheets></workbook>');
const CFB = Buffer.from('d0cf11e0a1b11ae1', 'hex');

interface Job {
  id: string;
  status: string;
  phase: string;
  summary: ImportSummary | null;
  error: { code: string; message: string } | null;
}

describe('roster import', () => {
  let t: TestApp;
  let org: Session;
  let edu: Session;
  let eduUserId: string;
  let eduUnit: { id: string; code: string; name: string };
  let finUnit: { id: string; code: string; name: string };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const county = await buildUnit(db, { name: '测试县', code: 'TX' });
    eduUnit = await buildUnit(db, { parent: county, name: '测试县教育局', code: 'TX-JYJ' });
    finUnit = await buildUnit(db, { parent: county, name: '测试县财政局', code: 'TX-CZJ' });
    const orgUser = await buildUser(db, { roles: ['org_dept'], unitId: county.id });
    const eduUser = await buildUser(db, { roles: ['unit_admin'], unitId: eduUnit.id });
    eduUserId = eduUser.id;
    org = await t.login(orgUser.username);
    edu = await t.login(eduUser.username);
  });
  afterAll(() => t.close());

  const upload = (s: Session, bytes: Buffer, filename?: string) => {
    const { payload, headers } = multipart(bytes, filename);
    return s.request('POST', '/api/v1/cadres/imports', payload, headers);
  };
  async function finished(s: Session, id: string): Promise<Job> {
    for (let i = 0; i < 400; i++) {
      const job = ok<Job>(await s.get(`/api/v1/jobs/${id}`));
      if (job.status !== 'running') return job;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('import job did not finish');
  }
  async function preview(s: Session, bytes: Buffer): Promise<Job> {
    const res = await upload(s, bytes);
    expect(res.statusCode, res.body).toBe(202);
    const { job } = res.json() as { job: Job };
    expect(job).toMatchObject({ status: 'running', phase: 'parse' });
    return finished(s, job.id);
  }
  async function commit(s: Session, id: string): Promise<Job> {
    const res = await s.post(`/api/v1/cadres/imports/${id}/commit`);
    expect(res.statusCode, res.body).toBe(202);
    return finished(s, id);
  }
  const issues = async (s: Session, id: string) =>
    ok<{ items: Array<{ row: number; column: string; value: string; message: string }>; total: number }>(
      await s.get(`/api/v1/cadres/imports/${id}/issues?pageSize=500`),
    );
  /** Registers an import row's person directly, as the 干部名册 page would, so that a later import finds them there. */
  const register = (row: Row, unitId: string, more: Record<string, unknown> = {}) =>
    org.post('/api/v1/cadres', {
      name: row.姓名,
      idNumber: row.身份证号,
      gender: row.性别 === '男' ? '1' : '2',
      ethnicity: '01',
      birthDate: row.出生日期,
      politicalStatus: '01',
      education: '21',
      unitId,
      ...more,
    });
  const cadreCount = async () => (await t.database.rows<{ n: number }>(sql`select count(*)::int as n from cadres`))[0]?.n ?? 0;

  it('serves a template with marked headers, drop-downs, an example row and instructions; it re-imports cleanly', async () => {
    const res = await org.get('/api/v1/cadres/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('干部名册导入模板.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['干部名册', '说明', '字典']);
    expect(wb.getWorksheet('字典')?.state).toBe('hidden');
    const sheet = wb.getWorksheet('干部名册') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(IMPORT_COLUMNS.map(templateHeader));
    expect(sheet.getCell('A1').value).toBe('*姓名');
    expect(String(sheet.getCell('A2').value)).toContain('（示例）');
    const validation = sheet.getCell('C2').dataValidation;
    expect(validation).toMatchObject({ type: 'list' });
    expect(String(validation.formulae?.[0])).toContain('字典');

    // The template alone holds only the example row: nothing to import.
    const empty = await preview(org, res.rawPayload);
    expect(empty).toMatchObject({ status: 'failed', error: { code: 'IMPORT_ROW_COUNT' } });
    // With a row added below the example, the example is skipped and the row is valid.
    const added = person(eduUnit.code);
    sheet.addRow(IMPORT_COLUMNS.map((c) => added[c.header] ?? null));
    const job = await preview(org, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(job.summary).toEqual({ stage: 'validated', rows: 1, inserts: 1, updates: 0, unchanged: 0, errorCount: 0, errorRows: 0 });
  });

  it('lists every error of every row by row and column, and the error workbook marks them', async () => {
    const good = person(eduUnit.name);
    const badId = person(eduUnit.code);
    const id = String(badId.身份证号);
    const rows = [
      good,
      { ...badId, 身份证号: id.slice(0, 17) + (id[17] === '1' ? '2' : '1'), 民族: '火星族', 联系电话: '123' },
      person(eduUnit.code, { 性别: '女', 出生日期: '1980-02-30', 姓名: '' }),
      person('不存在的单位', { 政治面貌: '外星人', 入党时间: '明年' }),
    ];
    const job = await preview(org, await workbook(rows));
    expect(job.summary).toMatchObject({ rows: 4, inserts: 1, errorRows: 3 });
    const found = await issues(org, job.id);
    expect(found.total).toBe(job.summary?.errorCount);
    expect(found.items.map((i) => [i.row, i.column])).toEqual([
      [3, '身份证号'],
      [3, '民族'],
      [3, '联系电话'],
      [4, '姓名'],
      [4, '出生日期'],
      [5, '政治面貌'],
      [5, '入党时间'],
      [5, '所在单位'],
    ]);
    expect(found.items[0]?.message).toContain('校验码');
    // The full ID number is never stored with the issue.
    expect(found.items[0]?.value).toMatch(/^\d\*{16}[\dX]$/);
    expect(found.items[1]).toMatchObject({ value: '火星族', message: '“火星族”不是有效的民族（请从下拉列表中选择）' });

    const page = ok<{ items: unknown[]; total: number }>(await org.get(`/api/v1/cadres/imports/${job.id}/issues?page=2&pageSize=3`));
    expect(page.items).toHaveLength(3);
    expect(page.total).toBe(8);

    const res = await org.get(`/api/v1/cadres/imports/${job.id}/error-workbook`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('干部名册导入错误.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('干部名册') as ExcelJS.Worksheet;
    const errorColumn = HEADERS.length + 1;
    expect(sheet.getRow(1).getCell(errorColumn).value).toBe(IMPORT_ERROR_COLUMN);
    expect(sheet.getRow(2).getCell(errorColumn).value ?? null).toBeNull();
    expect(String(sheet.getRow(3).getCell(errorColumn).value)).toContain('校验码');
    expect(String(sheet.getRow(3).getCell(errorColumn).value)).toContain('电话号码格式不正确');
    expect((sheet.getRow(3).getCell(HEADERS.indexOf('民族') + 1).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(sheet.getRow(3).getCell(HEADERS.indexOf('姓名') + 1).fill).toBeUndefined();

    // A preview with errors cannot be committed.
    expectError(await org.post(`/api/v1/cadres/imports/${job.id}/commit`), 409, 'STATE_CONFLICT');
  });

  it('reports the ID number disagreeing with birth date and gender, and every row of a duplicate', async () => {
    const a = person(eduUnit.code);
    const mismatch = person(eduUnit.code);
    const job = await preview(
      org,
      await workbook([
        a,
        { ...person(eduUnit.code), 身份证号: a.身份证号 },
        { ...mismatch, 入党时间: '', 出生日期: '1999-12-31', 性别: mismatch.性别 === '男' ? '女' : '男' },
        { ...person(eduUnit.code), 身份证号: a.身份证号 },
      ]),
    );
    const found = (await issues(org, job.id)).items;
    expect(found.filter((i) => i.message.includes('重复')).map((i) => [i.row, i.message])).toEqual([
      [2, '身份证号与本文件第 3、5 行重复'],
      [3, '身份证号与本文件第 2、5 行重复'],
      [5, '身份证号与本文件第 2、3 行重复'],
    ]);
    expect(found.filter((i) => i.row === 4).map((i) => i.message)).toEqual([
      expect.stringContaining('与填写的出生日期 1999-12-31 不一致'),
      '身份证号第17位（奇数为男、偶数为女）与填写的性别不一致',
    ]);
    expect(job.summary).toMatchObject({ inserts: 0, errorRows: 4 });
  });

  it('updates by ID number: the preview shows the diff, the commit applies it in one audited step', async () => {
    const existing = person(eduUnit.code);
    const created = ok<{ id: string; version: number }>(await register(existing, eduUnit.id, { post: '科员', rank: 'clerk_1' }));
    const fresh = person(finUnit.code);
    // Promoted and moved to 财政局; the empty 职务职级 cell keeps the stored rank.
    const edited = { ...existing, 现任职务: '副科长', 所在单位: finUnit.code, 职务职级: '' };
    const before = await cadreCount();
    const job = await preview(org, await workbook([edited, fresh]));
    expect(job.summary).toMatchObject({ rows: 2, inserts: 1, updates: 1, unchanged: 0, errorCount: 0 });
    const changes = ok<{
      items: Array<{
        row: number;
        action: string;
        name: string;
        idNumberMasked: string;
        fields: Array<{ field: string; before: string | null; after: string | null }>;
      }>;
      total: number;
    }>(await org.get(`/api/v1/cadres/imports/${job.id}/changes`));
    expect(changes.total).toBe(2);
    const update = changes.items[0];
    expect(update).toMatchObject({ row: 2, action: 'update', name: existing.姓名 });
    expect(update?.idNumberMasked).toMatch(/^\d\*{16}[\dX]$/);
    expect(update?.fields.map((f) => [f.field, f.before, f.after])).toEqual(
      expect.arrayContaining([
        ['unitId', eduUnit.name, finUnit.name],
        ['post', '科员', '副科长'],
        ['fieldTags', null, '教育、党建'],
      ]),
    );
    // An empty cell keeps the stored value: the rank is not cleared.
    expect(update?.fields.some((f) => f.field === 'rank')).toBe(false);
    expect(changes.items[1]).toMatchObject({ row: 3, action: 'insert' });
    expect(changes.items[1]?.fields).toContainEqual({ field: 'gender', label: '性别', before: null, after: fresh.性别 });

    const done = await commit(org, job.id);
    expect(done.error).toBeNull();
    expect(done).toMatchObject({ status: 'succeeded', phase: 'commit', summary: { stage: 'committed', inserts: 1, updates: 1 } });
    expect(await cadreCount()).toBe(before + 1);
    const after = ok<{ post: string; unitId: string; rank: string; version: number }>(await org.get(`/api/v1/cadres/${created.id}`));
    expect(after).toMatchObject({ post: '副科长', unitId: finUnit.id, rank: 'clerk_1', version: created.version + 1 });
    const audit = await t.database.rows<{ changes: Record<string, { after: unknown }> }>(
      sql`select changes from audit_log where action = 'cadre.import' and entity_id = ${job.id}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]?.changes.inserts?.after).toBe(1);
    expect(audit[0]?.changes.updates?.after).toBe(1);
    // Committed once only.
    expectError(await org.post(`/api/v1/cadres/imports/${job.id}/commit`), 409, 'STATE_CONFLICT');
    // The same file again changes nothing.
    const again = await preview(org, await workbook([edited]));
    expect(again.summary).toMatchObject({ inserts: 0, updates: 0, unchanged: 1 });
  });

  it('is all or nothing: a failure in the middle of the commit leaves nothing written', async () => {
    const existing = person(eduUnit.code);
    const created = ok<{ id: string; version: number; post: string }>(await register(existing, eduUnit.id));
    const job = await preview(org, await workbook([{ ...existing, 现任职务: '局长' }, person(eduUnit.code), person(eduUnit.code)]));
    expect(job.summary).toMatchObject({ inserts: 2, updates: 1, errorCount: 0 });
    // The update runs first; the last insert then breaks a NOT NULL constraint.
    await t.database.rows(sql`update cadre_import_rows set values = values - 'name' where job_id = ${job.id} and row = 4`);
    const before = await cadreCount();
    const failed = await commit(org, job.id);
    expect(failed).toMatchObject({ status: 'failed', phase: 'commit', error: { code: 'INTERNAL' } });
    expect(await cadreCount()).toBe(before);
    expect(ok<{ post: string; version: number }>(await org.get(`/api/v1/cadres/${created.id}`))).toMatchObject({ post: '', version: created.version });
    expect(await t.database.rows(sql`select 1 from audit_log where action = 'cadre.import' and entity_id = ${job.id}`)).toHaveLength(0);
  });

  it('fails the commit when the registry changed since the preview', async () => {
    const row = person(eduUnit.code);
    const job = await preview(org, await workbook([row]));
    // Someone registers the same person before the commit.
    const created = await register(row, eduUnit.id);
    expect(created.statusCode).toBe(200);
    const failed = await commit(org, job.id);
    expect(failed.error?.code).toBe('IMPORT_STALE');
    expect(failed.error?.message).toContain('第 2 行');
  });

  describe('malformed files are refused and nothing is written', () => {
    it.each([
      ['a Word .doc', Buffer.concat([CFB, Buffer.alloc(2000, 1)]), 400, 'IMPORT_NOT_XLSX'],
      [
        'a password-protected workbook',
        Buffer.concat([CFB, Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]),
        400,
        'IMPORT_ENCRYPTED',
      ],
      ['a CSV file', Buffer.from('姓名,身份证号\n张三,110105198506010011\n'), 400, 'IMPORT_NOT_XLSX'],
      ['random bytes', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 400, 'IMPORT_NOT_XLSX'],
      ['an empty file', Buffer.alloc(0), 400, 'IMPORT_NOT_XLSX'],
      ['a zip that is no workbook', zip([{ name: 'hello.txt', data: Buffer.from('hi') }]), 400, 'IMPORT_NOT_XLSX'],
      [
        'a zip bomb (compression ratio)',
        zip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          { name: 'xl/workbook.xml', data: WORKBOOK_XML },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(40 * 1024 * 1024, 0x20) },
        ]),
        400,
        'IMPORT_ZIP_BOMB',
      ],
      [
        'a zip bomb (lying about its size)',
        zip([
          { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
          { name: 'xl/workbook.xml', data: WORKBOOK_XML },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x20), declaredSize: 1000 },
        ]),
        400,
        'IMPORT_ZIP_BOMB',
      ],
      ['50 MB of junk', Buffer.alloc(50 * 1024 * 1024, 0x41), 413, 'PAYLOAD_TOO_LARGE'],
    ] as const)('%s', async (_, bytes, status, code) => {
      const jobs = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from background_jobs`);
      const body = expectError(await upload(org, bytes as Buffer), status, code);
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await t.database.rows<{ n: number }>(sql`select count(*)::int as n from background_jobs`)).toEqual(jobs);
    });

    it('a workbook without the 干部名册 sheet', async () => {
      const body = expectError(await upload(org, await workbook([person(eduUnit.code)], { sheet: 'Sheet1' })), 400, 'IMPORT_SHEET_MISSING');
      expect(body.message).toContain('Sheet1');
    });

    it('a sheet without required headers fails the job naming them, writing no cadre', async () => {
      const before = await cadreCount();
      const job = await preview(org, await workbook([{ 姓名: '张三' }], { headers: ['姓名', '性别', '备注'] }));
      expect(job).toMatchObject({ status: 'failed', error: { code: 'IMPORT_HEADERS_INVALID' } });
      expect(job.error?.message).toContain('身份证号、民族、出生日期、政治面貌、全日制学历、所在单位');
      expect(await cadreCount()).toBe(before);
    });

    it('a request without a file', async () => {
      expectError(await org.post('/api/v1/cadres/imports', {}), 400, 'IMPORT_NOT_XLSX');
    });
  });

  describe('data scope (unit admin of 教育局, scope unit)', () => {
    it('cannot import into another unit nor update a cadre of another unit; the error does not name that unit', async () => {
      const elsewhere = person(finUnit.code);
      ok(await register(elsewhere, finUnit.id));
      const job = await preview(edu, await workbook([person(eduUnit.code), person(finUnit.code), { ...elsewhere, 所在单位: eduUnit.code }]));
      const found = (await issues(edu, job.id)).items;
      expect(found.map((i) => [i.row, i.column, i.message])).toEqual([
        [3, '所在单位', `单位“${finUnit.code}”不在您的管理范围内`],
        [4, '身份证号', '该身份证号已登记在您管理范围以外的干部名下，不能导入或修改'],
      ]);
      expect(JSON.stringify(found)).not.toContain(finUnit.name);
      expect(job.summary).toMatchObject({ inserts: 1, updates: 0 });
    });

    it("cannot read, download or commit another user's import (404)", async () => {
      const job = await preview(org, await workbook([person(eduUnit.code)]));
      for (const path of ['', '/file']) expectError(await edu.get(`/api/v1/jobs/${job.id}${path}`), 404, 'NOT_FOUND');
      for (const path of ['issues', 'changes', 'error-workbook']) expectError(await edu.get(`/api/v1/cadres/imports/${job.id}/${path}`), 404, 'NOT_FOUND');
      expectError(await edu.post(`/api/v1/cadres/imports/${job.id}/commit`), 404, 'NOT_FOUND');
      const mine = await t.database.rows<{ n: number }>(sql`select count(*)::int as n from background_jobs where owner_id = ${eduUserId} and id = ${job.id}`);
      expect(mine[0]?.n).toBe(0);
    });

    it('a user without cadre.write cannot start an import', async () => {
      const reader = await buildUser(t.database.db, { roles: ['cadre'] });
      const s = await t.login(reader.username);
      expectError(await upload(s, await workbook([person(eduUnit.code)])), 403, 'FORBIDDEN');
    });
  });
});
