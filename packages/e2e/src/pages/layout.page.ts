import type { Page } from 'playwright-core';

/** The signed-in shell: the side menu and the user menu. */
export class LayoutPage {
  constructor(private readonly page: Page) {}

  /** The texts of every menu entry, groups expanded. */
  async menuTexts(): Promise<string[]> {
    const menu = this.page.getByRole('menu').first();
    await menu.waitFor();
    const submenus = menu.locator('.ant-menu-submenu:not(.ant-menu-submenu-open) > .ant-menu-submenu-title');
    for (let i = await submenus.count(); i > 0; i--) {
      await submenus.first().click();
      await this.page.waitForTimeout(150);
    }
    const texts = await menu.locator('.ant-menu-title-content').allInnerTexts();
    return texts.map((t) => t.trim()).filter(Boolean);
  }
}
