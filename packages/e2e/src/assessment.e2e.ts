import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AssessmentPage } from './pages/assessment.page';
import { LoginPage } from './pages/login.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');

let session: BrowserSession;
const suffix = Date.now().toString(36).toUpperCase();
const revenue = { code: `REV_${suffix}`, name: '一般公共预算收入' };
const party = { code: `PARTY_${suffix}`, name: '党建工作' };

beforeAll(async () => {
  const org = new ApiClient(baseUrl);
  await org.login('demo_org', demoPassword);
  const res = await org.request('POST', '/api/v1/assessment/indicators', {
    ...party,
    definition: {
      kind: 'QUALITATIVE',
      scale: [
        { code: 'GOOD', label: '好', percent: 100, anchor: '党建责任制落实到位' },
        { code: 'FAIR', label: '一般', percent: 60 },
      ],
    },
  });
  if (res.status !== 200) throw new Error(`indicator: ${res.status} ${JSON.stringify(res.json)}`);
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
    await expect(p.weightTotal().innerText()).resolves.toContain('指标权重合计 100，符合要求');
    await settled(session.page);
    await screenshot(session.page, 'assessment-scheme-editor');
    expect(await p.saveScheme()).toBe(true);
    await session.page.waitForURL(/\/assessment\/schemes\/[0-9a-f-]{36}$/);
  });
});
