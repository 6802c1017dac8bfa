import type { Locator, Page } from 'playwright-core';
import { settled } from '../support/antd';

/** 动态监测 (/dashboard) and the drill-down behind each figure (/dashboard/drill/:kpi). */
export class DashboardPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/dashboard`);
    await this.page.getByRole('img', { name: '近 12 个月趋势' }).waitFor({ timeout: 30_000 });
    await settled(this.page);
  }

  /** A figure's tile, a link whose name reads "<label>：<figure>，查看明细". */
  tile(label: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^${label}：`) });
  }

  /** The number a count tile shows, read from its accessible name. */
  async figure(label: string): Promise<number> {
    const name = (await this.tile(label).getAttribute('aria-label')) ?? '';
    const match = /：(\d+)/.exec(name);
    if (!match) throw new Error(`no figure in "${name}"`);
    return Number(match[1]);
  }

  alerts(): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.getByText(/^预警（\d+）$/) });
  }

  async openDrill(kpi: string, unitId?: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/dashboard/drill/${kpi}${unitId ? `?unitId=${unitId}` : ''}`);
    await this.drillCount().waitFor({ timeout: 30_000 });
    await settled(this.page);
  }

  /** The line under the title: "…，共 N 条。" */
  drillCount(): Locator {
    return this.page.getByText(/共 \d+ 条。$/);
  }

  drillRows(): Locator {
    return this.page.locator('.ant-table-tbody .ant-table-row');
  }

  exportButton(): Locator {
    return this.page.getByRole('button', { name: /导出/ });
  }

  reportButton(): Locator {
    return this.page.getByRole('button', { name: /下载月报/ });
  }
}
