import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CadreSearchPage } from './pages/cadre-search.page';
import { LoginPage } from './pages/login.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');

interface Unit {
  id: string;
  name: string;
}

let session: BrowserSession;
let search: CadreSearchPage;
let api: ApiClient;
let education: Unit;

/** The exact number the API counts for the same filter, as the organization department sees it. */
async function apiTotal(query: string): Promise<number> {
  const res = await api.request('GET', `/api/v1/cadres/count?${query}`);
  return (res.json as { total: number }).total;
}

beforeAll(async () => {
  api = new ApiClient(baseUrl);
  await api.login('demo_org', demoPassword);
  const units = (await api.request('GET', '/api/v1/units')).json as Unit[];
  education = units.find((u) => u.name.endsWith('教育局')) as Unit;
  session = await openBrowser({ width: 1440, height: 900 });
  await new LoginPage(session.page, baseUrl).loginAs('demo_org', demoPassword);
  search = new CadreSearchPage(session.page, baseUrl);
});
afterAll(async () => {
  await session?.close();
  await closeBrowser();
});

describe('[CADRES][SEARCH]', () => {
  it('narrows the roster by unit, age range and promotable, agreeing with the API', async () => {
    await search.open();
    // The county's 300-odd cadres are more than the ten pages the roster counts ahead: 统计总数 gives the number.
    await expect.poll(() => session.page.locator('.ant-pagination-total-text').innerText()).toMatch(/^超过 200 人\s*统计总数$/);
    await settled(session.page);
    await screenshot(session.page, 'cadre-search-long-list');
    const everyone = await search.roster.total();
    expect(everyone).toBe(await apiTotal(''));
    expect(everyone).toBeGreaterThan(200);
    await search.expand();
    await search.chooseUnit(education.name);
    await search.ageRange(null, 45);
    await search.promotable('可提拔');
    await search.submit();
    const narrowed = await search.roster.total();
    const expected = await apiTotal(`unitId=${education.id}&ageMax=45&promotable=true`);
    expect(narrowed).toBe(expected);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(everyone);
    expect(new Set(await search.roster.column('所在单位')).size).toBeGreaterThan(0);
    await settled(session.page);
    await screenshot(session.page, 'cadre-search-filtered');
  });

  it('saves the filter, and re-applies it after a reset', async () => {
    const narrowed = await search.roster.total();
    await search.saveFilter('教育局45岁以下可提拔');
    await search.reset();
    const everyone = await search.roster.total();
    expect(everyone).toBeGreaterThan(narrowed);
    await search.applyFilter('教育局45岁以下可提拔');
    expect(await search.roster.total()).toBe(narrowed);
    await expect.poll(() => session.page.getByLabel('年龄最大').inputValue()).toBe('45');
    await settled(session.page);
    await screenshot(session.page, 'cadre-search-saved');
    await search.deleteFilter();
    const left = (await api.request('GET', '/api/v1/saved-filters?screen=cadres')).json as unknown[];
    expect(left).toEqual([]);
  });

  it('sorts by a column header', async () => {
    await Promise.all([
      session.page.waitForResponse(
        (res) => new URL(res.url()).pathname === '/api/v1/cadres' && new URL(res.url()).searchParams.get('sortField') === 'birthDate',
      ),
      session.page.locator('.ant-table-thead').getByText('出生日期', { exact: true }).click(),
    ]);
    await search.roster.loaded();
    const dates = await search.roster.column('出生日期');
    expect(dates).toEqual([...dates].sort());
  });

  it('lists rotation alerts unit by unit', async () => {
    await search.openRotation();
    const alerts = (await api.request('GET', '/api/v1/cadres/rotation-alerts')).json as { items: unknown[] };
    await expect.poll(() => session.page.getByText(`共 ${alerts.items.length} 人`).count()).toBe(1);
    await settled(session.page);
    await screenshot(session.page, 'cadre-rotation-alerts');
    // The first screen as a person sees it, without the long list below.
    await session.page.screenshot({ path: new URL('../test-results/cadre-rotation-alerts-top.png', import.meta.url).pathname });
  });
});
