import type { AccountabilityCaseDetail } from '@dandang/shared/accountability/accountability-case.schema';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import {
  act,
  buildWorld,
  cadreIn,
  decide,
  decision,
  detailOf,
  proposalFor,
  proposeOn,
  registerMatter,
  userWithGrants,
  type World,
} from './accountability.test-support';

/*
 * 问责决定书 (issue 6 item 5): the Word document of a decision in force, for the case's readers only, each download
 * logged; refused before the decision and once the decision was corrected. The clock stands at 2026-03-02 in Beijing.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let w: World;
const ids: Record<string, string> = {};
const id = (key: string) => ids[key] as string;
const url = (caseId: string) => `/api/v1/accountability/cases/${caseId}/decision.docx`;

/** The text of each paragraph of the document, in order (the 版记 table's too). */
async function paragraphs(res: LightMyRequestResponse): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter((text) => text !== '');
}

async function download(session: Session, caseId: string) {
  const res = await session.get(url(caseId));
  expect(res.statusCode, res.body).toBe(200);
  return { res, texts: await paragraphs(res) };
}

beforeAll(async () => {
  w = await buildWorld();
  ids.wang = await cadreIn(w, w.county.a.id, '王丙');
  ids.zhao = await cadreIn(w, w.county.a.id, '赵丁');
  const matter = await registerMatter(await w.as('discipline'));
  ids.wangCase = (await proposeOn(await w.as('discipline'), matter.id, proposalFor(ids.wang, { proposedOn: '2026-02-20' }))).caseId;
  // The organization department proposes for the same person and matter: consulted, and copied on the decision.
  await proposeOn(await w.as('orgDept'), matter.id, proposalFor(ids.wang, { body: 'ORG_DEPT', forms: ['ACC_NOTICE'], proposedOn: '2026-02-21' }));
  ids.zhaoCase = (await proposeOn(await w.as('discipline'), matter.id, proposalFor(ids.zhao, { forms: ['ORG_DISMISS'], proposedOn: '2026-02-20' }))).caseId;
  // Grants go to the role: both 单位主要负责人 read their own unit's cases.
  await userWithGrants(w, 'readerB', 'unit_leader', w.county.b.id, [['accountability.read', 'unit']]);
  await userWithGrants(w, 'readerA', 'unit_leader', w.county.a.id, []);
});
afterAll(() => w.t.close());

describe('the 问责决定书', () => {
  it('is refused with 409 and a Chinese message before the decision', async () => {
    expect(expectError(await (await w.as('discipline')).get(url(id('wangCase'))), 409, 'STATE_CONFLICT').message).toBe(
      '本案尚未作出问责决定，不能出具问责决定书',
    );
  });

  it('is a .docx named by the decision’s number, not cached, once decided', async () => {
    await decide(await w.as('discipline'), id('wangCase'), decision({ decidedOn: '2026-02-26', forms: ['ACC_NOTICE', 'ADMONISH'] }));
    const { res } = await download(await w.as('discipline'), id('wangCase'));
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('县纪发〔2026〕5号-问责决定书.docx'));
  });

  it('reads as issued: the deciding body, the number, the forms in words, the subject’s unit, the appeal right, the date and the copy', async () => {
    const { texts } = await download(await w.as('discipline'), id('wangCase'));
    expect(texts.slice(0, 4)).toEqual(['中共测试县纪律检查委员会', '县纪发〔2026〕5号', '关于给予王丙同志通报、诫勉处理的决定', '甲局：']);
    expect(texts).toContain('经查，对项目违规审批负有主要领导责任。');
    expect(texts).toContain('经中共测试县纪律检查委员会研究，依据《中国共产党问责条例》第八条，决定给予王丙同志通报、诫勉处理。');
    expect(texts).toContain(
      '王丙同志如对本决定不服，可以自收到本决定书之日起1个月内，向中共测试县纪律检查委员会提出书面申诉。申诉期间，不停止本决定的执行（《中国共产党问责条例》第二十条）。',
    );
    expect(texts.slice(-3)).toEqual(['中共测试县纪律检查委员会', '2026年2月26日', '抄送：中共测试县委员会组织部。']);
  });

  it('is read within the case’s scope only: 404 for a reader of another unit, 403 without the permission', async () => {
    await download(await w.as('readerA'), id('wangCase'));
    expectError(await (await w.as('readerB')).get(url(id('wangCase'))), 404, 'NOT_FOUND');
    expectError(await (await w.as('unitAdminA')).get(url(id('wangCase'))), 403, 'FORBIDDEN');
  });

  it('sets the deadline of an organizational adjustment, and stays available once executed', async () => {
    await decide(await w.as('discipline'), id('zhaoCase'), decision({ forms: ['ORG_DISMISS'], decidedOn: '2026-03-02', documentNo: '县纪发〔2026〕6号' }));
    const d = await detailOf(await w.as('discipline'), id('zhaoCase'));
    ok<AccountabilityCaseDetail>(await act(await w.as('discipline'), id('zhaoCase'), 'execute', d.case.version, { executedOn: '2026-03-02' }));
    const { texts } = await download(await w.as('discipline'), id('zhaoCase'));
    expect(texts[2]).toBe('关于给予赵丁同志免职处理的决定');
    expect(texts).toContain('涉及免职的，请甲局按照干部管理权限，于2026年4月2日前办理完毕相应手续。');
    expect(texts.at(-1)).toBe('2026年3月2日');
  });

  it('is refused once the decision was corrected, saying when', async () => {
    const d = await detailOf(await w.as('discipline'), id('zhaoCase'));
    ok(await act(await w.as('discipline'), id('zhaoCase'), 'correct', d.case.version, {}, '责任认定有误'));
    expect(expectError(await (await w.as('discipline')).get(url(id('zhaoCase'))), 409, 'STATE_CONFLICT').message).toBe(
      '该问责决定已于2026年3月2日纠正，不再出具问责决定书',
    );
  });

  it('is listed in the OpenAPI document under the documents tag', async () => {
    const doc = ok<{ paths: Record<string, { get?: { tags?: string[] } }> }>(await w.t.anonymous().get('/api/openapi.json'));
    expect(doc.paths['/api/v1/accountability/cases/{id}/decision.docx']?.get?.tags).toEqual(['documents']);
  });

  it('each download is logged as a read of the case, naming the document and its number', async () => {
    const rows = await w.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id('wangCase')), eq(auditLog.action, 'accountability_case.download_document')));
    expect(rows).toHaveLength(3);
    expect(rows[0]?.changes).toEqual({ document: { before: null, after: '问责决定书' }, number: { before: null, after: '县纪发〔2026〕5号' } });
  });
});
