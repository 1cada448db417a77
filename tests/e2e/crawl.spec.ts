/**
 * Crawls every exported page in both languages and fails on: a console error, a failed request,
 * a broken internal link or #anchor, an axe violation (WCAG 2.0/2.1 A and AA, light and dark
 * theme), or `NaN` / `undefined` visible on the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { basePath, exportedHtml, exportedPages, url } from './site-map';

const pages = exportedPages();

test('the export has both languages with identical page structure', () => {
  const zh = pages.filter((p) => p.startsWith('/zh/')).map((p) => p.slice(3));
  const en = pages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
  expect(zh.length).toBeGreaterThan(1);
  expect(en).toEqual(zh);
});

for (const sitePath of pages.filter((p) => p !== '/')) {
  test(`page ${sitePath} is clean`, async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    await page.goto(url(sitePath), { waitUntil: 'networkidle' });

    // Visible text must never show a broken number.
    const text = await page.locator('body').innerText();
    expect(text, 'visible NaN').not.toMatch(/\bNaN\b/);
    expect(text, 'visible undefined').not.toMatch(/\bundefined\b/);

    // Internal links: the target page exists in out/ and carries the #anchor.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of new Set(hrefs)) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const resolved = new URL(href, `http://site${basePath}${sitePath}`);
      expect(resolved.pathname.startsWith(basePath + '/'), `${href} escapes the base path`).toBe(true);
      const target = resolved.pathname.slice(basePath.length) || '/';
      const html = exportedHtml(target);
      expect(html, `broken link ${href}`).not.toBeNull();
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor) expect(html, `missing #${anchor} on ${target}`).toContain(`id="${anchor}"`);
    }

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(50);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const violations = results.violations.map(
        (v) =>
          `[${scheme}] ${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
      expect(violations, `axe violations on ${sitePath}`).toEqual([]);
    }

    expect(problems).toEqual([]);
  });
}
