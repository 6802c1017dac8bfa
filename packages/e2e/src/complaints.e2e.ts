import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ComplaintPage } from './pages/complaint.page';
import { LoginPage } from './pages/login.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { downloadFrom } from './support/download';

/*
 * [COMPLAINTS] The must-show journey of issue 7 (为担当者担当): an anonymous complaint about a cadre is registered and
 * assigned, verified and concluded 失实; the handler proposes to clear the cadre; the cadre agrees in the app on their
 * own page, which never shows the complaint; the head of the body approves, and the clarification notice is a Word
 * document naming the cadre.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const suffix = Date.now().toString(36).toUpperCase();
const HANDLER = '纪委监委 案件室';

let disciplineSession: BrowserSession;
let cadreSession: BrowserSession;
let accused: { id: string; name: string };
let accusedUnit: string;
let complaintId: string;

beforeAll(async () => {
  const cadre = new ApiClient(baseUrl);
  await cadre.login('demo_cadre', demoPassword);
  const me = await cadre.json<{ cadreId: string }>('GET', '/api/v1/auth/me');
  const discipline = new ApiClient(baseUrl);
  await discipline.login('demo_discipline', demoPassword);
  const profile = await discipline.json<{ name: string; unitName: string }>('GET', `/api/v1/cadres/${me.cadreId}`);
  accused = { id: me.cadreId, name: profile.name };
  accusedUnit = profile.unitName;
  disciplineSession = await openBrowser();
  await new LoginPage(disciplineSession.page, baseUrl).loginAs('demo_discipline', demoPassword);
  cadreSession = await openBrowser();
  await new LoginPage(cadreSession.page, baseUrl).loginAs('demo_cadre', demoPassword);
});
afterAll(() => closeBrowser());

describe('[COMPLAINTS][CLARIFICATION]: anonymous complaint → verification → 失实 → the cadre consents → approval → notice', () => {
  it('registers an anonymous complaint about the cadre and assigns the handler', async () => {
    const page = new ComplaintPage(disciplineSession.page, baseUrl);
    complaintId = await page.intakeAnonymous({
      accused: accused.name,
      handler: HANDLER,
      title: `反映违规收受礼金问题${suffix}`,
      matter: '匿名来信反映该同志 2026 年春节期间收受管理服务对象礼金',
    });
    await page.stateReads('登记');
    const card = page.card('检举控告情况');
    await expect.poll(() => card.innerText()).toContain(HANDLER);
    expect(await card.innerText()).toContain('匿名');
    // An anonymous complaint has no identity to show, so not even the assigned handler gets the button.
    expect(await card.getByRole('button', { name: '查看检举控告人' }).count()).toBe(0);
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'complaints-registered');
  });

  it('is verified with notes and concluded 失实', async () => {
    const page = new ComplaintPage(disciplineSession.page, baseUrl);
    await page.step('受理并开展核查');
    await page.stateReads('核查');
    await page.addNote('调取春节期间银行流水，与本人及 3 名同事谈话，未发现收受礼金');
    await page.conclude('失实', '经调取账目、谈话核实，反映问题无事实依据');
    await page.stateReads('办结');
    await expect.poll(() => page.card('检举控告情况').innerText()).toContain('失实');
    await page.proposeClarification('反映其春节期间收受管理服务对象礼金问题', '选拔任用、评先评优等已经或者可能受到影响');
    await expect.poll(() => page.clarification(accused.name).innerText()).toContain('待本人表态');
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'complaints-concluded');
  });

  it('lets the cadre agree in the app, seeing what is cleared but never the complaint', async () => {
    const page = new ComplaintPage(cadreSession.page, baseUrl);
    await cadreSession.page.goto(`${baseUrl}/my/clarifications`);
    await cadreSession.page.getByText('反映其春节期间收受管理服务对象礼金问题').waitFor();
    await settled(cadreSession.page);
    await screenshot(cadreSession.page, 'complaints-my-clarification');
    const text = await cadreSession.page.locator('main').innerText();
    expect(text).not.toContain('匿名来信');
    expect(text).not.toContain(`反映违规收受礼金问题${suffix}`);
    await page.consentAsCadre();
    // The complaint itself stays out of the accused cadre's reach.
    await cadreSession.page.goto(`${baseUrl}/complaints/${complaintId}`);
    await cadreSession.page
      .getByText(/无权访问|不存在或无权查看/)
      .first()
      .waitFor({ timeout: 20_000 });
  });

  it('is approved by the head of the body, and the notice is a Word document naming the cadre', async () => {
    const page = new ComplaintPage(disciplineSession.page, baseUrl);
    await page.open(complaintId);
    const card = page.clarification(accused.name);
    await expect.poll(() => card.innerText()).toContain('本人同意，待审批');
    expect(await card.innerText()).toContain('本人在系统中确认');
    await page.approveClarification(accused.name);
    await expect.poll(() => card.innerText()).toContain('已批准，待实施');
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'complaints-approved');
    const file = await downloadFrom(disciplineSession.page, card.getByRole('button', { name: '下载澄清正名通知书' }), 'clarification-notice.docx');
    // Named by the server with the notice's own document number (检澄〔年〕号).
    expect(file.name).toMatch(/^检澄〔\d{4}〕\d+号-澄清正名通知书\.docx$/);
    const zip = await JSZip.loadAsync(await readFile(file.path));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(`关于为${accused.name}同志澄清正名的通知`);
    expect(text).toContain('失实');
  });
});

describe('[COMPLAINTS][STATISTICS]: the year’s figures count the complaint just concluded', () => {
  it('shows it under the accused cadre’s unit, with the share cleared', async () => {
    const page = disciplineSession.page;
    await page.goto(`${baseUrl}/complaint-statistics`);
    await page.getByText('澄清正名率').first().waitFor({ timeout: 20_000 });
    await settled(page);
    await screenshot(page, 'complaints-statistics');
    const text = await page.locator('main').innerText();
    // The charts are drawn on canvas; the unit table is text.
    expect(text).toContain(accusedUnit);
  });
});
