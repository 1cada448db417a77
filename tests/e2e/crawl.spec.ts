/**
 * Crawls every exported page in both languages and fails on: a console error, a failed request,
 * a broken internal link or #anchor, an axe violation (WCAG 2.0/2.1 A and AA, in the dark theme;
 * Lighthouse checks the light one), or `NaN` / `undefined` visible on the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { basePath, exportedHtml, exportedPages, url } from './site-map';

const pages = exportedPages();
/** Target pages' HTML, read once per worker: most links of a chapter point into the same pages. */
const htmlCache = new Map<string, string | null>();
const cachedHtml = (sitePath: string) => {
  if (!htmlCache.has(sitePath)) htmlCache.set(sitePath, exportedHtml(sitePath));
  return htmlCache.get(sitePath) ?? null;
};

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
    page.on('requestfailed', (request) => {
      // Next's router cancels its own prefetches when it switches to segment requests.
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.resourceType() === 'fetch') return;
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    // Scripts requested until the load event are the page's own; later ones are the router
    // prefetching other pages.
    const scripts: string[] = [];
    let loaded = false;
    page.on('load', () => (loaded = true));
    page.on('request', (request) => {
      if (!loaded && request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    await page.goto(url(sitePath), { waitUntil: 'networkidle' });

    // Computed text (demos, readouts, site chrome) must never show a broken value. Prose is
    // static and may legitimately say "undefined" ("division by zero is undefined").
    const computed = await page
      .locator('[data-demo], output, header, nav')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText).join('\n'));
    expect(computed, 'visible NaN').not.toMatch(/\bNaN\b/);
    expect(computed, 'visible undefined').not.toMatch(/\bundefined\b/);

    // Every script comes from the islands build: the page's one module script, named in the HTML,
    // and the chunks it imports. Nothing of Next's runtime is left.
    const html = exportedHtml(sitePath) ?? '';
    expect(html, 'Next runtime script left in the HTML').not.toMatch(/<script[^>]*\/_next\//);
    expect(html, 'inline RSC payload left in the HTML').not.toContain('self.__next_f');
    for (const src of scripts)
      expect(src, `script ${src} is not from the islands build`).toContain(`${basePath}/_islands/`);

    // Internal links: the target page exists in out/ and carries the #anchor.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of new Set(hrefs)) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const resolved = new URL(href, `http://site${basePath}${sitePath}`);
      expect(resolved.pathname.startsWith(basePath + '/'), `${href} escapes the base path`).toBe(true);
      const target = resolved.pathname.slice(basePath.length) || '/';
      const html = cachedHtml(target);
      expect(html, `broken link ${href}`).not.toBeNull();
      const anchor = decodeURIComponent(resolved.hash.slice(1));
      if (anchor) expect(html, `missing #${anchor} on ${target}`).toContain(`id="${anchor}"`);
    }

    // One axe pass, in the dark theme: every WCAG 2.0/2.1 A and AA rule. The light theme is checked
    // on every page by Lighthouse's accessibility audit (npm run lighthouse, also axe, colour
    // contrast included), so a second pass here only doubled the crawl's time.
    // Build-time math is left out: KaTeX's visible HTML is aria-hidden and its MathML copy is
    // visually hidden, both take the prose's colour, and they are 80 % of a page's elements (axe
    // took twice as long with them). Lighthouse's audit still covers whole pages.
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.waitForTimeout(50);
    const results = await new AxeBuilder({ page })
      .exclude('.katex')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const violations = results.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    expect(violations, `axe violations on ${sitePath} (dark theme)`).toEqual([]);

    expect(problems).toEqual([]);
  });
}
