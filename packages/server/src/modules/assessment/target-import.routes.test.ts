import {
  TARGET_IMPORT_COLUMNS,
  TARGET_IMPORT_HEADERS,
  TARGET_IMPORT_MAX_BYTES,
  type TargetImportField,
  type TargetImportIssue,
} from '@dandang/shared/assessment/target-import.schema';
import type { ImportCell } from '@dandang/shared/cadres/cadre-import.rules';
import { idNumberCheckCharacter } from '@dandang/shared/cadres/id-number.rules';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { createFieldCipher } from '../../platform/crypto/sm';
import { draftAnnualCycle } from '../../test/assessment';
import { buildCounty, type County } from '../../test/county';
import { buildCadre, buildUnit } from '../../test/factories';
import { expectError, fieldPaths, multipartBody, ok } from '../../test/http';
import { createTestApp, type Session, TEST_FIELD_KEY, type TestApp } from '../../test/test-app';
import { sealIdNumber } from '../cadres';
import { assessmentTargets } from './targets.tables';

/*
 * 目标任务导入 through the API (issue 5 "Targets"): a unit's admin downloads the cycle's targets they can see, adds rows
 * that decompose them to their people, and uploads the workbook; a bad file is answered with every bad cell and
 * writes nothing, another unit's target is refused as a whole, and only a readable xlsx is read at all.
 */

type Target = {
  id: string;
  parentId: string | null;
  level: string;
  title: string;
  unitId: string | null;
  cadreName: string | null;
  targetValue: number | null;
};
type Row = Partial<Record<TargetImportField, ImportCell>>;

let t: TestApp;
let county: County;
let cycle: { id: string; version: number };
let jurisdiction: Target;
let unitA: Target;
let unitB: Target;
const zhangId = `11010519850601001${idNumberCheckCharacter('11010519850601001')}`;

const base = () => `/api/v1/assessment/cycles/${cycle.id}/targets`;
const upload = (session: Session, bytes: Buffer, name = '目标任务.xlsx') => {
  const { payload, headers } = multipartBody(bytes, name);
  return session.request('POST', `${base()}/import`, payload, headers);
};

/** A workbook as a unit's admin fills it in: the template's header, then rows by column. */
async function workbook(rows: Row[], sheetName = '目标任务'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow([...TARGET_IMPORT_HEADERS]);
  for (const row of rows) sheet.addRow(TARGET_IMPORT_COLUMNS.map((c) => row[c.field] ?? null));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function template(session: Session) {
  const res = await session.get(`${base()}/import-template`);
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { res, book, sheet: book.getWorksheet('目标任务') as ExcelJS.Worksheet };
}

const targetsOfCycle = async () => t.database.db.select().from(assessmentTargets).where(eq(assessmentTargets.cycleId, cycle.id));
const importAudits = async () => t.database.db.select().from(auditLog).where(eq(auditLog.action, 'assessment_target.import'));

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  const cipher = createFieldCipher(TEST_FIELD_KEY);
  await buildCadre(db, { unitId: county.a.id, name: '张三', ...sealIdNumber(cipher, zhangId) });
  await buildCadre(db, { unitId: county.a.id, name: '李四' });
  await buildCadre(db, { unitId: county.a.id, name: '王五' });
  await buildCadre(db, { unitId: county.a.id, name: '王五' });
  await buildCadre(db, { unitId: county.b.id, name: '赵六' });
  // Two offices of one name, one in each bureau: a name that needs the unit's code to tell them apart.
  await buildUnit(db, { parent: county.a, name: '办公室', code: 'A-BGS' });
  await buildUnit(db, { parent: county.b, name: '办公室', code: 'B-BGS' });
  const indicator = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'INVEST',
      name: '招商引资到位资金',
      definition: { kind: 'QUANTITATIVE', unit: '万元', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
    }),
  );
  cycle = await draftAnnualCycle(county, indicator.id);
  const post = (body: object) => county.orgDept.post(base(), body).then((res) => ok<Target>(res));
  jurisdiction = await post({ level: 'JURISDICTION', title: '全县招商引资', indicatorId: indicator.id, targetValue: 1000, deadline: '2026-12-31' });
  unitA = await post({
    parentId: jurisdiction.id,
    level: 'UNIT',
    title: '甲局招商引资',
    unitId: county.a.id,
    indicatorId: indicator.id,
    targetValue: 300,
    deadline: '2026-11-30',
  });
  unitB = await post({
    parentId: jurisdiction.id,
    level: 'UNIT',
    title: '乙局招商引资',
    unitId: county.b.id,
    indicatorId: indicator.id,
    targetValue: 200,
    deadline: '2026-11-30',
  });
});
afterAll(() => t.close());

describe('the import template', () => {
  it('lists the targets the reader may see, under the contract’s header, with a drop-down and instructions', async () => {
    const { res, book, sheet } = await template(county.unitAdminA);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('目标任务导入模板.xlsx'));
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...TARGET_IMPORT_HEADERS]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // 甲局's admin sees 甲局's target only; its parent, out of their sight, is left blank.
    expect(sheet.actualRowCount).toBe(2);
    const row = sheet.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value, row.getCell(6).value]).toEqual([
      unitA.id,
      null,
      '单位',
      '甲局招商引资',
      '甲局',
    ]);
    expect([row.getCell(8).value, row.getCell(9).value, row.getCell(10).value]).toEqual([null, 'INVEST', 300]);
    expect(row.getCell(11).value).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(sheet.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"辖区,单位,个人"'] });
    expect(book.getWorksheet('填写说明')?.getCell('A1').value).toBe('目标任务导入说明');
  });

  it('gives the organization department the whole tree, parents named', async () => {
    const { sheet } = await template(county.orgDept);
    const parents = Object.fromEntries([2, 3, 4].map((n) => [sheet.getRow(n).getCell(1).value, sheet.getRow(n).getCell(2).value]));
    expect(sheet.getRow(2).getCell(1).value).toBe(jurisdiction.id);
    expect(parents).toEqual({ [jurisdiction.id]: null, [unitA.id]: jurisdiction.id, [unitB.id]: jurisdiction.id });
  });
});

describe('importing targets', () => {
  it('refuses what is no readable target workbook', async () => {
    expectError(await upload(county.unitAdminA, Buffer.from('目标编号,层级\nA,个人\n'), '目标.csv'), 400, 'IMPORT_NOT_XLSX');
    const cfb = Buffer.from('d0cf11e0a1b11ae1', 'hex');
    expectError(await upload(county.unitAdminA, Buffer.concat([cfb, Buffer.alloc(2000, 1)]), '目标.xls'), 400, 'IMPORT_NOT_XLSX');
    const encrypted = Buffer.concat([cfb, Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]);
    expectError(await upload(county.unitAdminA, encrypted), 400, 'IMPORT_ENCRYPTED');
    expectError(await upload(county.unitAdminA, await workbook([{ level: '个人' }], '干部名册')), 400, 'IMPORT_SHEET_MISSING');
    expectError(await county.unitAdminA.post(`${base()}/import`, {}), 400, 'IMPORT_NOT_XLSX');
    expectError(await upload(county.unitAdminA, Buffer.alloc(TARGET_IMPORT_MAX_BYTES + 1, 1)), 413, 'PAYLOAD_TOO_LARGE');
    const headerless = new ExcelJS.Workbook();
    headerless.addWorksheet('目标任务').addRow(['目标编号', '目标名称']);
    expectError(await upload(county.unitAdminA, Buffer.from(await headerless.xlsx.writeBuffer())), 400, 'IMPORT_HEADERS_INVALID');
    // The template sent back as it came holds context rows only.
    const { res } = await template(county.unitAdminA);
    expectError(await upload(county.unitAdminA, res.rawPayload), 400, 'IMPORT_ROW_COUNT');
    expect(await targetsOfCycle()).toHaveLength(3);
  });

  it('names every bad row and column at once and writes nothing', async () => {
    const person = { level: '个人', parentKey: unitA.id, indicatorCode: 'INVEST', targetValue: 100, deadline: '2026-11-30' };
    const res = await upload(
      county.unitAdminA,
      await workbook([
        { ...person, title: '同名责任人', cadreName: '王五' },
        { ...person, title: '层级与日期有误', level: '部门', deadline: 'soon' },
        { ...person, title: '上级不存在', key: 'X', parentKey: 'nowhere', cadreName: '李四' },
        { ...person, title: '外单位的人与未知指标', cadreName: '赵六', indicatorCode: 'NOPE' },
        { ...person, title: '晚于上级且换了指标', cadreName: '李四', indicatorCode: null, targetValue: null, deadline: '2026-12-31' },
        { level: '单位', title: '未知单位', unit: '不存在局', deadline: '2026-12-31' },
        { level: '单位', title: '循环甲', key: 'A', parentKey: 'B', unit: '甲局', deadline: '2026-12-31' },
        { level: '单位', title: '循环乙', key: 'B', parentKey: 'A', unit: '甲局', deadline: '2026-12-31' },
        { ...person, title: '身份证号与姓名不符', cadreName: '李四', idNumber: zhangId },
        { ...person, title: '这一行没有错', cadreName: '李四' },
        { level: '单位', title: '重名单位', unit: '办公室', deadline: '2026-12-31' },
      ]),
    );
    const body = expectError(res, 400, 'VALIDATION_FAILED');
    const issues = (body.details as { issues: TargetImportIssue[] }).issues;
    expect(issues.map((i) => `${i.row}·${i.column}`)).toEqual([
      '2·责任人',
      '3·层级',
      '3·截止日期',
      '4·上级目标编号',
      '5·责任人',
      '5·指标编码',
      '6·指标编码',
      '6·截止日期',
      '7·责任单位',
      '8·上级目标编号',
      '9·上级目标编号',
      '10·责任人',
      '12·责任单位',
    ]);
    expect(issues[0]?.message).toContain('请填写责任人身份证号以区分');
    expect(issues.find((i) => i.row === 10)?.message).toBe('责任人姓名与身份证号不一致');
    expect(issues.find((i) => i.row === 12)?.message).toBe('有 2 个单位名为“办公室”（单位代码 A-BGS、B-BGS），请改填单位代码以区分');
    expect(JSON.stringify(body)).not.toContain(zhangId);
    for (const i of issues) expect(body.message).toContain(`第${i.row}行·${i.column}`);
    expect(body.details?.fields?.[0]).toEqual({ path: '第2行·责任人', message: issues[0]?.message });
    expect(await targetsOfCycle()).toHaveLength(3);
    expect(await importAudits()).toHaveLength(0);
  });

  it('refuses another unit’s target, and looks nobody up in that unit’s roster, writing nothing', async () => {
    const res = await upload(
      county.unitAdminA,
      await workbook([
        { level: '个人', parentKey: unitA.id, title: '本单位的', cadreName: '李四', indicatorCode: 'INVEST', targetValue: 50, deadline: '2026-11-30' },
        { key: 'B1', level: '单位', title: '乙局自设任务', unit: '乙局', deadline: '2026-12-31' },
        // Whether 乙局 has a 王五 must not show: the row is refused for its parent's unit, before any lookup.
        { parentKey: 'B1', level: '个人', title: '探查', cadreName: '王五', deadline: '2026-12-31' },
      ]),
    );
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['第3行·责任单位', '第4行·上级目标编号']);
    expect(JSON.stringify(res.json())).not.toContain('王五”的干部');
    expect(await targetsOfCycle()).toHaveLength(3);
    expect(await importAudits()).toHaveLength(0);
  });

  it('lets a unit admin decompose their unit’s targets to people, parents before children whatever the order', async () => {
    const { sheet } = await template(county.unitAdminA);
    const context = (sheet.getRow(2).values as ImportCell[]).slice(1);
    const res = await upload(
      county.unitAdminA,
      await workbook([
        // The template's own row, edited: it is context and stays as it is.
        Object.fromEntries(TARGET_IMPORT_COLUMNS.map((c, i) => [c.field, c.field === 'title' ? '改了也不算' : (context[i] ?? null)])),
        // A child listed before its parent row, found through the parent's local key.
        { parentKey: 'K1', level: '个人', title: '整理档案', cadreName: '李四', deadline: new Date(Date.UTC(2026, 11, 15)) },
        {
          parentKey: unitA.id,
          level: '个人',
          title: '引进项目资金',
          cadreName: '张三',
          idNumber: zhangId,
          indicatorCode: 'INVEST',
          targetValue: 200,
          deadline: '2026-11-30',
        },
        { key: 'K1', level: '单位', title: '甲局档案整理', unit: '甲局', deadline: '2026-12-31' },
      ]),
    );
    expect(ok<{ created: number }>(res)).toEqual({ created: 3 });

    const targets = ok<Target[]>(await county.unitAdminA.get(base()));
    const byTitle = new Map(targets.map((x) => [x.title, x]));
    expect(byTitle.get('甲局招商引资')?.parentId).toBe(jurisdiction.id);
    expect(byTitle.has('改了也不算')).toBe(false);
    const own = byTitle.get('甲局档案整理');
    expect(own).toMatchObject({ level: 'UNIT', parentId: null, unitId: county.a.id });
    expect(byTitle.get('整理档案')).toMatchObject({ level: 'PERSON', parentId: own?.id, cadreName: '李四', unitId: county.a.id });
    expect(byTitle.get('引进项目资金')).toMatchObject({ level: 'PERSON', parentId: unitA.id, cadreName: '张三', targetValue: 200 });

    const audits = await importAudits();
    expect(audits.map((a) => a.entityId).sort()).toEqual([own?.id, byTitle.get('整理档案')?.id, byTitle.get('引进项目资金')?.id].sort());
    const changes = audits.find((a) => a.entityId === own?.id)?.changes as Record<string, { after: unknown }> | undefined;
    expect(changes?.title?.after).toBe('甲局档案整理');
  });

  it('imports only while targets are being decomposed', async () => {
    const advance = async (to: string) => {
      cycle = ok(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to }));
    };
    await advance('OPEN');
    await advance('SCORING');
    const res = await upload(county.unitAdminA, await workbook([{ level: '单位', title: '迟到的任务', unit: '甲局', deadline: '2026-12-31' }]));
    expectError(res, 409, 'STATE_CONFLICT');
  });
});
