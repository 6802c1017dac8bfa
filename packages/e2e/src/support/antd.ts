import type { Locator, Page } from 'playwright-core';

/**
 * antd draws the options of a Select or TreeSelect in a popup at the end of <body>, outside the field; only the open
 * popup is visible. Options carry their label as `title`, which is what a person reads.
 */
export function openPopup(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
}

/** Opens a Select by its label and picks the option a person reads. */
export async function chooseOption(page: Page, field: Locator, label: string): Promise<void> {
  await field.click();
  // The list slides open; on a busy machine a click on an option still moving can miss, leaving the list open.
  await openPopup(page).and(page.locator(':not(.ant-slide-up-appear)')).waitFor();
  await openPopup(page).getByTitle(label, { exact: true }).click();
  await openPopup(page).waitFor({ state: 'hidden' });
}

/**
 * Types into a searchable Select and picks the option that reads `label` with Enter once it is the highlighted one.
 * No click: the list redraws its options as the text changes and while it slides open, so a click can land on an
 * option being replaced; and a click into a dialog still zooming in can land on the mask behind it. Typing opens it.
 */
export async function chooseTyped(page: Page, box: Locator, label: string): Promise<void> {
  await box.fill(label);
  await openPopup(page).locator(`.ant-select-item-option-active[title="${label}"]`).waitFor();
  await box.press('Enter');
  await openPopup(page).waitFor({ state: 'hidden' });
}

/** Types into a searchable TreeSelect and picks the node with that name. */
export async function chooseTreeNode(page: Page, field: Locator, name: string): Promise<void> {
  await field.click();
  await field.fill(name);
  await openPopup(page).getByTitle(name, { exact: true }).click();
  await openPopup(page).waitFor({ state: 'hidden' });
}

/**
 * Waits until nothing is loading (no spinner, no skeleton) and nothing is moving (a dialog zooming in, a table fading
 * back), scrolled to the top, so a full-page screenshot shows the screen a person would look at.
 */
export async function settled(page: Page): Promise<void> {
  // A full-page screenshot draws the fixed header and menu where the window happens to be; from the top they sit in place.
  await page.evaluate(() => window.scrollTo(0, 0));
  // Motion classes are no signal: a button's loading icon can keep its `-leave-active` class long after it has gone.
  const busy = '.ant-spin-spinning, .ant-skeleton-active';
  try {
    // Classes first (a spinner is an endless animation), then every finite CSS transition or animation: a dialog
    // zooming in, a table fading back in after its spinner.
    await page.waitForFunction(
      (selector) =>
        !document.querySelector(selector) &&
        document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
      busy,
      { timeout: 20_000 },
    );
  } catch (error) {
    const still = await page.evaluate(
      (selector) => [
        ...[...document.querySelectorAll(selector)].map((el) => el.className),
        ...document
          .getAnimations()
          .filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
          .map(
            (a) =>
              `${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty} on ${((a.effect as KeyframeEffect)?.target as Element)?.className}`,
          ),
      ],
      busy,
    );
    throw new Error(`the screen did not settle: ${JSON.stringify(still)}`, { cause: error });
  }
}

/**
 * Starts watching for a transient message (antd's toast lasts 3 s) before the action that shows it: the browser keeps
 * looking even while this busy machine is slow to come back to the test. Resolves to whether it was seen.
 */
export function watchFor(locator: Locator, timeout = 20_000): Promise<boolean> {
  return locator.waitFor({ timeout }).then(
    () => true,
    () => false,
  );
}

/**
 * Waits until a dialog (an antd Modal) has finished zooming in, so a click lands on it rather than on the mask behind
 * it. A first opening zooms with `ant-zoom-appear…` classes, a kept dialog opened again with `ant-zoom-enter…`.
 */
export async function stillDialog(dialog: Locator): Promise<void> {
  await dialog.and(dialog.page().locator('.ant-modal:not([class*="ant-zoom-"])')).waitFor();
}

/**
 * Clicks a dialog's submit button and waits for the dialog to close. The click waits until the dialog has finished
 * zooming in: on a busy machine a click while it still moves can land on the mask behind it, which does nothing.
 */
export async function submitDialog(dialog: Locator, button: RegExp): Promise<void> {
  await clickInDialog(dialog, button);
  await dialog.waitFor({ state: 'detached', timeout: 20_000 });
}

/**
 * Clicks a button of a dialog (antd Modal) once it has finished zooming in. Filling a form first usually outlasts the
 * zoom, but not on a machine busy enough to stall the browser, and a click on a button that is still growing lands on
 * the mask: the dialog stays open and the test waits for nothing.
 */
export async function clickInDialog(dialog: Locator, button: string | RegExp): Promise<void> {
  await stillDialog(dialog);
  await dialog.getByRole('button', { name: button }).click();
}
