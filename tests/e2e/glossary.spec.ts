/** Glossary: <Term> hover cards in the chapters and the glossary page they link to. */
import { expect, test } from '@playwright/test';
import { exportedHtml, url } from './site-map';

const termCount = (html: string) => html.match(/<h3 id="[a-z0-9-]+"/g)?.length ?? 0;

test.describe('glossary', () => {
  test('both languages list the same terms', () => {
    const zh = exportedHtml('/zh/glossary/') ?? '';
    const en = exportedHtml('/en/glossary/') ?? '';
    expect(termCount(zh)).toBeGreaterThanOrEqual(40);
    expect(termCount(en)).toBe(termCount(zh));
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
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/#${id}$`));
      const heading = page.locator(`h3[id="${id}"]`);
      await expect(heading).toBeInViewport();
      // The glossary entry links back to the section that explains the term.
      const back = heading.locator('xpath=following-sibling::p[2]/a');
      await expect(back).toHaveAttribute('href', new RegExp(`/${locale}/[a-z-]+/`));
    });
  }
});
