import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LoginPage } from './pages/login.page';
import { NotificationsPage } from './pages/notifications.page';
import { settled } from './support/antd';
import { ApiClient } from './support/api';
import { type BrowserSession, closeBrowser, openBrowser, screenshot } from './support/browser';
import { downloadFrom } from './support/download';

/*
 * [NOTIFICATIONS] Issue 8 item 4 in the running product: the sweep scheduled on pg-boss (here on the embedded
 * database, as `npm start` runs it) puts 影响期届满 reminders in the organization department's inbox, with the unread
 * badge in the header; 组织部 publishes a 通知公告 to 教育局, the 教育局 cadre reads it in the app, and the receipts
 * show who has read it, on screen and in Excel.
 */

const baseUrl = inject('baseUrl');
const demoPassword = inject('demoPassword');
const suffix = Date.now().toString(36).toUpperCase();
const TITLE = `关于报送年度工作总结的通知${suffix}`;
const UNIT = '示范县教育局';
const READER = '教育局 干部';

let org: BrowserSession;
let cadre: BrowserSession;
let orgApi: ApiClient;

interface Inbox {
  items: Array<{ kind: string; title: string }>;
  unread: number;
}

beforeAll(async () => {
  orgApi = new ApiClient(baseUrl);
  await orgApi.login('demo_org', demoPassword);
  org = await openBrowser();
  await new LoginPage(org.page, baseUrl).loginAs('demo_org', demoPassword);
  cadre = await openBrowser();
  await new LoginPage(cadre.page, baseUrl).loginAs('demo_cadre', demoPassword);
});
afterAll(() => closeBrowser());

describe('[NOTIFICATIONS][SWEEP]: the scheduled sweep reminds of ending promotion bars', () => {
  it('is queued on the scheduler, runs, and its reminders show in the inbox with the badge', async () => {
    const admin = new ApiClient(baseUrl);
    await admin.login('admin', inject('adminPassword'));
    const asked = await admin.json<{ queued: boolean }>('POST', '/api/v1/notifications/sweep');
    // `queued` only when pg-boss runs in this process: the serve command started it with the app.
    expect(asked.queued).toBe(true);
    await expect
      .poll(async () => (await orgApi.json<Inbox>('GET', '/api/v1/notifications?status=unread&pageSize=500')).items.some((i) => i.kind === 'BAR_ENDING'), {
        timeout: 60_000,
        interval: 1000,
      })
      .toBe(true);

    const page = new NotificationsPage(org.page, baseUrl);
    await page.openInbox();
    await expect.poll(() => page.bell().getAttribute('aria-label')).toMatch(/条未读/);
    // One sweep writes its reminders at one moment; the first page shows some of them, whichever kind.
    expect(await org.page.locator('.ant-table-tbody').innerText()).toMatch(/影响期届满|回访逾期/);
    await screenshot(org.page, 'notifications-inbox');
  });

  it('marks everything read: the badge goes away and the unread filter is empty', async () => {
    const page = new NotificationsPage(org.page, baseUrl);
    await page.markAllRead();
    await expect.poll(() => page.bell().getAttribute('aria-label')).toBe('我的消息');
    await page.filter('未读');
    await expect.poll(() => org.page.locator('.ant-table-row').count()).toBe(0);
    await page.filter('已读');
    await expect.poll(() => org.page.locator('.ant-table-tbody').innerText()).toMatch(/影响期届满|回访逾期/);
    await screenshot(org.page, 'notifications-inbox-read');
  });
});

describe('[NOTIFICATIONS][ANNOUNCE]: 组织部 publishes to 教育局, the cadre reads it, the receipts show it', () => {
  it('publishes an announcement to one unit', async () => {
    const page = new NotificationsPage(org.page, baseUrl);
    await page.openAnnouncements();
    const dialog = await page.fillAnnouncement({ title: TITLE, body: '请各单位于3月20日前报送年度工作总结。\n联系人：组织部干部科', unit: UNIT });
    await settled(org.page);
    await screenshot(org.page, 'notifications-announce-form');
    await page.publish(dialog);
    await page.row(TITLE).waitFor();
    expect(await page.row(TITLE).innerText()).toContain(UNIT);
    await screenshot(org.page, 'notifications-announcements');
  });

  it('reaches the cadre of 教育局, who reads it in the inbox', async () => {
    const page = new NotificationsPage(cadre.page, baseUrl);
    await page.openInbox();
    await expect.poll(() => page.bell().getAttribute('aria-label')).toMatch(/条未读/);
    const body = await page.readAnnouncement(TITLE);
    expect(await body.innerText()).toContain('联系人：组织部干部科');
    // Filtered to 通知公告, the list holds notices only (the other tag a row can carry is 未读).
    const kinds = (await cadre.page.locator('.ant-table-row .ant-tag').allInnerTexts()).filter((tag) => tag !== '未读');
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['通知公告']));
    await expect.poll(async () => page.row(TITLE).innerText()).toContain('已读');
    await settled(cadre.page);
    await screenshot(cadre.page, 'notifications-announcement-read');
  });

  it('shows the receipts per unit and exports them', async () => {
    const page = new NotificationsPage(org.page, baseUrl);
    await page.openAnnouncements();
    const drawer = await page.openReceipts(TITLE);
    const unitRow = drawer.locator('.ant-table-row').filter({ hasText: UNIT }).first();
    expect(await unitRow.innerText()).toContain(READER);
    await screenshot(org.page, 'notifications-receipts');
    const file = await downloadFrom(org.page, drawer.getByRole('button', { name: '导出回执' }), 'notifications-receipts.xlsx');
    expect(file.name).toBe(`阅读回执-${TITLE}.xlsx`);
    const zip = await JSZip.loadAsync(await readFile(file.path));
    // The streaming writer keeps each cell's text in the sheet itself.
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    for (const text of ['单位', '阅读状态', UNIT, READER, '已读', '未读']) expect(sheet).toContain(text);
  });
});
