/** Navigation helper for demo specs. */
import { expect, type Page } from '@playwright/test';
import { url } from './site-map';

/**
 * Opens `sitePath` (may carry a query) and waits until the demo `id` is hydrated. The static HTML
 * shows every control at once, but input typed before React takes over is silently lost, which made
 * specs flaky on a loaded machine; `data-hydrated` comes from components/ui/use-hydrated.ts.
 */
export async function openDemo(page: Page, sitePath: string, id: string) {
  await page.goto(url(sitePath));
  await expect(page.locator(`[data-demo="${id}"][data-hydrated]`).first()).toBeVisible({ timeout: 30_000 });
}
