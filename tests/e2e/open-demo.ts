/** Navigation helper for demo specs. */
import { expect, type Page } from '@playwright/test';
import { url } from './site-map';

/**
 * Opens `sitePath` (may carry a query), scrolls to the demo `id` (an island hydrates only when it
 * nears the viewport) and waits until it is hydrated (`data-hydrated`, components/ui/use-hydrated.ts),
 * so the spec's input reaches React rather than the static HTML.
 */
export async function openDemo(page: Page, sitePath: string, id: string) {
  await page.goto(url(sitePath));
  // Scrolled from the page, not through a locator: a demo opened from a shared link remounts once
  // after hydration, and a locator action could hold the replaced element.
  await page.evaluate((demo) => {
    document.querySelector(`[data-demo="${demo}"]`)?.scrollIntoView({ block: 'center' });
  }, id);
  await expect(page.locator(`[data-demo="${id}"][data-hydrated]`).first()).toBeVisible({ timeout: 30_000 });
}
