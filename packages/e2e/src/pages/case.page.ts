import type { Locator, Page } from 'playwright-core';
import { openPopup, submitDialog } from '../support/antd';

/**
 * What every case page shares (容错, 问责, 能上能下): the header with the number and state, the step buttons, and the
 * step dialog whose fields are found by their labels.
 */
export class CasePage {
  constructor(readonly page: Page) {}

  /** The state tag in the case header, once it reads `label`. */
  async stateReads(label: string): Promise<void> {
    await this.page.locator('.ant-descriptions-extra .ant-tag').filter({ hasText: label }).first().waitFor({ timeout: 20_000 });
  }

  /** Opens the dialog of a step by its button. */
  async openStep(label: string): Promise<Locator> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: label });
    await dialog.waitFor();
    return dialog;
  }

  /** Confirms a step's dialog and waits for it to close (the page reloads the case behind it). */
  async confirm(dialog: Locator): Promise<void> {
    await submitDialog(dialog, /^确\s?定$/);
  }

  /** A step with nothing to fill in but an optional note. */
  async step(label: string): Promise<void> {
    await this.confirm(await this.openStep(label));
  }

  async fillDate(dialog: Locator, label: string, date: string): Promise<void> {
    const box = dialog.getByLabel(label, { exact: true });
    await box.click();
    await box.fill(date);
    await box.press('Enter');
  }

  /** A tags box (names typed one by one). */
  async fillTags(dialog: Locator, label: string, values: readonly string[]): Promise<void> {
    const box = dialog.getByLabel(label, { exact: true });
    for (const value of values) {
      await box.fill(value);
      await box.press('Enter');
    }
  }

  /** A select in a dialog, by the option's text. */
  async choose(dialog: Locator, label: string, option: string): Promise<void> {
    await dialog.getByLabel(label, { exact: true }).click();
    await openPopup(this.page).getByTitle(option, { exact: true }).click();
  }

  /** A card of the page by its title. */
  card(title: string): Locator {
    return this.page.locator('.ant-card').filter({ has: this.page.locator('.ant-card-head-title', { hasText: title }) });
  }
}
