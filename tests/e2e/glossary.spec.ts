/** Glossary: <Term> hover cards in the chapters and the glossary pages they link to. */
import { expect, test } from '@playwright/test';
import { basePath, exportedHtml, exportedPages, url } from './site-map';

const termIds = (html: string) => [...html.matchAll(/<h2 id="([a-z0-9-]+)"/g)].map((m) => m[1]!);
/** The glossary's chapter pages of one language: /<locale>/glossary/<chapter>/. */
const chapterPages = (locale: string) =>
  exportedPages().filter((p) => new RegExp(`^/${locale}/glossary/[a-z-]+/$`).test(p));

test.describe('glossary', () => {
  test('both languages define the same terms, and each index lists and links every one of them', () => {
    const defined = (locale: string) => chapterPages(locale).flatMap((p) => termIds(exportedHtml(p) ?? ''));
    const zh = defined('zh');
    expect(chapterPages('zh').length).toBeGreaterThanOrEqual(3);
    expect(zh.length).toBeGreaterThanOrEqual(40);
    expect(new Set(zh).size).toBe(zh.length);
    expect(defined('en').sort()).toEqual([...zh].sort());
    for (const locale of ['zh', 'en']) {
      const index = exportedHtml(`/${locale}/glossary/`) ?? '';
      for (const page of chapterPages(locale)) {
        for (const id of termIds(exportedHtml(page) ?? '')) {
          // The index row keeps `/glossary/#<id>` working and links to the definition.
          expect(index).toContain(`<li id="${id}"><a href="${basePath}${page}#${id}"`);
        }
      }
    }
  });

  for (const locale of ['zh', 'en'] as const) {
    test(`${locale}: a term's card opens on hover and focus, Escape closes it, the link reaches the glossary`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url(`/${locale}/decoding/sampling/`));
      const term = page.locator('article .term').first();
      const link = term.locator('.term-link');
      const tip = term.getByRole('tooltip');
      await expect(tip).toBeHidden();

      await link.hover();
      await expect(tip).toBeVisible();
      await expect(link).toHaveAccessibleDescription(/\S{4,}/);
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      await page.mouse.move(0, 0);

      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab'); // keyboard focus, so :focus-visible applies
      await expect(tip).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();

      const href = await link.getAttribute('href');
      const id = /#([a-z0-9-]+)$/.exec(href ?? '')?.[1];
      expect(id).toBeTruthy();
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/[a-z-]+/#${id}$`));
      const heading = page.locator(`h2[id="${id}"]`);
      await expect(heading).toBeInViewport();
      // The glossary entry links back to the section that explains the term.
      const back = heading.locator('xpath=following-sibling::p[2]/a');
      await expect(back).toHaveAttribute('href', new RegExp(`/${locale}/[a-z-]+/`));
    });
  }
});
