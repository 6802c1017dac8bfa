import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftAnnualCycle } from '../../test/assessment';
import { buildCounty, type County, signInNewUser } from '../../test/county';
import { buildCadre } from '../../test/factories';
import { expectError, ok } from '../../test/http';
import { createTestApp, type Session, type TestApp } from '../../test/test-app';

/*
 * 年度考核登记表 (issue 5): the Word form of one cadre's annual result, in the GB/T 9704 page layout, for the readers
 * of that result only, and only once the grades are noticed.
 */

type Result = { participantId: string; name: string; version: number; grade: string | null; gradeStatus: string | null };
type Cycle = { id: string; version: number; state: string };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let t: TestApp;
let county: County;
let cycle: Cycle;
let indicatorId: string;
const cadreIds: Record<string, string> = {};

const formUrl = (r: Result) => `/api/v1/assessment/results/${r.participantId}/registration.docx`;

async function results(): Promise<Result[]> {
  return ok<{ items: Result[] }>(await county.orgDept.get(`/api/v1/assessment/cycles/${cycle.id}/results?pageSize=100`)).items;
}
const byName = async (name: string) => (await results()).find((r) => r.name === name) as Result;

async function advance(to: string) {
  cycle = ok<Cycle>(await county.orgDept.post(`/api/v1/assessment/cycles/${cycle.id}/advance`, { version: cycle.version, to }));
}

/** The body of the document: word/document.xml inside the .docx package. */
async function documentXml(payload: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(payload);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

async function formOf(session: Session, name: string) {
  const res = await session.get(formUrl(await byName(name)));
  expect(res.statusCode, res.body).toBe(200);
  return { res, xml: await documentXml(res.rawPayload) };
}

beforeAll(async () => {
  t = await createTestApp();
  county = await buildCounty(t);
  const db = t.database.db;
  cadreIds.张明 = (
    await buildCadre(db, { unitId: county.a.id, name: '张明', gender: '2', birthDate: '1986-09-15', rankSince: '2021-07-01', post: '副局长' })
  ).id;
  cadreIds.李强 = (await buildCadre(db, { unitId: county.a.id, name: '李强' })).id;
  cadreIds.王刚 = (await buildCadre(db, { unitId: county.b.id, name: '王刚' })).id;
  // 记过 in the assessed year: only a comment, no grade, and the reason goes to the form's last box.
  ok(
    await county.orgDept.post(`/api/v1/cadres/${cadreIds.李强}/measures`, {
      code: 'GOV_DEMERIT',
      effectiveOn: '2026-01-20',
      decidingBody: '县监委',
      documentNo: '县监〔2026〕2号',
    }),
  );
  indicatorId = ok<{ id: string }>(
    await county.orgDept.post('/api/v1/assessment/indicators', {
      code: 'DUTIES',
      name: '岗位职责完成率',
      definition: { kind: 'QUANTITATIVE', unit: '%', direction: 'HIGHER_BETTER', rule: { method: 'LINEAR', capPercent: 100 } },
    }),
  ).id;
  cycle = await draftAnnualCycle(county, indicatorId, '2026年度公务员考核');
  await advance('OPEN');
});
afterAll(() => t.close());

describe('registration form', () => {
  it('is not there before the grades are noticed', async () => {
    const res = await county.orgDept.get(formUrl(await byName('张明')));
    expect(expectError(res, 409, 'STATE_CONFLICT').message).toContain('公示');
  });

  it('downloads as a Word document named after the cycle and the cadre', async () => {
    for (const [name, actual] of [
      ['张明', 96],
      ['李强', 80],
      ['王刚', 90],
    ] as const) {
      const r = await byName(name);
      ok(
        await county.orgDept.put(`/api/v1/assessment/results/${r.participantId}/score`, {
          version: r.version,
          entries: { items: { [indicatorId]: { target: 100, actual } } },
          comment: `${name}同志全年履职尽责，较好完成了各项工作任务`,
        }),
      );
    }
    await advance('SCORING');
    await advance('GRADING');
    await advance('NOTICE');
    const { res, xml } = await formOf(county.orgDept, '张明');
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('2026年度公务员考核-张明-年度考核登记表.docx')}`);
    expect(res.headers['content-disposition']).toContain('filename="export.docx"');
    for (const text of ['公务员年度考核登记表', '（2026年度）', '填表单位：甲局', '张明', '女', '1986.09', '中共党员', '大学本科', '2021.07', '甲局副局长']) {
      expect(xml).toContain(text);
    }
    expect(xml).toContain('张明同志全年履职尽责，较好完成了各项工作任务');
    expect(xml).toContain('考核等次建议：称职');
    expect(xml).toContain('确定等次：称职；得分：96');
    expect(xml).toContain('（本人填写，可另附页）');
    expect(xml).toContain('签名（盖章）：　　　年　月　日');
  });

  it('is laid out on the GB/T 9704 page: A4, margins 37/35/28/26 mm, the title in 方正小标宋简体 二号', async () => {
    const { xml } = await formOf(county.orgDept, '张明');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(margins).toContain('w:top="2098"');
    expect(margins).toContain('w:bottom="1984"');
    expect(margins).toContain('w:left="1587"');
    expect(margins).toContain('w:right="1474"');
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*?<w:sz w:val="44"\/>[\s\S]*?公务员年度考核登记表/);
    // Single 0.5 pt table lines (w:sz counts eighths of a point).
    expect(xml).toMatch(/<w:tblBorders><w:top w:val="single" w:color="000000" w:sz="4"\/>/);
  });

  it('explains a grade not decided, and says 无 where there is nothing to explain', async () => {
    const { xml } = await formOf(county.orgDept, '李强');
    expect(xml).toContain('只写评语、不定等次');
    expect(xml).toContain('记过（2026-01-20 生效）：2026 年度只写评语、不定等次');
    expect((await formOf(county.orgDept, '张明')).xml).toContain('<w:t xml:space="preserve">无</w:t>');
  });

  it('is kept within the reader’s scope, as the result is', async () => {
    expectError(await county.unitAdminA.get(formUrl(await byName('王刚'))), 404, 'NOT_FOUND');
    await formOf(county.unitAdminA, '张明');
    expectError(await county.orgDept.get('/api/v1/assessment/results/00000000-0000-4000-8000-000000000000/registration.docx'), 404, 'NOT_FOUND');
  });

  it('prints every cadre’s form in the reader’s scope as one document, each in a section of its own', async () => {
    const batch = `/api/v1/assessment/cycles/${cycle.id}/registrations.docx`;
    const all = await documentXml((await county.orgDept.get(batch)).rawPayload);
    expect(all.match(/<w:sectPr/g)?.length).toBe(3);
    for (const name of ['张明', '李强', '王刚']) expect(all).toContain(name);
    const res = await county.unitAdminA.get(batch);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('年度考核登记表.docx'));
    const own = await documentXml(res.rawPayload);
    expect(own.match(/<w:sectPr/g)?.length).toBe(2);
    expect(own).not.toContain('王刚');
  });

  it('lets the cadre download their own, with the confirmation on it', async () => {
    const self = await signInNewUser(t, { roles: ['cadre'], cadreId: cadreIds.张明, unitId: county.a.id });
    const mine = await byName('张明');
    ok(await self.post(`/api/v1/assessment/results/${mine.participantId}/confirmation`, { version: mine.version }));
    const { xml } = await formOf(self, '张明');
    expect(xml).toContain('已确认');
    expect(xml).toContain('确认日期：2026年3月2日');
    expectError(await self.get(formUrl(await byName('李强'))), 404, 'NOT_FOUND');
  });
});
