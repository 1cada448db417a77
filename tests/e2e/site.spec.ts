/** Site behaviour a reader relies on: language choice and switch, theme, navigation, 404. */
import { expect, test } from '@playwright/test';
import { exportedHtml, url } from './site-map';

test.describe('language', () => {
  test('/ sends a Chinese browser to /zh/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/zh\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await context.close();
  });

  test('/ sends an English browser to /en/', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });

  test('the switch keeps the page and section and is remembered', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    // Load the page with the #section in the URL from the start: a hash added by a second, same-document
    // navigation can race hydration (Next syncs the address bar to the URL it hydrated with).
    const firstId = /<h2[^>]* id="([^"]+)"/.exec(exportedHtml('/zh/intro/history/') ?? '')?.[1];
    expect(firstId).toBeTruthy();
    await page.goto(url(`/zh/intro/history/#${firstId}`));
    // Before hydration the link is plain HTML and cannot carry the #section.
    const toEnglish = page.getByRole('link', { name: '切换到 English' });
    await expect(toEnglish).toHaveAttribute('data-hydrated', '');
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`/en/intro/history/#${firstId}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // An English browser that chose Chinese is sent to Chinese next time.
    const toChinese = page.getByRole('link', { name: '切换到中文' });
    await expect(toChinese).toHaveAttribute('data-hydrated', '');
    await toChinese.click();
    await expect(page).toHaveURL(/\/zh\/intro\/history\//);
    await page.goto('./');
    await expect(page).toHaveURL(/\/zh\/$/);
    await context.close();
  });

  test('a section chosen in the table of contents survives the switch', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(url('/zh/intro/history/'));
    const toEnglish = page.getByRole('link', { name: '切换到 English' });
    await expect(toEnglish).toHaveAttribute('data-hydrated', '');
    const entry = page.getByRole('navigation', { name: '本页目录' }).locator('a').nth(2);
    const hash = await entry.getAttribute('href');
    expect(hash).toMatch(/^#[a-z0-9-]+$/);
    await entry.click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await toEnglish.click();
    await expect(page).toHaveURL(new RegExp(`/en/intro/history/${hash}$`));
    await expect(page.locator(hash!)).toBeInViewport();
  });
});

test.describe('theme', () => {
  test('a stored dark theme applies before first paint and the toggle cycles', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(url('/en/intro/'), { waitUntil: 'commit' });
    // next-themes' inline script runs while the document is parsed, before any React code.
    await page.waitForSelector('html.dark', { state: 'attached' });
    const toggle = page.getByRole('button', { name: /Change theme/ });
    await expect(toggle).toHaveAccessibleName('Change theme: Dark');
    await toggle.click();
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await expect(toggle).toHaveAccessibleName('Change theme: System');
  });
});

test.describe('chapter layout', () => {
  test('sidebar marks the current page and prev/next link the reading order', async ({ page }) => {
    await page.goto(url('/zh/intro/history/'));
    const current = page.locator('#docs-sidebar a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', /\/zh\/intro\/history\/$/);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /\/zh\/intro\/$/);
    await expect(page.locator('a[rel="next"]')).toBeVisible();
  });

  test('the table of contents follows the scroll', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(url('/en/intro/'));
    const ids = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    const target = ids[Math.min(3, ids.length - 1)]!;
    await page.locator(`#${target}`).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), target);
    const tocLink = page.getByRole('navigation', { name: 'On this page' }).locator(`a[href="#${target}"]`);
    await expect(tocLink).toHaveAttribute('aria-current', 'location');
  });

  test('on a phone the chapter menu is a drawer that opens, navigates and closes with Escape', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url('/en/intro/'));
    const sidebar = page.locator('#docs-sidebar');
    await expect(sidebar).toBeHidden();
    const button = page.getByRole('button', { name: 'Open chapter menu' });
    await expect(button).toHaveAttribute('data-hydrated', '');
    await button.click();
    await expect(sidebar).toBeVisible();
    await expect(sidebar.locator('a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(button).toBeFocused();
    await button.click();
    await sidebar.locator('a').nth(1).click();
    await expect(page).toHaveURL(/\/en\/intro\/[a-z-]+\/$/);
    await expect(sidebar).toBeHidden();
  });

  test('math is rendered at build time and no KaTeX JavaScript ships', async ({ page }) => {
    const scripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scripts.push(await response.text());
    });
    await page.goto(url('/zh/intro/'), { waitUntil: 'networkidle' });
    await expect(page.locator('article .katex').first()).toBeAttached();
    expect(scripts.length).toBeGreaterThan(0);
    for (const source of scripts) expect(source).not.toContain('KaTeX parse error');
  });
});

test('an unknown URL shows the bilingual 404 page', async ({ page }) => {
  const response = await page.goto(url('/zh/no-such-page/'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('页面不存在');
  await expect(page.getByRole('link', { name: 'English home' })).toBeVisible();
});
