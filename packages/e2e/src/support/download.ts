import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;

/** Clicks a download button and keeps the file under test-results/; answers its path and suggested name. */
export async function downloadFrom(page: Page, button: Locator, saveAs: string): Promise<{ path: string; name: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = join(RESULTS, saveAs);
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}
