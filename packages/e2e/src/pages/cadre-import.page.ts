import type { Locator, Page } from 'playwright-core';
import { clickInDialog } from '../support/antd';
import { downloadFrom } from '../support/download';

export interface ShownSummary {
  rows: number;
  inserts: number;
  updates: number;
  unchanged: number;
  errors: number;
}

/** 干部导入: the steps, the upload area, the summary cards and the two preview tables, as a person reads them. */
export class CadreImportPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/cadres/import`);
    await this.page.getByText('点击选择或将文件拖到此处上传').waitFor();
  }

  /** The step the Steps bar marks as current (its title). */
  async currentStep(): Promise<string> {
    return (await this.page.locator('.ant-steps-item-active .ant-steps-item-title').innerText()).trim();
  }

  download(button: Locator, saveAs: string) {
    return downloadFrom(this.page, button, saveAs);
  }

  downloadTemplate(saveAs: string) {
    return this.download(this.page.getByRole('button', { name: '下载导入模板' }), saveAs);
  }

  downloadErrorReport(saveAs: string) {
    return this.download(this.page.getByRole('button', { name: '下载错误报告' }), saveAs);
  }

  /** Chooses a file in the upload area, as the file dialog would. */
  async upload(path: string): Promise<void> {
    await this.page.locator('.ant-upload input[type=file]').setInputFiles(path);
  }

  /** The alert that keeps a refused file on the upload step. */
  refusal(): Locator {
    return this.page.getByRole('alert').filter({ hasText: '文件未导入' });
  }

  /** Waits through 校验 (or 导入) until the next step's content shows. */
  async waitForPreview(): Promise<void> {
    await this.page.locator('.ant-statistic').first().waitFor({ timeout: 60_000 });
    await this.page.locator('.ant-table-row, .ant-table-placeholder').first().waitFor();
    await this.page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  }

  /** The numbers of the summary cards. */
  async summary(): Promise<ShownSummary> {
    const value = async (title: RegExp) =>
      Number(
        (
          await this.page
            .locator('.ant-statistic')
            .filter({ has: this.page.locator('.ant-statistic-title', { hasText: title }) })
            .locator('.ant-statistic-content-value')
            .innerText()
        ).replace(/,/g, ''),
      );
    return {
      rows: await value(/^共计行数$/),
      inserts: await value(/^新增$/),
      updates: await value(/^更新$/),
      unchanged: await value(/^无变化$/),
      errors: await value(/^错误/),
    };
  }

  /** Every body row of the preview table as `{ header: text }`, after showing as many per page as the pager allows. */
  async tableRows(): Promise<Record<string, string>[]> {
    const headers = (await this.page.locator('.ant-table-thead').getByRole('columnheader').allInnerTexts()).map((t) => t.trim());
    const rows: Record<string, string>[] = [];
    for (const row of await this.page.locator('.ant-table-tbody .ant-table-row').all()) {
      const cells = await row.getByRole('cell').allInnerTexts();
      rows.push(Object.fromEntries(headers.map((header, i) => [header, (cells[i] ?? '').trim()])));
    }
    return rows;
  }

  /** The total in the pager line 第 1-8 条/总共 8 条. */
  async tableTotal(): Promise<number> {
    return Number((await this.page.locator('.ant-pagination-total-text').innerText()).match(/总共\s*(\d+)/)?.[1]);
  }

  /**
   * Holds the job's progress answers at a running phase, so that the 校验 or 导入 screen (which a small file passes in
   * a blink) can be seen and photographed; `release` lets the real answers through again.
   */
  async holdRunning(phase: 'validate' | 'commit', done: number, total: number): Promise<() => Promise<void>> {
    const pattern = /\/api\/v1\/jobs\/[^/]+$/;
    await this.page.route(pattern, async (route) => {
      const response = await route.fetch();
      const job = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...job, status: 'running', phase, done, total, error: null } });
    });
    return () => this.page.unroute(pattern);
  }

  /** The progress screen of a running job, once it shows `text` (e.g. the count 3 / 7 行); answers the card's text. */
  async waitForProgress(title: string, text: string): Promise<string> {
    const card = this.page.locator('.ant-card').filter({ has: this.page.getByText(title, { exact: true }) });
    await card.getByRole('progressbar').waitFor();
    await card.getByText(text).waitFor();
    return (await card.innerText()).replace(/\s+/g, ' ');
  }

  async restart(): Promise<void> {
    await this.page.getByRole('button', { name: '重新上传' }).click();
    await this.page.getByText('点击选择或将文件拖到此处上传').waitFor();
  }

  /** 确认导入, then the confirmation dialog's own 确认导入. */
  async commit(): Promise<void> {
    await this.page.getByRole('button', { name: '确认导入' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '确认导入？' });
    await clickInDialog(dialog, '确认导入');
  }

  async waitForDone(): Promise<void> {
    await this.page.getByText('导入完成', { exact: true }).waitFor({ timeout: 60_000 });
  }
}
