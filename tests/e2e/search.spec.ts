/** Static full-text search (Pagefind): Chinese words inside unsegmented sentences, English stems. */
import { expect, test } from '@playwright/test';
import { url } from './site-map';

test('a Chinese query finds a word in the middle of a sentence and links to its section', async ({
  page,
}) => {
  await page.goto(url('/zh/search/'));
  // "退火" only ever appears inside longer sentences, e.g. "逐步退火不等于对整句退火".
  await page.getByLabel('搜索全部章节与面试题').fill('退火');
  const results = page.locator('[data-search-results]');
  await expect(results.locator('a[href*="/zh/intro/"]').first()).toBeVisible({ timeout: 15_000 });
  await expect(results.locator('mark').first()).toContainText('退火');
  // Sub-results point at the exact section through its heading id.
  await expect(results.locator('a[href*="/zh/intro/#"]').first()).toBeAttached();
  await expect(page).toHaveURL(/\?q=/);
});

test('English search matches other forms of a word (stemming)', async ({ page }) => {
  await page.goto(url('/en/search/?q=sampled'));
  const results = page.locator('[data-search-results]');
  await expect(results.locator('a').first()).toBeVisible({ timeout: 15_000 });
  await expect(results.locator('mark').first()).toContainText(/sampl/i);
  // An English search never returns Chinese pages: each language has its own index.
  await expect(results.locator('a[href*="/zh/"]')).toHaveCount(0);
});

test('the header shortcut opens search in a dialog and Escape closes it', async ({ page }) => {
  await page.goto(url('/en/intro/'));
  // The shortcut listens once the header is hydrated.
  await expect(page.locator('header button[aria-keyshortcuts]')).toHaveAttribute('data-hydrated', '');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByLabel('Search all chapters and interview questions');
  await expect(box).toBeFocused();
  await box.fill('chain rule');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
});
