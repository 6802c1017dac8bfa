import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AssessmentPage } from './pages/assessment.page';
import { BallotPage } from './pages/ballot.page';
import { LoginPage } from './pages/login.page';
import { clickInDialog, settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');

let session: BrowserSession;
let org: ApiClient;
let cycleId: string;
const suffix = Date.now().toString(36).toUpperCase();
const revenue = { code: `REV_${suffix}`, name: '一般公共预算收入' };
const party = { code: `PARTY_${suffix}`, name: '党建工作' };

beforeAll(async () => {
  org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  const indicator = await org.json<{ id: string }>('POST', '/api/v1/assessment/indicators', {
    ...party,
    definition: {
      kind: 'QUALITATIVE',
      scale: [
        { code: 'GOOD', label: '好', percent: 100, anchor: '党建责任制落实到位' },
        { code: 'FAIR', label: '一般', percent: 60 },
      ],
    },
  });
  // A cycle of the education bureau's cadres, assessed by a one-indicator individual scheme, set up as a draft.
  const scheme = await org.json<{ id: string }>('POST', '/api/v1/assessment/schemes', {
    name: `个人平时考核${suffix}`,
    category: 'INDIVIDUAL',
    items: [{ indicatorId: indicator.id, weight: 100 }],
    raterGroups: [
      { group: 'SUPERIOR', weight: 40 },
      { group: 'PEER', weight: 60 },
    ],
    formula: 'indicators * 0.7 + democratic * 0.3 + bonus - deduction',
  });
  const units = await org.json<Array<{ id: string; name: string }>>('GET', '/api/v1/units');
  const bureau = units.find((u) => u.name === '示范县教育局');
  if (!bureau) throw new Error('the demo county has no 示范县教育局');
  cycleId = (
    await org.json<{ id: string }>('POST', '/api/v1/assessment/cycles', {
      name: `教育局第四季度平时考核${suffix}`,
      kind: 'PERIODIC',
      year: 2026,
      quarter: 4,
      unitIds: [bureau.id],
      schemes: [{ category: 'INDIVIDUAL', schemeId: scheme.id }],
      stageWorkdays: { OPEN: 10, SCORING: 5, GRADING: 5, NOTICE: 5 },
    })
  ).id;
  session = await openBrowser();
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
});
afterAll(async () => {
  await session?.close();
  await closeBrowser();
});

describe('[ASSESSMENT][SCHEME]: the organization department builds the indicator library and a scheme whose weights total 100', () => {
  it('adds a quantitative indicator that scores linearly with a cap, and lists how it scores', async () => {
    const p = new AssessmentPage(session.page, baseUrl);
    await p.openIndicators();
    expect(await p.addLinearIndicator(revenue.code, revenue.name, '万元', 120)).toBe(true);
    await expect(p.indicatorRow(revenue.code).innerText()).resolves.toContain('越高越好（万元），按完成比例计分，封顶 120%');
    await expect(p.indicatorRow(party.code).innerText()).resolves.toContain('好 100% / 一般 60%');
    await settled(session.page);
    await screenshot(session.page, 'assessment-indicators');
    const history = await p.openRevisions(revenue.code);
    await expect(history.innerText()).resolves.toContain('第 1 版（当前）');
    await screenshot(session.page, 'assessment-indicator-revisions');
    await history.getByRole('button', { name: /close|关闭/i }).click();
  });

  it('offers threshold steps for a quantitative indicator and a rating scale for a qualitative one', async () => {
    const p = new AssessmentPage(session.page, baseUrl);
    await p.openIndicators();
    const dialog = await p.openStepsIndicatorForm();
    await expect(dialog.getByPlaceholder('档位值').count()).resolves.toBe(1);
    await screenshot(session.page, 'assessment-indicator-steps');
    await p.switchToQualitative(dialog);
    await expect(dialog.getByPlaceholder('代码').count()).resolves.toBe(4);
    await screenshot(session.page, 'assessment-indicator-scale');
    await p.cancel(dialog);
  });

  it('shows the weights’ running total live and saves the scheme once it is 100', async () => {
    const p = new AssessmentPage(session.page, baseUrl);
    await p.openNewScheme();
    await session.page.getByLabel('方案名称').fill(`乡镇年度综合考核${suffix}`);
    await p.setItem(0, `${revenue.code} ${revenue.name}（定量）`, 60);
    await expect(p.weightTotal().innerText()).resolves.toContain('指标权重合计 60，应为 100（还差 40）');
    // Saving now is refused on the page with the same reason, before anything is sent.
    expect(await p.saveScheme('请先修改：指标权重合计应为 100，当前为 60')).toBe(true);
    await p.setItem(1, `${party.code} ${party.name}（定性）`, 40);
    await p.addAdjustment('加分项', '表彰奖励', '受到市级以上表彰', 1, 3);
    await expect(p.weightTotal().innerText()).resolves.toContain('指标权重合计 100，符合要求');
    await settled(session.page);
    await screenshot(session.page, 'assessment-scheme-editor');
    expect(await p.saveScheme()).toBe(true);
    await session.page.waitForURL(/\/assessment\/schemes\/[0-9a-f-]{36}$/);
    await p.openSchemes();
    await expect(
      session.page
        .locator('.ant-table-row')
        .filter({ hasText: `乡镇年度综合考核${suffix}` })
        .innerText(),
    ).resolves.toContain('一般公共预算收入 60');
    await screenshot(session.page, 'assessment-schemes');
  });
});

describe('[ASSESSMENT][CYCLE]: the organization department opens a quarterly cycle, which fixes who it assesses and starts its deadline', () => {
  it('opens the draft from its page and lists the bureau’s cadres as participants', async () => {
    const p = new AssessmentPage(session.page, baseUrl);
    await p.openCycle(cycleId);
    await expect(session.page.getByText('按当前名册约').innerText()).resolves.toMatch(/按当前名册约 \d+ 人/);
    expect(await p.advance('启动考核')).toBe(true);
    await p.participantsLoaded();
    await expect(session.page.locator('.ant-steps-item-process').innerText()).resolves.toMatch(/填报[\s\S]*截止 \d{4}-\d{2}-\d{2}/);
    await expect(session.page.locator('.ant-table-row').first().innerText()).resolves.toContain('示范县教育局');
    await settled(session.page);
    await screenshot(session.page, 'assessment-cycle-open');
  });

  it('lists the cycle with its stage and deadline, beside the form for a new one', async () => {
    const p = new AssessmentPage(session.page, baseUrl);
    await p.openCycles();
    await expect(session.page.locator('.ant-table-row').filter({ hasText: suffix }).first().innerText()).resolves.toMatch(/填报[\s\S]*\d{4}-\d{2}-\d{2}/);
    await screenshot(session.page, 'assessment-cycles');
    const dialog = await p.openNewCycleForm();
    await screenshot(session.page, 'assessment-cycle-form');
    await clickInDialog(dialog, /取\s?消/);
  });
});

describe('[ASSESSMENT][BALLOT]: the organization department makes ballot codes; a rater votes on a phone without an account, once', () => {
  let codes: string[] = [];

  it('makes codes for the bureau’s rater groups and shows them once, as slips with QR codes', async () => {
    const p = new AssessmentPage(session.page, baseUrl);
    await p.openCycle(cycleId);
    const form = await p.fillBallotForm('示范县教育局', 3);
    await screenshot(session.page, 'assessment-ballot-form');
    codes = await p.makeBallotCodes(form);
    expect(codes).toHaveLength(6);
    await screenshot(session.page, 'assessment-ballot-codes');
    await p.closeCodeSheet();
  });

  it('casts a ballot from a 390 px phone by the code’s link, rating every subject, and refuses the code a second time', async () => {
    const phone = await openBrowser({ width: 390, height: 844 });
    try {
      const ballot = new BallotPage(phone.page, baseUrl);
      const subjects = await ballot.openByLink(codes[0] as string);
      expect(subjects).toBeGreaterThan(1);
      await ballot.rateAll('较好');
      await screenshot(phone.page, 'assessment-ballot-phone');
      await ballot.submit();
      await phone.page.getByText('投票成功').waitFor();
      await screenshot(phone.page, 'assessment-ballot-cast');
      await expect(ballot.openByCode(codes[0] as string)).resolves.toContain('测评码无效或已被使用');
    } finally {
      await phone.close();
    }
  });

  it('shows the turnout with the group still under its minimum, and the tally after closing', async () => {
    const p = new AssessmentPage(session.page, baseUrl);
    await p.openCycle(cycleId);
    await expect(p.ballotRow('示范县教育局').innerText()).resolves.toMatch(/上级：\d \/ 3[\s\S]*同级：\d \/ 3/);
    await p.closeBallot('示范县教育局');
    const tally = await p.openTally('示范县教育局');
    await expect(tally.innerText()).resolves.toContain('不计入');
    await screenshot(session.page, 'assessment-ballot-tally');
  });
});
