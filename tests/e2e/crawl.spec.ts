/**
 * Crawls every exported page in both languages and fails on: a console error, a failed request,
 * a broken internal link or #anchor, an axe violation in either theme, a missing title,
 * description or language, generic link text, or `NaN` / `undefined` visible on the page.
 * Lighthouse (scripts/lighthouse.mjs) audits a sample of pages whole; this is what keeps the
 * pages outside the sample to the same rules.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { basePath, exportedHtml, exportedPages, oneLanguage, url } from './site-map';

const pages = exportedPages();

/**
 * The rules Lighthouse's accessibility audit adds to axe's WCAG A/AA ones and counts in its score
 * (lighthouse/core/gather/gatherers/accessibility.js and the weights in its default config). The
 * rules it turns off stay on here.
 */
const LIGHTHOUSE_EXTRA_RULES = [
  'accesskeys',
  'aria-allowed-role',
  'aria-conditional-attr',
  'aria-deprecated-role',
  'aria-dialog-name',
  'aria-prohibited-attr',
  'aria-text',
  'aria-treeitem-name',
  'empty-heading',
  'heading-order',
  'html-xml-lang-mismatch',
  'image-redundant-alt',
  'input-button-name',
  'landmark-one-main',
  'link-in-text-block',
  'meta-viewport',
  'select-name',
  'skip-link',
  'tabindex',
  'table-duplicate-name',
  'table-fake-caption',
  'target-size',
  'td-has-header',
];

/** The rules that judge colours: checked in both themes, in one language of each page pair. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Link text that says nothing out of context (Lighthouse's SEO audit `link-text` flags these). */
const GENERIC_LINK_TEXT = new Set([
  'click here',
  'click this',
  'go',
  'here',
  'information',
  'learn more',
  'more',
  'more info',
  'more information',
  'right here',
  'read more',
  'see more',
  'start',
  'this',
  '这里',
  '点击这里',
  '点此',
  '更多',
  '了解更多',
]);
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

    // Title, description and language: Lighthouse's SEO audit on the pages it samples.
    const head = await page.evaluate(() => ({
      title: document.title.trim(),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
      lang: document.documentElement.lang,
      noindex: /noindex/i.test(document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''),
      links: [...document.querySelectorAll('a[href]')].map((a) => (a.textContent ?? '').trim().toLowerCase()),
    }));
    expect(head.title, 'page title').not.toBe('');
    expect(head.description, 'meta description').not.toBe('');
    expect(head.lang, 'html lang').toBe(sitePath.startsWith('/en/') ? 'en' : 'zh-CN');
    expect(head.noindex, 'page is indexable').toBe(false);
    expect(
      head.links.filter((text) => GENERIC_LINK_TEXT.has(text)),
      'generic link text',
    ).toEqual([]);

    // axe: WCAG 2.0/2.1 A and AA plus the rules Lighthouse adds, in the light theme; then the dark
    // theme, whose colours are all that changes. The colour rules (contrast, links told apart from
    // their text) run in one language of each page pair, in both themes: the two languages share
    // every component, class and colour, and only the words differ; every other rule reads both.
    // Build-time math is left out: KaTeX's visible HTML is aria-hidden, it takes the prose's colour,
    // and it is 80 % of a page's elements (axe took twice as long with it).
    const axeProblems = async (theme: string, build: (axe: AxeBuilder) => AxeBuilder) => {
      const results = await build(new AxeBuilder({ page }).exclude('.katex')).analyze();
      return results.violations.map(
        (v) =>
          `${theme}: ${v.id}: ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    };
    // axe measures the page as a reader sees it once scrolled there: blocks that `content-visibility`
    // skips off screen have no real layout yet, and target-size would measure their placeholders.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const checksColours = sitePath.startsWith(`/${oneLanguage(sitePath.slice(3))}/`);
    const violations = await axeProblems('light', (axe) =>
      axe.options({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        rules: {
          ...Object.fromEntries(LIGHTHOUSE_EXTRA_RULES.map((id) => [id, { enabled: true }])),
          ...(!checksColours && Object.fromEntries(COLOUR_RULES.map((id) => [id, { enabled: false }]))),
        },
      }),
    );
    if (checksColours) {
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.waitForTimeout(50);
      violations.push(...(await axeProblems('dark', (axe) => axe.withRules(COLOUR_RULES))));
    }
    expect(violations, `axe violations on ${sitePath}`).toEqual([]);

    expect(problems).toEqual([]);
  });
}
