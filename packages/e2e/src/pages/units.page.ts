import type { Locator, Page } from 'playwright-core';
import { chooseOption, chooseTreeNode, clickInDialog, stillDialog } from '../support/antd';

export interface NewUnit {
  name: string;
  code: string;
  /** The 单位类型 label from the dictionary, e.g. 事业单位. */
  type: string;
}

/** 单位管理: the unit tree on the left, the selected unit's details and actions on the right. */
export class UnitsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/org/units`);
    await this.tree().getByRole('treeitem').first().waitFor();
  }

  /** The page's own tree (a TreeSelect popup has another). */
  tree(): Locator {
    return this.page.locator('.ant-tree').getByRole('tree');
  }

  /** A tree row: the unit name followed by its counts, e.g. "青山镇下级 1 · 7 人". */
  node(name: string): Locator {
    return this.tree()
      .getByRole('treeitem')
      .filter({ has: this.page.getByTitle(name, { exact: true }) });
  }

  async rows(): Promise<string[]> {
    return (await this.tree().getByRole('treeitem').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The row's text as the tree shows it for the given counts. */
  static rowText(unit: { name: string; childCount: number; peopleCount: number }): string {
    return `${unit.name}${unit.childCount > 0 ? `下级 ${unit.childCount} · ` : ''}${unit.peopleCount} 人`;
  }

  async row(name: string): Promise<string> {
    return (await this.node(name).innerText()).replace(/\s+/g, ' ').trim();
  }

  /** The unit the row is drawn under: the nearest row above it that is indented one step less. */
  async parentInTree(name: string): Promise<string | null> {
    return this.tree().evaluate((tree, wanted) => {
      const rows = [...tree.querySelectorAll('[role=treeitem]')].map((row) => ({
        name: row.querySelector('.ant-tree-node-content-wrapper')?.getAttribute('title') ?? '',
        depth: row.querySelectorAll('.ant-tree-indent-unit').length,
      }));
      const at = rows.findIndex((row) => row.name === wanted);
      if (at < 0) throw new Error(`${wanted} is not in the tree`);
      const own = rows[at]?.depth ?? 0;
      for (let i = at - 1; i >= 0; i--) if ((rows[i]?.depth ?? 0) === own - 1) return rows[i]?.name ?? null;
      return null;
    }, name);
  }

  /** The number in the tree card's title 单位（共 N 个）. */
  async total(): Promise<number> {
    const title = await this.page.getByText(/^单位（共 \d+ 个）$/).innerText();
    return Number(title.match(/\d+/)?.[0]);
  }

  /** Finds the unit with the name filter (which opens its ancestors), picks it, and clears the filter again. */
  async select(name: string): Promise<void> {
    const filter = this.page.getByLabel('按单位名称筛选');
    await filter.fill(name);
    await this.node(name).getByTitle(name, { exact: true }).click();
    await filter.fill('');
    await this.node(name).waitFor();
    await this.detail('上级单位').waitFor();
    await this.page.getByText(name, { exact: true }).and(this.page.locator('.ant-card-head-title')).waitFor();
  }

  /** A value of the detail panel's summary: 上级单位, 下级单位, 人员. */
  detail(label: string): Locator {
    return this.page
      .locator('.ant-descriptions-item')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('.ant-descriptions-item-content');
  }

  async createChild(parent: string, unit: NewUnit): Promise<void> {
    await this.select(parent);
    await this.page.getByRole('button', { name: '新增下级单位' }).click();
    const dialog = this.page.getByRole('dialog', { name: `新增下级单位（上级：${parent}）` });
    await stillDialog(dialog);
    await dialog.getByLabel('单位名称').fill(unit.name);
    await dialog.getByLabel('单位代码').fill(unit.code);
    await chooseOption(this.page, dialog.getByLabel('单位类型'), unit.type);
    await clickInDialog(dialog, '确定');
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Opens 移动 for the unit, picks the new parent and confirms; returns the dialog (still open when refused). */
  async move(name: string, newParent: string): Promise<Locator> {
    await this.select(name);
    await this.page.getByRole('button', { name: '移动' }).click();
    const dialog = this.page.getByRole('dialog', { name: `移动单位：${name}` });
    await stillDialog(dialog);
    await chooseTreeNode(this.page, dialog.getByLabel('新的上级单位'), newParent);
    await clickInDialog(dialog, '确定');
    return dialog;
  }

  /** 删除 and its confirmation. */
  async remove(name: string): Promise<void> {
    await this.select(name);
    await this.page.getByRole('button', { name: '删除' }).click();
    await this.page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
  }
}
