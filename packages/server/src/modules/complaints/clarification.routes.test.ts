import type { ComplaintDetail } from '@dandang/shared/complaints/complaint-view.schema';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { expectError, fieldPaths, multipartBody, ok } from '../../test/http';
import { buildWorld, concluded, detailOf, type World } from './complaints.test-support';

/*
 * 澄清正名 (issue 7 item 2; DOMAIN.md §8, 检举控告工作规则第五十条): an anonymous complaint verified as FALSE, the
 * cadre's consent in the app, approval by the head of the body, the Word notice, and completion; consent on paper;
 * and the refusals (UNPROVEN never qualifies, no step out of order, the cadre answers only for themself).
 */

let w: World;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function paragraphs(res: LightMyRequestResponse): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
    .filter((text) => text !== '');
}

const proposal = (cadreId: string, overrides: Record<string, unknown> = {}) => ({
  cadreId,
  falsePoints: '反映其春节期间收受管理服务对象礼金的问题',
  impacts: ['SELECTION_AFFECTED'],
  forms: ['EXPLANATION', 'PARTY_COMMITTEE_NOTICE'],
  scopeNote: '甲局全体干部职工会议',
  ...overrides,
});

/** One cadre's clarification on the complaint page. */
const ofCadre = (d: ComplaintDetail, cadreId: string) => d.clarifications.find((c) => c.cadreId === cadreId);

beforeAll(async () => {
  w = await buildWorld('2026-10-12T09:00:00+08:00');
});
afterAll(() => w.t.close());

describe('an anonymous complaint found FALSE, cleared with the cadre’s consent', () => {
  let id: string;
  let number: string;

  beforeAll(async () => {
    id = await concluded(w, [w.cadres.a], 'FALSE');
    number = (await detailOf(w.as.handler, id)).case.number;
  });

  it('is proposed by the handler with the rule’s recommendation waiting for consent', async () => {
    const d = ok<ComplaintDetail>(await w.as.handler.post(`/api/v1/complaints/${id}/clarification`, proposal(w.cadres.a)));
    expect(ofCadre(d, w.cadres.a)).toMatchObject({ status: 'PROPOSED', cadreName: '甲一', recommendation: { recommended: false } });
    expect(ofCadre(d, w.cadres.a)?.recommendation.reasons.map((r) => r.code)).toEqual(['NO_CONSENT']);
    expectError(await w.as.handler.post(`/api/v1/complaints/${id}/clarification`, proposal(w.cadres.a)), 409, 'DUPLICATE');
  });

  it('cannot be approved before the cadre consents', async () => {
    const clarification = ofCadre(await detailOf(w.as.handler, id), w.cadres.a);
    expectError(
      await w.as.handler.post(`/api/v1/complaints/${id}/clarification/approve`, { cadreId: w.cadres.a, version: clarification?.version }),
      409,
      'STATE_CONFLICT',
    );
  });

  it('is shown to the accused cadre without the complaint, and only they answer it', async () => {
    const mine = ok<Array<{ complaintId: string; falsePoints: string; version: number }>>(await w.as.cadreA.get('/api/v1/complaints/clarifications/mine'));
    expect(mine).toHaveLength(1);
    // Only what the cadre is asked to agree to: not the complaint's matter, channel, number or title.
    expect(Object.keys(mine[0] ?? {}).sort()).toEqual(['complaintId', 'falsePoints', 'forms', 'status', 'statusLabel', 'version']);
    expect(ok(await w.as.cadreB.get('/api/v1/complaints/clarifications/mine'))).toEqual([]);
    const version = mine[0]?.version as number;
    expectError(await w.as.cadreB.post(`/api/v1/complaints/${id}/clarification/consent`, { version, consent: true }), 404, 'NOT_FOUND');
    expectError(await w.as.cadreA.post(`/api/v1/complaints/${id}/clarification/consent`, { version: version + 5, consent: true }), 409, 'VERSION_CONFLICT');
    expect(ok(await w.as.cadreA.post(`/api/v1/complaints/${id}/clarification/consent`, { version, consent: true }))).toMatchObject({ status: 'CONSENTED' });
  });

  it('is approved only by clarification.approve, then the notice is issued', async () => {
    const clarification = ofCadre(await detailOf(w.as.handler, id), w.cadres.a);
    expect(clarification?.recommendation.recommended).toBe(true);
    expectError(
      await w.as.clerk.post(`/api/v1/complaints/${id}/clarification/approve`, { cadreId: w.cadres.a, version: clarification?.version }),
      403,
      'FORBIDDEN',
    );
    expectError(await w.as.handler.get(`/api/v1/complaints/${id}/clarification.docx`), 409, 'STATE_CONFLICT');
    const approved = ok<ComplaintDetail>(
      await w.as.handler.post(`/api/v1/complaints/${id}/clarification/approve`, { cadreId: w.cadres.a, version: clarification?.version, note: '同意' }),
    );
    expect(ofCadre(approved, w.cadres.a)).toMatchObject({ status: 'APPROVED', consentWay: '本人在系统中确认' });

    const res = await w.as.clerk.get(`/api/v1/complaints/${id}/clarification.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain(DOCX);
    const texts = await paragraphs(res);
    const all = texts.join('\n');
    expect(texts).toContain('关于为甲一同志澄清正名的通知');
    expect(all).toContain(number.replace('检〔', '检澄〔'));
    expect(all).toContain('中共');
    expect(all).toContain('纪律检查委员会');
    expect(all).toContain('经核查，反映甲局甲一同志的下列问题失实：反映其春节期间收受管理服务对象礼金的问题。');
    expect(all).toContain('第五十条');
    expect(all).toContain('向所在单位主要负责人和本人书面或当面说明');
    expect(all).toContain('澄清范围：甲局全体干部职工会议。');
    expect(all).not.toMatch(/匿名|检举控告人/);
    const downloads = await w.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'complaint.download_document'), eq(auditLog.entityId, id)));
    expect(downloads).toHaveLength(1);
  });

  it('records completion, not before the approval nor in the future', async () => {
    const clarification = ofCadre(await detailOf(w.as.handler, id), w.cadres.a);
    const future = await w.as.handler.post(`/api/v1/complaints/${id}/clarification/complete`, {
      cadreId: w.cadres.a,
      version: clarification?.version,
      completedOn: '2026-12-01',
      note: '已通报',
    });
    expect(fieldPaths(future)).toEqual(['completedOn']);
    const done = ok<ComplaintDetail>(
      await w.as.handler.post(`/api/v1/complaints/${id}/clarification/complete`, {
        cadreId: w.cadres.a,
        version: clarification?.version,
        completedOn: '2026-10-12',
        note: '已在甲局干部大会上通报',
      }),
    );
    expect(ofCadre(done, w.cadres.a)).toMatchObject({ status: 'COMPLETED', completedOn: '2026-10-12' });
    const steps = await w.t.database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, id));
    expect(steps.map((s) => s.action)).toEqual(
      expect.arrayContaining(['clarification.propose', 'clarification.consent', 'clarification.approve', 'clarification.complete']),
    );
  });
});

describe('consent on paper', () => {
  it('is entered by the handler with the signed statement, a file of this complaint', async () => {
    const id = await concluded(w, [w.cadres.b], 'MISTAKEN');
    const clarification = ofCadre(
      ok<ComplaintDetail>(await w.as.handler.post(`/api/v1/complaints/${id}/clarification`, proposal(w.cadres.b, { impacts: ['RIGHTS_AFFECTED'] }))),
      w.cadres.b,
    );
    const version = clarification?.version;
    const stranger = await w.as.handler.post(`/api/v1/complaints/${id}/clarification/paper-consent`, {
      cadreId: w.cadres.b,
      version,
      consent: true,
      attachmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fieldPaths(stranger)).toEqual(['attachmentId']);
    const { payload, headers } = multipartBody(Buffer.from('%PDF-1.4 signed'), '本人意见.pdf');
    const file = ok<{ id: string }>(await w.as.handler.request('POST', `/api/v1/cases/${id}/attachments`, payload, headers));
    const d = ok<ComplaintDetail>(
      await w.as.handler.post(`/api/v1/complaints/${id}/clarification/paper-consent`, { cadreId: w.cadres.b, version, consent: true, attachmentId: file.id }),
    );
    expect(ofCadre(d, w.cadres.b)).toMatchObject({ status: 'CONSENTED', consentWay: '书面确认（承办人录入）', consentAttachmentId: file.id });
  });
});

describe('a complaint about two cadres', () => {
  it('clears each with their own consent, and the notice names whose it is', async () => {
    const id = await concluded(w, [w.cadres.a, w.cadres.a2], 'FALSE');
    ok(await w.as.handler.post(`/api/v1/complaints/${id}/clarification`, proposal(w.cadres.a)));
    const d = ok<ComplaintDetail>(await w.as.handler.post(`/api/v1/complaints/${id}/clarification`, proposal(w.cadres.a2)));
    expect(d.clarifications.map((c) => c.cadreName)).toEqual(['甲一', '甲二']);
    const mine = ok<Array<{ complaintId: string; version: number }>>(await w.as.cadreA.get('/api/v1/complaints/clarifications/mine'));
    const here = mine.find((m) => m.complaintId === id);
    ok(await w.as.cadreA.post(`/api/v1/complaints/${id}/clarification/consent`, { version: here?.version, consent: true }));
    const after = await detailOf(w.as.handler, id);
    expect(after.clarifications.map((c) => c.status)).toEqual(['CONSENTED', 'PROPOSED']);
    const first = ofCadre(after, w.cadres.a);
    ok(await w.as.handler.post(`/api/v1/complaints/${id}/clarification/approve`, { cadreId: w.cadres.a, version: first?.version }));
    expect(fieldPaths(await w.as.handler.get(`/api/v1/complaints/${id}/clarification.docx`))).toEqual(['cadreId']);
    const res = await w.as.handler.get(`/api/v1/complaints/${id}/clarification.docx?cadreId=${w.cadres.a}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await paragraphs(res)).toContain('关于为甲一同志澄清正名的通知');
    expectError(await w.as.handler.get(`/api/v1/complaints/${id}/clarification.docx?cadreId=${w.cadres.a2}`), 409, 'STATE_CONFLICT');
  });
});

describe('refusals', () => {
  it('UNPROVEN never qualifies (第五十条), and no impact means nothing to clear', async () => {
    const unproven = await concluded(w, [w.cadres.a2], 'UNPROVEN');
    expectError(await w.as.handler.post(`/api/v1/complaints/${unproven}/clarification`, proposal(w.cadres.a2)), 409, 'STATE_CONFLICT');
    const falseOne = await concluded(w, [w.cadres.a2], 'FALSE');
    expect(fieldPaths(await w.as.handler.post(`/api/v1/complaints/${falseOne}/clarification`, proposal(w.cadres.a2, { impacts: [] })))).toEqual(['impacts']);
    expect(fieldPaths(await w.as.handler.post(`/api/v1/complaints/${falseOne}/clarification`, proposal(w.cadres.a)))).toEqual(['cadreId']);
  });

  it('comes only after a conclusion', async () => {
    const open = ok<ComplaintDetail>(
      await w.as.registrar.post('/api/v1/complaints', {
        channel: 'PHONE',
        receivedOn: '2026-10-12',
        anonymous: true,
        accusedCadreIds: [w.cadres.a2],
        classification: 'CONDUCT',
        title: '反映工作作风问题',
        matter: '反映该同志办事推诿',
      }),
    ).case.id;
    expectError(await w.as.registrar.post(`/api/v1/complaints/${open}/clarification`, proposal(w.cadres.a2)), 409, 'STATE_CONFLICT');
  });
});
