import type { Locator, Page } from 'playwright-core';
import { chooseOption, clickInDialog, openPopup, settled } from '../support/antd';

/** 我的消息 (/notifications), the header's bell, and 通知公告 with its receipts (/notifications/announcements). */
export class NotificationsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** The bell in the header; its accessible name carries the unread count. */
  bell(): Locator {
    return this.page.getByRole('button', { name: /^我的消息/ });
  }

  async openInbox(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/notifications`);
    await this.page.locator('.ant-table').waitFor();
    await settled(this.page);
  }

  async filter(label: '全部' | '未读' | '已读'): Promise<void> {
    await this.page.locator('.ant-segmented-item').filter({ hasText: label }).click();
    await settled(this.page);
  }

  row(text: string): Locator {
    return this.page.locator('.ant-table-row').filter({ hasText: text });
  }

  /** Lists one kind of message only (消息类型), as a person does to find the notices among a sweep's reminders. */
  async filterKind(label: string): Promise<void> {
    // The list asks again once the choice is made; waiting for that answer, not for a spinner that may not have shown yet.
    const listed = this.page.waitForResponse((res) => {
      const url = new URL(res.url());
      return url.pathname === '/api/v1/notifications' && url.searchParams.has('kind');
    });
    await chooseOption(this.page, this.page.getByRole('combobox', { name: '消息类型' }), label);
    await listed;
    await settled(this.page);
  }

  /** Opens an announcement's row to read it, which is its read receipt; the notices are listed apart first. */
  async readAnnouncement(title: string): Promise<Locator> {
    await this.filterKind('通知公告');
    await this.row(title).locator('.ant-table-row-expand-icon').click();
    const body = this.page.locator('.ant-table-expanded-row');
    await body.waitFor();
    return body;
  }

  async markAllRead(): Promise<void> {
    await this.page.getByRole('button', { name: '全部标为已读' }).click();
    await settled(this.page);
  }

  async openAnnouncements(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/notifications/announcements`);
    await this.page.locator('.ant-table').waitFor();
    await settled(this.page);
  }

  /** Fills 发布通知公告 for one unit; answers the dialog, not yet sent. */
  async fillAnnouncement(input: { title: string; body: string; unit: string }): Promise<Locator> {
    await this.page.getByRole('button', { name: '发布通知公告' }).click();
    const dialog = this.page.getByRole('dialog', { name: '发布通知公告' });
    await dialog.getByLabel('标题', { exact: true }).waitFor();
    await settled(this.page);
    await dialog.getByLabel('标题', { exact: true }).fill(input.title);
    await dialog.getByLabel('正文', { exact: true }).fill(input.body);
    await dialog.locator('.ant-radio-button-wrapper').filter({ hasText: '指定单位' }).click();
    // A multiple TreeSelect stays open after a pick: a click on the dialog's title closes it, as a person clicks away
    // (Escape would close the dialog too).
    const units = dialog.getByLabel('单位', { exact: true });
    await units.click();
    await units.fill(input.unit);
    await openPopup(this.page).getByTitle(input.unit, { exact: true }).click();
    await dialog.locator('.ant-modal-title').click();
    await openPopup(this.page).waitFor({ state: 'hidden' });
    return dialog;
  }

  async publish(dialog: Locator): Promise<void> {
    await clickInDialog(dialog, /发\s?布/);
    await dialog.waitFor({ state: 'hidden' });
    await settled(this.page);
  }

  /** 阅读回执 of the announcement's row: answers the drawer once it has loaded. */
  async openReceipts(title: string): Promise<Locator> {
    await this.row(title).getByRole('button', { name: '阅读回执' }).click();
    const drawer = this.page.locator('.ant-drawer-content').filter({ hasText: `阅读回执：${title}` });
    await drawer.locator('.ant-table').waitFor();
    await settled(this.page);
    return drawer;
  }
}
