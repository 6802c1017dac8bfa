import type { TypicalCasePage, TypicalCaseView } from '@dandang/shared/typical-cases/typical-case.schema';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, fieldPaths, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { buildWorld, decidedAccountabilityCase, decidedToleranceCase, draftFrom, editOf, typicalCaseOf, type World } from './typical-cases.test-support';

/*
 * Reading (issue 6 item 6.4–6.5): every role reads the published library; drafts and withdrawn cases, and whose case
 * it was, stay with the publishers. One case prints as Word, the list goes to Excel.
 */

let w: World;
let published: TypicalCaseView;
let draft: TypicalCaseView;
let sourceNumber: string;

const list = async (s: Session, query = '') => ok<TypicalCasePage>(await s.get(`/api/v1/typical-cases${query}`));

beforeAll(async () => {
  w = await buildWorld();
  const tolerance = await draftFrom(w.as.discipline, await decidedToleranceCase(w));
  sourceNumber = tolerance.manage?.source.number ?? '';
  published = ok<TypicalCaseView>(await w.as.discipline.post(`/api/v1/typical-cases/${tolerance.id}/publish`, { version: tolerance.version, reviewed: true }));
  draft = await draftFrom(w.as.discipline, await decidedAccountabilityCase(w));
});
afterAll(() => w.t.close());

describe('a reader', () => {
  it('sees the published cases only, with their tags and first lines', async () => {
    const page = await list(w.as.cadre);
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: published.id, state: 'PUBLISHED', title: published.title, sourceNumber: null });
    expect(page.items[0]?.excerpt.startsWith('张某，系某局干部。')).toBe(true);
    // Asking for drafts changes nothing for a reader.
    expect((await list(w.as.cadre, '?state=DRAFT')).total).toBe(1);
  });

  it('reads a published case without learning whose case it was', async () => {
    const res = await w.as.unitAdminA.get(`/api/v1/typical-cases/${published.id}`);
    const view = ok<TypicalCaseView>(res);
    expect(view.manage).toBeNull();
    for (const secret of [sourceNumber, '张明', '甲局', published.manage?.source.caseId ?? '?']) expect(res.body).not.toContain(secret);
  });

  it('gets 404 for a draft, as for a case that does not exist', async () => {
    expectError(await w.as.cadre.get(`/api/v1/typical-cases/${draft.id}`), 404, 'NOT_FOUND');
    expectError(await w.as.cadre.get(`/api/v1/typical-cases/${draft.id}.docx`), 404, 'NOT_FOUND');
    expectError(await w.as.cadre.get(`/api/v1/typical-cases/${crypto.randomUUID()}`), 404, 'NOT_FOUND');
  });
});

describe('a publisher', () => {
  it('sees drafts too, with the source case’s number', async () => {
    const page = await list(w.as.orgDept);
    expect(page.items.map((i) => [i.id, i.state])).toEqual(
      expect.arrayContaining([
        [published.id, 'PUBLISHED'],
        [draft.id, 'DRAFT'],
      ]),
    );
    expect(page.items.find((i) => i.id === published.id)?.sourceNumber).toBe(sourceNumber);
    expect((await typicalCaseOf(w.as.orgDept, draft.id)).manage?.source.type).toBe('ACCOUNTABILITY');
  });

  it('filters by type, outcome, year, state and words', async () => {
    const ids = async (query: string) => (await list(w.as.discipline, query)).items.map((i) => i.id);
    expect(await ids('?type=ACCOUNTABILITY')).toEqual([draft.id]);
    expect(await ids('?outcome=EXEMPT')).toEqual([published.id]);
    expect(await ids('?year=2025')).toEqual([]);
    expect((await ids('?year=2026')).length).toBe(2);
    expect(await ids('?state=DRAFT')).toEqual([draft.id]);
    expect(await ids(`?q=${encodeURIComponent('招商')}`)).toEqual([published.id]);
    expect(await ids(`?q=${encodeURIComponent('诫勉')}`)).toEqual([draft.id]);
  });

  it('bad filters are named', async () => {
    expect(fieldPaths(await w.as.discipline.get('/api/v1/typical-cases?type=X&outcome=Y&year=abc')).sort()).toEqual([
      'querystring.outcome',
      'querystring.type',
      'querystring.year',
    ]);
  });
});

describe('export', () => {
  const textOf = async (bytes: Buffer) => {
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  };

  it('one case is a Word document of the publishing organ with its title and sections', async () => {
    const res = await w.as.cadre.get(`/api/v1/typical-cases/${published.id}.docx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`典型案例-${published.title}.docx`));
    const text = await textOf(res.rawPayload);
    expect(text).toContain('中共测试县委员会组织部');
    expect(text).toContain(published.title);
    for (const heading of ['一、基本案情', '二、处理结果', '三、案例评析']) expect(text).toContain(heading);
    expect(text).not.toContain('张明');
  });

  it('a draft prints for its publishers, marked unpublished', async () => {
    const res = await w.as.discipline.get(`/api/v1/typical-cases/${draft.id}.docx`);
    expect(await textOf(res.rawPayload)).toContain('（草稿，未发布）');
  });

  it('the list goes to Excel as the reader sees it: no drafts, no source', async () => {
    const rowsOf = async (s: Session) => {
      const res = await s.get('/api/v1/typical-cases.xlsx');
      expect(res.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('典型案例');
      const rows: string[][] = [];
      sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
      return rows;
    };
    const reader = await rowsOf(w.as.cadre);
    expect(reader[0]).toEqual(['标题', '类型', '处理结果', '年度', '关键词', '发布日期', '基本案情']);
    expect(reader.slice(1).map((r) => r[0])).toEqual([published.title]);
    const publisher = await rowsOf(w.as.discipline);
    expect(publisher[0]?.slice(-2)).toEqual(['状态', '来源案件']);
    expect(publisher.length).toBe(3);
    expect(publisher.find((r) => r[0] === published.title)?.at(-1)).toBe(sourceNumber);
  });
});

it('a draft edited by one publisher is seen as edited by the other', async () => {
  const edited = ok<TypicalCaseView>(await w.as.orgDept.put(`/api/v1/typical-cases/${draft.id}`, editOf(draft, { title: '项目资金违规审批问责案例' })));
  expect((await typicalCaseOf(w.as.discipline, draft.id)).title).toBe(edited.title);
});

it('the contract documents every route under the tag typical-cases', async () => {
  const doc = ok<{ paths: Record<string, Record<string, { tags?: string[] }>> }>(await w.t.anonymous().get('/api/openapi.json'));
  const ours = Object.entries(doc.paths).filter(([path]) => path.startsWith('/api/v1/typical-cases'));
  expect(ours.map(([path]) => path).sort()).toEqual(
    [
      '/api/v1/typical-cases',
      '/api/v1/typical-cases.xlsx',
      '/api/v1/typical-cases/{id}',
      '/api/v1/typical-cases/{id}.docx',
      '/api/v1/typical-cases/{id}/publish',
      '/api/v1/typical-cases/{id}/rework',
      '/api/v1/typical-cases/{id}/withdraw',
    ].sort(),
  );
  expect(ours.flatMap(([, methods]) => Object.values(methods).flatMap((m) => m.tags ?? [])).every((tag) => tag === 'typical-cases')).toBe(true);
});
