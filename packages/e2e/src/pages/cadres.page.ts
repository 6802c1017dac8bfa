import type { Locator, Page } from 'playwright-core';

/** 干部名册: the filter form, the table, and the drawer a row opens. */
export class CadresPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the list (optionally with a query string, as a pasted link would) and waits until its rows are in. */
  async open(search = ''): Promise<void> {
    // The filter form settles before the first search goes out, so an empty table can show before the answer does.
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/cadres'),
      this.page.goto(`${this.baseUrl}/cadres${search}`),
    ]);
    await this.loaded();
  }

  /** Waits until the table has answered: rows, or the empty state, and no spinner. */
  async loaded(): Promise<void> {
    await this.page.locator('.ant-table-row, .ant-table-placeholder .ant-empty').first().waitFor();
    await this.page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  }

  /** The body rows of the table. */
  rows(): Locator {
    return this.page.locator('.ant-table-tbody').getByRole('row').and(this.page.locator('.ant-table-row'));
  }

  /** Every value shown in one column, found by its header. */
  async column(title: string): Promise<string[]> {
    const headers = (await this.page.locator('.ant-table-thead').getByRole('columnheader').allInnerTexts()).map((t) => t.trim());
    const index = headers.indexOf(title);
    if (index < 0) throw new Error(`no column ${title} in ${headers.join('|')}`);
    const values: string[] = [];
    for (const row of await this.rows().all()) values.push((await row.getByRole('cell').nth(index).innerText()).trim());
    return values;
  }

  /**
   * The total beside the pager, 共 N 人 (0 when the table is empty). A long list says 超过 N 人 until 统计总数 is
   * pressed, which this does, as a person who wants the number would.
   */
  async total(): Promise<number> {
    const pager = this.page.locator('.ant-pagination-total-text');
    if ((await this.rows().count()) === 0) return 0;
    await pager.waitFor();
    if ((await pager.innerText()).includes('超过')) await pager.getByRole('button', { name: '统计总数' }).click();
    const exact = pager.getByText(/^共 [\d,]+ 人$/);
    await exact.waitFor();
    return Number((await exact.innerText()).replace(/[^\d]/g, ''));
  }

  async search(keyword: string): Promise<void> {
    await this.page.getByLabel('关键词').fill(keyword);
    // End-anchored (while the table loads, the name starts with its loading icon's) but not 保存查询.
    await Promise.all([
      this.page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/cadres'),
      this.page.getByRole('button', { name: /(^|\s)查\s?询$/ }).click(),
    ]);
    await this.loaded();
  }

  /** Opens a cadre's drawer from the row's 查看 link. */
  async openCadre(name: string): Promise<Locator> {
    await this.rows()
      .filter({ has: this.page.getByText(name, { exact: true }) })
      .getByText('查看', { exact: true })
      .click();
    const drawer = this.page.getByRole('dialog', { name: `干部信息：${name}` });
    await drawer.getByLabel('现任职务').waitFor();
    return drawer;
  }
}
