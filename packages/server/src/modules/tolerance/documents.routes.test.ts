import type { CorrectionView, ToleranceDetail } from '@dandang/shared/tolerance/tolerance-view.schema';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, ok } from '../../test/http';
import type { Session } from '../../test/test-app';
import { act, application, buildWorld, decision, detailOf, saveFacts, type World } from './tolerance.test-support';

/*
 * The Word documents of a tolerance case (issue 6 item 5): the 认定书 once the body has decided and the 纠错整改通知书
 * once a plan exists, for the case's readers only, each download logged. The clock starts at 2026-10-12 09:00 in Beijing.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let w: World;
let id: string;
let number: string;

const decisionUrl = () => `/api/v1/tolerance/cases/${id}/decision.docx`;
const noticeUrl = () => `/api/v1/tolerance/cases/${id}/correction-notice.docx`;

/** The text of each paragraph of the document, in order (the 版记 table's too). */
async function paragraphs(res: LightMyRequestResponse): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter((text) => text !== '');
}

async function download(session: Session, url: string) {
  const res = await session.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return { res, texts: await paragraphs(res) };
}

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
  const applied = ok<ToleranceDetail>(await w.as.cadreA.post('/api/v1/tolerance/cases', application(w.cadres.a)));
  id = applied.case.id;
  number = applied.case.number;
  ok(await act(w.as.discipline, id, 'accept'));
  ok(await saveFacts(w.as.discipline, id));
  ok(await act(w.as.discipline, id, 'report', { findings: '经调查核实，该项目系经集体研究后先行试点' }));
});
afterAll(() => w.t.close());

describe('the 容错认定书', () => {
  it('is refused with 409 and a Chinese message before the collective decision', async () => {
    expect(expectError(await w.as.discipline.get(decisionUrl()), 409, 'STATE_CONFLICT').message).toBe('本案尚未集体研究认定，不能出具容错认定书');
  });

  it('is a .docx named by the case number, not cached, once decided', async () => {
    ok(await act(w.as.discipline, id, 'decide', decision('2026-10-12')));
    const { res } = await download(w.as.discipline, decisionUrl());
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${number}-容错认定书.docx`)}`);
  });

  it('reads as issued: the commission, the case number, the title by decision, the party organization, the decision and its date', async () => {
    const { texts } = await download(w.as.discipline, decisionUrl());
    expect(texts.slice(0, 4)).toEqual(['中共测试县纪律检查委员会', number, '关于给予甲一同志容错免责的认定意见', '甲局党组织：']);
    expect(texts[4]).toBe('2026年10月12日，甲一同志本人提出书面容错申请。经调查核实和集体研究，现将认定意见通知如下。');
    expect(texts).toContain('经调查核实，该项目系经集体研究后先行试点。');
    expect(texts).toContain('1.容错情形：属于先行先试缺乏经验的情形。');
    expect(texts).toContain('2026年10月12日，本委召开会议对本案进行集体研究，参会5人。表决结果：赞成4票，反对1票，弃权0票。');
    expect(texts).toContain('认定甲一同志在上述事项中的失误错误符合容错条件，予以容错免责：对其不予问责、不作负面评价，不影响其考核、评优、提拔使用。');
    expect(texts.slice(-2)).toEqual(['中共测试县纪律检查委员会', '2026年10月12日']);
  });

  it('is read by the case’s readers: the applicant and their unit; another unit’s cadre gets 404', async () => {
    await download(w.as.cadreA, decisionUrl());
    await download(w.as.unitAdminA, decisionUrl());
    expectError(await w.as.cadreB.get(decisionUrl()), 404, 'NOT_FOUND');
    expectError(await w.as.discipline.get(`/api/v1/tolerance/cases/${crypto.randomUUID()}/decision.docx`), 404, 'NOT_FOUND');
  });
});

describe('the OpenAPI document', () => {
  it('lists both downloads under the documents tag', async () => {
    const doc = ok<{ paths: Record<string, { get?: { tags?: string[] } }> }>(await w.t.anonymous().get('/api/openapi.json'));
    expect(doc.paths['/api/v1/tolerance/cases/{id}/decision.docx']?.get?.tags).toEqual(['documents']);
    expect(doc.paths['/api/v1/tolerance/cases/{id}/correction-notice.docx']?.get?.tags).toEqual(['documents']);
  });
});

describe('the 纠错整改通知书', () => {
  it('is refused with 409 while the case has no correction task', async () => {
    expect(expectError(await w.as.discipline.get(noticeUrl()), 409, 'STATE_CONFLICT').message).toBe('本案尚未制定纠错整改任务，不能出具纠错整改通知书');
  });

  it('lists each task with its owner and deadline under its own number, dated the day the plan was drawn up', async () => {
    await w.moveTo('2026-10-14T10:00:00+08:00');
    ok(await act(w.as.discipline, id, 'feedback', { feedbackOn: '2026-10-14', recipients: ['甲一', '甲局党组'] }));
    for (const task of [
      { description: '完善招商项目审批流程', owner: '甲一', deadline: '2026-10-30' },
      { description: '挽回剩余损失', owner: '甲局', deadline: '2026-11-30' },
    ]) {
      ok<CorrectionView>(await w.as.discipline.post(`/api/v1/tolerance/cases/${id}/corrections`, task));
    }
    const { res, texts } = await download(w.as.cadreA, noticeUrl());
    const noticeNumber = number.replace('容〔', '容纠〔');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent(`${noticeNumber}-纠错整改通知书.docx`));
    expect(texts.slice(0, 5)).toEqual(['中共测试县纪律检查委员会', noticeNumber, '关于做好甲一同志容错事项', '纠错整改工作的通知', '甲局：']);
    expect(texts[5]).toContain(`作出《关于给予甲一同志容错免责的认定意见》（${number}）`);
    expect(texts).toContain('1.完善招商项目审批流程。责任人：甲一；完成时限：2026年10月30日前。');
    expect(texts).toContain('2.挽回剩余损失。责任人：甲局；完成时限：2026年11月30日前。');
    expect(texts.find((t) => t.includes('各项任务完成后'))).toContain('书面报告本委');
    expect(texts.slice(-2)).toEqual(['中共测试县纪律检查委员会', '2026年10月14日']);
    expectError(await w.as.cadreB.get(noticeUrl()), 404, 'NOT_FOUND');
  });

  it('each download is logged as a read of the case, naming the document and its number', async () => {
    const rows = await w.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'tolerance_case.download_document')));
    const documents = rows.map((r) => (r.changes as Record<string, { after: string }>).document?.after);
    expect(documents.filter((d) => d === '容错认定书')).toHaveLength(4);
    expect(documents.filter((d) => d === '纠错整改通知书')).toHaveLength(1);
    expect(rows.every((r) => r.entity === 'tolerance_case')).toBe(true);
    expect((await detailOf(w.as.discipline, id)).case.state).toBe('FILING');
  });
});
