import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AccountabilityPage } from './pages/accountability.page';
import { CadreProfilePage } from './pages/cadre-profile.page';
import { LoginPage } from './pages/login.page';
import { TolerancePage } from './pages/tolerance.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { chinaToday, plusMonths } from './support/dates';

/*
 * [CASES] The must-show journeys of issue 6 ("谁问责、谁容错"). A cadre applies for tolerance with evidence while a
 * proposal to hold them accountable is pending; the discipline commission links the two, investigates, sees the
 * checklist recommend EXEMPT with its reasons and decides collectively, and the accountability case closes as
 * 免予问责 with no measure. On a second cadre the checklist finds personal gain, tolerance is refused, and the
 * accountability decision's 诫勉 lands in the registry with its promotion bar; a second proposal on the same facts is
 * refused, and an appeal is recorded.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const suffix = Date.now().toString(36).toUpperCase();
const today = chinaToday();

type Case = { id: string; number: string; version: number; state: string };
type Impact = { promotion: { eligible: boolean } };

let discipline: ApiClient;
let cadreSession: BrowserSession;
let disciplineSession: BrowserSession;
let myCadreId: string;
let otherCadre: { id: string; name: string };
let matterId: string;
let mine: Case;
let other: Case;

async function propose(cadreId: string): Promise<Case> {
  const answer = await discipline.json<{ caseId: string; detail: { case: Case } }>('POST', `/api/v1/accountability/matters/${matterId}/proposals`, {
    body: 'DISCIPLINE',
    subjectKind: 'CADRE',
    cadreId,
    forms: ['ADMONISH'],
    facts: '园区项目审批中未履行集体决策程序，造成损失',
    grounds: '《中国共产党问责条例》第七条',
  });
  return answer.detail.case;
}

beforeAll(async () => {
  discipline = new ApiClient(baseUrl);
  await discipline.login('demo_discipline', demoPassword);
  const cadre = new ApiClient(baseUrl);
  await cadre.login('demo_cadre', demoPassword);
  myCadreId = (await cadre.json<{ cadreId: string }>('GET', '/api/v1/auth/me')).cadreId;
  // Someone else of the county with no bar running, so the 诫勉's bar is the one the profile shows.
  const roster = await discipline.json<{ items: Array<{ id: string; name: string }> }>('GET', '/api/v1/cadres?page=1&pageSize=50');
  for (const c of roster.items.filter((c) => c.id !== myCadreId)) {
    if ((await discipline.json<Impact>('GET', `/api/v1/cadres/${c.id}/impact`)).promotion.eligible) {
      otherCadre = c;
      break;
    }
  }
  matterId = (
    await discipline.json<{ id: string }>('POST', '/api/v1/accountability/matters', {
      title: `园区招商项目问题${suffix}`,
      facts: '2026 年 6 月园区招商项目审批中未履行集体决策程序，造成一定经济损失',
      occurredOn: '2026-06-15',
      source: '巡察移交',
      cadreIds: [myCadreId, otherCadre.id],
    })
  ).id;
  mine = await propose(myCadreId);
  other = await propose(otherCadre.id);
  cadreSession = await openBrowser();
  await new LoginPage(cadreSession.page, baseUrl).loginAs('demo_cadre', demoPassword);
  disciplineSession = await openBrowser();
  await new LoginPage(disciplineSession.page, baseUrl).loginAs('demo_discipline', demoPassword);
});
afterAll(() => closeBrowser());

describe('[CASES][TOLERANCE]: an application with evidence, investigated and exempted, closes the accountability case', () => {
  let caseId: string;

  it('takes the cadre’s application with its evidence', async () => {
    const tolerance = new TolerancePage(cadreSession.page, baseUrl);
    caseId = await tolerance.apply({
      title: `园区项目容错申请${suffix}`,
      occurredOn: '2026-06-15',
      matter: '在推进园区招商项目中，因政策尚无明确规定先行试点，审批程序存在瑕疵',
      situation: '先行先试缺乏经验',
      grounds: '出于推动发展的公心，未谋取私利，已积极挽回损失',
      evidence: { name: '项目会议纪要.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 会议纪要') },
    });
    await tolerance.stateReads('待受理');
    await cadreSession.page.getByRole('tab', { name: /附件/ }).click();
    await cadreSession.page.getByRole('button', { name: '项目会议纪要.pdf' }).waitFor();
    await settled(cadreSession.page);
    await screenshot(cadreSession.page, 'cases-tolerance-applied');
  });

  it('is linked to the pending accountability case, investigated, and the checklist recommends EXEMPT with its reasons', async () => {
    const tolerance = new TolerancePage(disciplineSession.page, baseUrl);
    await tolerance.open(caseId);
    await tolerance.linkAccountability(mine.number);
    await tolerance.step('受理');
    await tolerance.stateReads('调查核实');
    await tolerance.establishFacts([
      '先行先试缺乏经验',
      '符合决策部署且未被明令禁止',
      '出于公心勤勉尽责',
      '履行民主/集体决策程序（或紧急处置后及时报告）',
      '未谋取私利',
      '积极消除影响挽回损失',
    ]);
    const advice = disciplineSession.page.getByText('系统建议：免责');
    await advice.waitFor({ timeout: 20_000 });
    await expect.poll(() => tolerance.card('调查核实清单').innerText()).toContain('先行先试缺乏经验，且');
    await tolerance.saveChecklist();
    const report = await tolerance.openStep('调查完毕，提请集体研究');
    await report.getByLabel('调查核实情况', { exact: true }).fill('经调查核实，属先行先试中的失误，符合容错条件');
    await tolerance.confirm(report);
    await tolerance.stateReads('集体研究');
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'cases-tolerance-checklist');
  });

  it('is decided collectively; the accountability case closes as 免予问责 and the cadre’s impact panel is unchanged', async () => {
    const tolerance = new TolerancePage(disciplineSession.page, baseUrl);
    await tolerance.decide({ meetingDate: today, attendees: ['张书记', '李副书记', '王常委'], votes: [3, 0, 0], decision: '免责' });
    await tolerance.stateReads('书面反馈');
    const decision = tolerance.card('集体研究认定');
    await expect.poll(() => decision.innerText()).toContain(mine.number);
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'cases-tolerance-decided');

    const accountability = new AccountabilityPage(disciplineSession.page, baseUrl);
    await accountability.openCase(mine.id);
    await accountability.stateReads('免予问责');
    const measures = await discipline.json<Array<{ code: string }>>('GET', `/api/v1/cadres/${myCadreId}/measures`);
    expect(measures.filter((m) => m.code === 'ADMONISH')).toEqual([]);
    expect((await discipline.json<Impact>('GET', `/api/v1/cadres/${myCadreId}/impact`)).promotion.eligible).toBe(true);
  });
});

describe('[CASES][ACCOUNTABILITY]: tolerance refused, 诫勉 decided and registered, a duplicate refused, an appeal recorded', () => {
  it('refuses tolerance where personal gain is found', async () => {
    const opened = await discipline.json<{ case: Case }>('POST', '/api/v1/tolerance/cases', {
      subjectCadreId: otherCadre.id,
      title: `主动容错${suffix}`,
      matter: '园区项目审批程序问题',
      occurredOn: '2026-06-15',
      accountabilityCaseId: other.id,
    });
    const id = opened.case.id;
    const step = async (action: string, fields: Record<string, unknown> = {}) => {
      const { case: c } = await discipline.json<{ case: Case }>('GET', `/api/v1/tolerance/cases/${id}`);
      await discipline.json('POST', `/api/v1/tolerance/cases/${id}/actions/${action}`, { version: c.version, note: '', fields });
    };
    await step('accept');
    const { version } = await discipline.json<{ version: number }>('GET', `/api/v1/tolerance/cases/${id}`);
    await discipline.json('PUT', `/api/v1/tolerance/cases/${id}/facts`, {
      version,
      situations: ['UNINTENTIONAL_FOR_DEVELOPMENT'],
      conditions: {},
      exclusions: ['PERSONAL_GAIN'],
      mitigations: [],
      notes: '经核实，存在谋取私利情形',
    });
    await step('report', { findings: '存在谋取私利情形' });
    await step('decide', { meetingDate: today, attendees: ['张书记', '李副书记', '王常委'], votes: { for: 3, against: 0, abstain: 0 }, decision: 'REJECTED' });
    const tolerance = new TolerancePage(disciplineSession.page, baseUrl);
    await tolerance.open(id);
    await expect.poll(() => tolerance.card('集体研究认定').innerText()).toContain('不予容错');
  });

  it('decides 诫勉 in the browser, and the registry shows the measure and the promotion bar with its end date', async () => {
    const accountability = new AccountabilityPage(disciplineSession.page, baseUrl);
    await accountability.openCase(other.id);
    await accountability.step('开始统筹研究');
    await accountability.stateReads('统筹研究');
    await accountability.decide({ forms: ['诫勉'], decidedOn: today, documentNo: `示纪决〔2026〕${suffix}号`, basis: '未履行集体决策程序，造成损失' });
    await accountability.stateReads('已决定·执行中');
    await expect.poll(() => accountability.card('问责决定').innerText()).toContain('诫勉');
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'cases-accountability-decided');

    const profile = new CadreProfilePage(disciplineSession.page, baseUrl);
    await profile.open(otherCadre.id);
    await profile.measureRow('诫勉').waitFor();
    await profile.promotionReads(`暂不可提拔，最早 ${plusMonths(today, 6)} 可提拔`);
  });

  it('refuses a second proposal for the same cadre on the same facts, with the reason', async () => {
    const accountability = new AccountabilityPage(disciplineSession.page, baseUrl);
    await accountability.openMatter(matterId);
    const dialog = await accountability.propose({ body: '组织部', cadre: otherCadre.name, form: '诫勉', facts: '同一事实', grounds: '同一依据' });
    await disciplineSession.page
      .getByText(/重复问责/)
      .first()
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'cases-accountability-duplicate');
  });

  it('records an appeal within the month, listed with the day it must be answered by', async () => {
    const accountability = new AccountabilityPage(disciplineSession.page, baseUrl);
    await accountability.openCase(other.id);
    await accountability.lodgeAppeal('认为问责事实认定有误，申请复查');
    const appeals = accountability.card('申诉');
    await expect.poll(() => appeals.innerText()).toContain(`应于 ${plusMonths(today, 1)} 前答复`);
    await settled(disciplineSession.page);
    await screenshot(disciplineSession.page, 'cases-accountability-appeal');
  });
});

describe('[CASES][VIEWS]: the lists and the statistics show what was done', () => {
  it('lists the tolerance cases and the matter, and counts them in the year’s statistics', async () => {
    const page = disciplineSession.page;
    await page.goto(`${baseUrl}/tolerance/cases`);
    await page.getByText(`园区项目容错申请${suffix}`).waitFor({ timeout: 20_000 });
    await settled(page);
    await screenshot(page, 'cases-tolerance-list');

    await page.goto(`${baseUrl}/accountability/matters`);
    await page.getByRole('link', { name: `园区招商项目问题${suffix}` }).waitFor({ timeout: 20_000 });
    await page.getByRole('link', { name: `园区招商项目问题${suffix}` }).click();
    const accountability = new AccountabilityPage(page, baseUrl);
    await expect.poll(() => accountability.card('问责案件').innerText()).toContain(other.number);
    await settled(page);
    await screenshot(page, 'cases-accountability-matter');

    await page.goto(`${baseUrl}/cases/due`);
    await page.getByText('已逾期（').waitFor({ timeout: 20_000 });
    await settled(page);
    await screenshot(page, 'cases-due');

    await page.goto(`${baseUrl}/tolerance/statistics`);
    const decided = page.locator('.ant-statistic').filter({ hasText: '已作出认定' });
    await expect.poll(async () => Number((await decided.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(2);
    await settled(page);
    await screenshot(page, 'cases-tolerance-statistics');

    await page.goto(`${baseUrl}/accountability/statistics`);
    const decisions = page.locator('.ant-statistic').filter({ hasText: '问责决定' });
    await expect.poll(async () => Number((await decisions.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(1);
    await settled(page);
    await screenshot(page, 'cases-accountability-statistics');
  });
});
