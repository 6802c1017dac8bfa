import { TARGET_IMPORT_SHEET_NAME } from '@dandang/shared/assessment/target-import.schema';
import { IMPORT_SHEET_NAME } from '@dandang/shared/cadres/cadre-import.schema';
import { ATTACHMENT_MAX_BYTES } from '@dandang/shared/platform/attachments';
import { TOLERANCE_WORKFLOW } from '@dandang/shared/tolerance/tolerance.states';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../modules/cases/open-case';
import { sql } from '../platform/db/client';
import { contextOf } from '../test/actor';
import { draftAnnualCycle } from '../test/assessment';
import { buildCounty, type County } from '../test/county';
import { buildCadre, buildUser } from '../test/factories';
import { expectError, multipartBody, ok } from '../test/http';
import { createTestApp, type Session, type TestApp } from '../test/test-app';
import { xlsxZipBomb } from './security-zip-bomb';

/*
 * 等保 2.0 三级, 入侵防范 and 资源控制 on every upload route: a file over the route's limit answers 413 before it is
 * read whole, a file whose bytes are not what its name says answers 415, and a workbook that would inflate to hundreds
 * of megabytes is refused before it is inflated, writing nothing. The roster import's own malformed-file table is in
 * modules/cadres/import/import.routes.test.ts; the target import's size and type refusals in target-import.routes.test.ts.
 */

let t: TestApp;
let county: County;
let cycleId: string;
let caseId: string;

const send = (session: Session, url: string, bytes: Buffer, name: string) => {
  const { payload, headers } = multipartBody(bytes, name);
  return session.request('POST', url, payload, headers);
};
const routes = {
  roster: () => '/api/v1/cadres/imports',
  targets: () => `/api/v1/assessment/cycles/${cycleId}/targets/import`,
  evidence: () => '/api/v1/assessment/evidence',
  attachment: () => `/api/v1/cases/${caseId}/attachments`,
};
const stored = async () =>
  (
    await t.database.rows<{ n: number }>(
      sql`select (select count(*) from background_jobs) + (select count(*) from assessment_targets) + (select count(*) from case_attachments) + (select count(*) from assessment_evidence) as n`,
    )
  )[0]?.n;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  county = await buildCounty(t);
  const indicator = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'SEC',
      name: '安全测试指标',
      definition: { kind: 'QUANTITATIVE', unit: '项', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
    }),
  );
  cycleId = (await draftAnnualCycle(county, indicator.id)).id;
  const discipline = await buildUser(db, { roles: ['discipline'], unitId: county.root.id });
  const subject = await buildCadre(db, { unitId: county.a.id, name: '甲一' });
  const ctx = await contextOf(db, discipline.id, t.clock.now());
  caseId = (
    await db.transaction((tx) => openCase(tx, ctx, TOLERANCE_WORKFLOW, { title: '甲一容错申请', unitId: county.a.id, subjectCadreId: subject.id, note: '' }))
  ).id;
});
afterAll(() => t.close());

describe('size limits', () => {
  it.each([
    ['a case attachment', routes.attachment, ATTACHMENT_MAX_BYTES, '材料.pdf'],
    ['an evidence file', routes.evidence, ATTACHMENT_MAX_BYTES, '佐证.pdf'],
  ] as const)('refuse %s over its limit with 413 and a Chinese message, storing nothing', async (_, url, limit, name) => {
    const before = await stored();
    const oversized = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(limit, 0x20)]);
    expectError(await send(county.unitAdminA, url(), oversized, name), 413, 'PAYLOAD_TOO_LARGE');
    expect(await stored()).toBe(before);
  });
});

describe('file types are judged by content, not by name', () => {
  const disguised: Array<[string, Buffer, string]> = [
    ['a web page named .pdf', Buffer.from('<html><script>alert(1)</script></html>'), '会议纪要.pdf'],
    ['a Windows program named .docx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]), '申请书.docx'],
    ['a program named .txt', Buffer.concat([Buffer.from('\x7fELF'), Buffer.alloc(64)]), '说明.txt'],
    ['an SVG with a script named .png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), '照片.png'],
    ['a PDF named .jpg', Buffer.from('%PDF-1.4 x'), '照片.jpg'],
    ['a zip named .doc', Buffer.from('PK\x03\x04rest', 'latin1'), '旧版.doc'],
  ];
  for (const [route, url] of [
    ['a case attachment', routes.attachment],
    ['an evidence file', routes.evidence],
  ] as const) {
    it.each(disguised)(`refuse ${route}: %s, with 415`, async (_, bytes, name) => {
      const before = await stored();
      const body = expectError(await send(county.unitAdminA, url(), bytes, name), 415, 'EVIDENCE_TYPE_NOT_ALLOWED');
      expect(body.message).toContain('内容与扩展名不符');
      expect(await stored()).toBe(before);
    });
  }

  it('take the real thing under the same names', async () => {
    const real: Array<[Buffer, string]> = [
      [Buffer.from('%PDF-1.7\n纪要'), '会议纪要.pdf'],
      [Buffer.from('GBK 或 UTF-8 的说明文字'), '说明.txt'],
      [Buffer.from('89504e470d0a1a0a0000', 'hex'), '照片.png'],
    ];
    for (const [bytes, name] of real) ok(await send(county.unitAdminA, routes.attachment(), bytes, name));
  });
});

describe('xlsx zip bombs', () => {
  // 400 MiB of sheet XML in a file of under half a megabyte (deflate's ratio is about 1,000 to 1).
  const INFLATED_MIB = 400;

  it.each([
    ['the roster import', 'honest', routes.roster, IMPORT_SHEET_NAME],
    ['the roster import', 'lying', routes.roster, IMPORT_SHEET_NAME],
    ['the target import', 'honest', routes.targets, TARGET_IMPORT_SHEET_NAME],
    ['the target import', 'lying', routes.targets, TARGET_IMPORT_SHEET_NAME],
  ] as const)('%s refuses one whose directory is %s about its size, before inflating it, writing nothing', async (_, declared, url, sheet) => {
    const bomb = await xlsxZipBomb(sheet, INFLATED_MIB, declared);
    expect(bomb.length).toBeLessThan(512 * 1024);
    const before = await stored();
    const session = url === routes.roster ? county.unitAdminA : county.orgDept;
    const body = expectError(await send(session, url(), bomb, '名册.xlsx'), 400, 'IMPORT_ZIP_BOMB');
    expect(body.message).toContain('已拒绝');
    expect(await stored()).toBe(before);
  });
});
