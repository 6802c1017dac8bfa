import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CadreImportPage } from './pages/cadre-import.page';
import { CadresPage } from './pages/cadres.page';
import { LoginPage } from './pages/login.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const RESULTS = new URL('../test-results/', import.meta.url).pathname;
const SHEET = '干部名册';
const ERROR_COLUMN = '错误说明';
const UNIT = '示范县教育局';

/** A valid GB 11643 number for a birth date and a sequence (odd: a man, even: a woman), with its check character. */
function idNumber(birth: string, sequence: number): string {
  const first17 = `110105${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] as number), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The same number with a wrong check character. */
function withWrongCheck(id: string): string {
  return id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');
}

type Row = Record<string, string | Date>;

/** Header text as a person reads it: required columns may carry a * in the template. */
const plain = (header: string) => header.replace(/[*＊\s]/g, '');

/**
 * Edits a workbook as a person would in Excel: cells of the 干部名册 sheet are written by header into the given
 * Excel rows (the header row, drop-downs and other columns stay), and the result is saved under `name`.
 * `dropRows` first clears every data row, e.g. the template's example row.
 */
async function writeRows(source: string, rows: Map<number, Row>, name: string, dropRows = false): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  const sheet = workbook.getWorksheet(SHEET);
  if (!sheet) throw new Error(`${source} has no sheet ${SHEET}`);
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => columns.set(plain(String(cell.value ?? '')), col));
  if (dropRows && sheet.rowCount > 1) sheet.spliceRows(2, sheet.rowCount - 1);
  for (const [number, row] of rows) {
    const excelRow = sheet.getRow(number);
    for (const [header, value] of Object.entries(row)) {
      const col = columns.get(header);
      if (!col) throw new Error(`${source} has no column ${header}: ${[...columns.keys()].join('|')}`);
      excelRow.getCell(col).value = value;
    }
    excelRow.commit();
  }
  const path = join(RESULTS, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Rows numbered as Excel numbers them: the first data row is row 2. */
const fromRow2 = (rows: Row[]) => new Map(rows.map((row, i) => [i + 2, row]));

/** The 干部名册 sheet of a workbook as `{ header: text }` rows, with each row's Excel number. */
async function readSheet(path: string): Promise<{ headers: string[]; rows: { row: number; cells: Record<string, string> }[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new Error(`${path} has no sheet`);
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    headers[col - 1] = plain(String(cell.value ?? ''));
  });
  const rows: { row: number; cells: Record<string, string> }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((header, i) => {
      cells[header] = row.getCell(i + 1).text.trim();
    });
    rows.push({ row: number, cells });
  });
  return { headers, rows };
}

// A run marker keeps the names unique if the same database is used twice.
const run = Date.now().toString(36).slice(-4);
const person = (surname: string, birth: string, sequence: number, gender: '男' | '女') => ({
  name: `导入${surname}${run}`,
  id: idNumber(birth, sequence),
  birth,
  gender,
});
const people = {
  zhang: person('张', '1985-03-12', 11, '男'),
  wang: person('王', '1990-07-01', 22, '女'),
  li: person('李', '1978-11-30', 33, '男'),
  zhao: person('赵', '1995-01-05', 44, '女'),
  chen: person('陈', '1982-09-09', 55, '男'),
  zhou: person('周', '1988-04-18', 66, '女'),
  /** Already in the registry before the import: the import updates them by ID number. */
  sun: person('孙', '1980-02-29', 77, '男'),
};
type Person = (typeof people)[keyof typeof people];

/** A complete, valid row for a person. */
function rowOf(p: Person, overrides: Row = {}): Row {
  return {
    姓名: p.name,
    身份证号: p.id,
    性别: p.gender,
    民族: '汉族',
    出生日期: p.birth,
    政治面貌: '中共党员',
    全日制学历: '大学本科',
    所在单位: UNIT,
    现任职务: '科员',
    ...overrides,
  };
}

/** demo_org through the API, to arrange and check what the screens cannot show. */
let org: ApiClient;

/**
 * Types into the roster's 关键词 and presses Enter, as a person checking the import would, until the list shows
 * exactly these people.
 */
async function searchRoster(roster: CadresPage, keyword: string, expected: Person[]): Promise<void> {
  const field = session.page.getByLabel('关键词');
  await field.fill(keyword);
  await field.press('Enter');
  const names = expected.map((p) => p.name).sort();
  await expect
    .poll(
      async () => {
        await roster.loaded();
        return (await roster.column('姓名')).sort();
      },
      { timeout: 20_000 },
    )
    .toEqual(names);
}
let session: BrowserSession;
let importPage: CadreImportPage;
let templatePath: string;
/** The error workbook the page gave back for the first upload. */
let reportPath: string;

beforeAll(async () => {
  // 孙 is already on the roster (entered by hand earlier); the workbook will change their post and phone.
  org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  const units = (await org.request('GET', '/api/v1/units')).json as { id: string; name: string }[];
  const unit = units.find((u) => u.name === UNIT);
  if (!unit) throw new Error(`no unit ${UNIT}`);
  const created = await org.request('POST', '/api/v1/cadres', {
    name: people.sun.name,
    idNumber: people.sun.id,
    gender: '1',
    ethnicity: '01',
    birthDate: people.sun.birth,
    politicalStatus: '01',
    education: '21',
    unitId: unit.id,
    post: '办公室主任',
    phone: '13800000001',
  });
  if (created.status !== 201 && created.status !== 200) throw new Error(`create ${people.sun.name}: ${created.status} ${JSON.stringify(created.json)}`);

  session = await openBrowser();
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
  importPage = new CadreImportPage(session.page, baseUrl);
});
afterAll(async () => {
  await session?.close();
  await closeBrowser();
});

describe('roster import', () => {
  it('[CADRES][IMPORT]: the roster links to 干部导入, which offers the template with Chinese headers', async () => {
    const { page } = session;
    const roster = new CadresPage(page, baseUrl);
    await roster.open();
    await page.getByRole('button', { name: '批量导入' }).click();
    await page.waitForURL(`${baseUrl}/cadres/import`);
    await page.getByText('点击选择或将文件拖到此处上传').waitFor();
    expect(await importPage.currentStep()).toBe('下载模板');
    await settled(page);
    await screenshot(page, 'cadre-import-1-start');

    const template = await importPage.downloadTemplate('cadre-import-template.xlsx');
    templatePath = template.path;
    expect(template.name).toBe('干部名册导入模板.xlsx');
    const { headers } = await readSheet(templatePath);
    for (const header of ['姓名', '身份证号', '性别', '民族', '出生日期', '政治面貌', '全日制学历', '所在单位', '现任职务', '联系电话']) {
      expect(headers).toContain(header);
    }
    expect(await importPage.currentStep()).toBe('上传文件');
  });

  it('[CADRES][IMPORT]: a file that is not a workbook is refused with the reason, and nothing starts', async () => {
    const { page } = session;
    const text = join(RESULTS, 'cadre-import-notes.txt');
    writeFileSync(text, '姓名,身份证号\n张三,110105198503120011\n');
    await importPage.upload(text);
    await importPage.refusal().waitFor();
    expect(await importPage.refusal().innerText()).toContain('不是 Excel 工作簿');

    // Junk bytes named .xlsx pass the browser's check; the server reads them and refuses.
    const junk = join(RESULTS, 'cadre-import-junk.xlsx');
    writeFileSync(junk, Buffer.alloc(4096, 'not a zip file '));
    await Promise.all([page.waitForResponse((res) => res.url().endsWith('/api/v1/cadres/imports') && res.status() === 400), importPage.upload(junk)]);
    await importPage.refusal().filter({ hasText: 'cadre-import-junk.xlsx' }).waitFor();
    expect(await importPage.refusal().innerText()).toMatch(/不是 Excel 工作簿/);
    expect(new URL(page.url()).search).toBe('');
    await settled(page);
    await screenshot(page, 'cadre-import-2-refused');

    // A workbook that opens but lacks the required columns: the check starts, then stops with the reason.
    const headless = new ExcelJS.Workbook();
    const sheet = headless.addWorksheet(SHEET);
    sheet.addRow(['姓名', '备注']);
    sheet.addRow(['张三', '只有姓名']);
    const partial = join(RESULTS, 'cadre-import-missing-columns.xlsx');
    await headless.xlsx.writeFile(partial);
    await importPage.upload(partial);
    await page.getByText('文件无法导入', { exact: true }).waitFor({ timeout: 30_000 });
    const failure = await page.locator('.ant-result').innerText();
    expect(failure).toMatch(/缺少必填列.*身份证号/);
    expect(await importPage.currentStep()).toBe('校验');
    await settled(page);
    await screenshot(page, 'cadre-import-2-failed');
    await importPage.restart();

    // A link to an import that does not exist (or expired) says so instead of waiting forever.
    await page.goto(`${baseUrl}/cadres/import?job=00000000-0000-4000-8000-000000000000`);
    await page.getByText('找不到这次导入', { exact: true }).waitFor();
    await importPage.restart();

    // The browser logs the refused upload's 400 and the unknown job's 404 as console errors; those are expected.
    expect(session.errors).toEqual([expect.stringContaining('400'), expect.stringContaining('404')]);
    session.errors.length = 0;
  });

  it('[CADRES][IMPORT]: a workbook with errors lists every error by row and column, and the error workbook explains each row', async () => {
    const { page } = session;
    const { zhang, wang, li, zhao, chen, zhou, sun } = people;
    const rows: Row[] = [
      rowOf(zhang), // row 2: valid
      rowOf(wang, { 姓名: '', 身份证号: withWrongCheck(wang.id) }), // row 3: no name, wrong check character
      rowOf(li, { 性别: '未知', 出生日期: '1978-13-45' }), // row 4: not a dictionary value, not a date
      rowOf(zhao, { 所在单位: '不存在的单位' }), // row 5: unknown unit
      rowOf(chen, { 身份证号: zhang.id }), // row 6: row 2's ID number pasted again
      rowOf(zhou, { 出生日期: '1988-04-19' }), // row 7: birth date disagrees with the ID number
      rowOf(sun, { 现任职务: '副局长', 联系电话: '12345' }), // row 8: an update, with a bad phone number
    ];
    const errorsPath = await writeRows(templatePath, fromRow2(rows), 'cadre-import-with-errors.xlsx', true);
    const release = await importPage.holdRunning('validate', 3, 7);
    await importPage.upload(errorsPath);
    const progress = await importPage.waitForProgress('正在校验', '3 / 7 行');
    expect(progress).toContain('校验数据');
    expect(await importPage.currentStep()).toBe('校验');
    await settled(page);
    await screenshot(page, 'cadre-import-3-checking');
    await release();
    await importPage.waitForPreview();
    expect(await importPage.currentStep()).toBe('预览');

    const summary = await importPage.summary();
    expect(summary.rows).toBe(rows.length);
    expect(summary.errors).toBeGreaterThanOrEqual(8);
    const total = await importPage.tableTotal();
    expect(total).toBe(summary.errors);

    // Every error is listed (one page holds 20), each with its Excel row and column.
    const issues = await importPage.tableRows();
    expect(issues.length).toBe(total);
    const has = (row: number, column: string, text?: RegExp) =>
      issues.some((i) => i.行号 === String(row) && i.列 === column && (!text || text.test(i.问题 ?? '')));
    expect(has(3, '姓名')).toBe(true);
    expect(has(3, '身份证号', /校验码/)).toBe(true);
    expect(has(4, '性别')).toBe(true);
    expect(has(4, '出生日期')).toBe(true);
    expect(has(5, '所在单位')).toBe(true);
    expect(has(6, '身份证号', /重复|第\s*2\s*行/)).toBe(true);
    expect(issues.some((i) => i.行号 === '7' && /出生日期/.test(i.问题 ?? ''))).toBe(true);
    expect(has(8, '联系电话')).toBe(true);
    expect(await page.getByRole('button', { name: '确认导入' }).count()).toBe(0);
    await settled(page);
    await screenshot(page, 'cadre-import-4-errors');

    // The error workbook: the uploaded rows under the same numbers, 错误说明 holding every message of its row.
    const report = await importPage.downloadErrorReport('cadre-import-errors.xlsx');
    reportPath = report.path;
    expect(report.name).toBe('干部名册导入错误.xlsx');
    const sheet = await readSheet(reportPath);
    expect(sheet.headers).toContain(ERROR_COLUMN);
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const issue of issues) {
      const cells = sheet.rows.find((r) => String(r.row) === issue.行号)?.cells;
      expect(cells?.[ERROR_COLUMN], `row ${issue.行号}`).toContain(issue.问题);
    }

    // The step lives in the address: a reload comes back to the same preview.
    await page.reload();
    await importPage.waitForPreview();
    expect(await importPage.summary()).toEqual(summary);

    // Nothing was written: the file had errors (row 2 alone was fine, and is not in the registry either).
    const found = await org.request('GET', `/api/v1/cadres?keyword=${encodeURIComponent(zhang.name)}`);
    expect(found.json).toMatchObject({ total: 0 });
  });

  it('[CADRES][IMPORT]: the corrected error workbook shows the diff, and once confirmed the new and changed cadres are on the roster', async () => {
    const { page } = session;
    const { zhang, wang, li, zhao, chen, zhou, sun } = people;
    await importPage.open();
    // The person fixes the flagged cells in the error workbook itself and uploads it again (错误说明 is ignored).
    const fixes = new Map<number, Row>([
      [3, { 姓名: wang.name, 身份证号: wang.id }],
      [4, { 性别: li.gender, 出生日期: new Date(Date.UTC(1978, 10, 30)) }], // an Excel date, as most people type it
      [5, { 所在单位: UNIT }],
      [6, { 身份证号: chen.id }],
      [7, { 出生日期: zhou.birth }],
      [8, { 联系电话: '13800000002' }],
    ]);
    const path = await writeRows(reportPath, fixes, 'cadre-import-fixed.xlsx');
    await importPage.upload(path);
    await importPage.waitForPreview();

    expect(await importPage.summary()).toEqual({ rows: 7, inserts: 6, updates: 1, unchanged: 0, errors: 0 });
    const changes = await importPage.tableRows();
    expect(changes.length).toBe(7);
    const sunRow = changes.find((c) => c.姓名 === sun.name);
    expect(sunRow?.操作).toBe('更新');
    expect(sunRow?.身份证号).not.toContain(sun.id.slice(6, 14));
    expect(sunRow?.变更内容).toMatch(/现任职务：办公室主任\s*副局长/);
    expect(sunRow?.变更内容).toMatch(/联系电话：13800000001\s*13800000002/);
    expect(changes.find((c) => c.姓名 === zhang.name)?.操作).toBe('新增');
    await settled(page);
    await screenshot(page, 'cadre-import-5-preview');

    const release = await importPage.holdRunning('commit', 4, 7);
    await importPage.commit();
    const progress = await importPage.waitForProgress('正在导入', '4 / 7 行');
    expect(progress).toContain('写入干部名册');
    expect(await importPage.currentStep()).toBe('导入');
    await settled(page);
    await screenshot(page, 'cadre-import-6-committing');
    await release();
    await importPage.waitForDone();
    expect(await importPage.currentStep()).toBe('完成');
    expect(await page.getByText('已新增 6 人、更新 1 人', { exact: false }).count()).toBe(1);
    await settled(page);
    await screenshot(page, 'cadre-import-7-done');

    await page.getByRole('button', { name: '查看干部名册' }).click();
    const roster = new CadresPage(page, baseUrl);
    await roster.loaded();
    await searchRoster(roster, '导入', [zhang, wang, li, zhao, chen, zhou, sun]);
    await searchRoster(roster, sun.name, [sun]);
    expect(await roster.column('现任职务')).toEqual(['副局长']);
    await settled(page);
    await screenshot(page, 'cadre-import-8-roster');
    expect(session.errors).toEqual([]);
  });
});
