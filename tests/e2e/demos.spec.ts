/**
 * One spec per registered demo, generated from components/demos/manifest.ts: on every page that
 * shows the demo, in both languages, it renders, its controls work from the keyboard alone, and
 * its live readout changes.
 */
import { expect, test } from '@playwright/test';
import { demoManifest } from '@/components/demos/manifest';
import { openDemo } from './open-demo';
import { pagesWithDemo } from './site-map';

for (const demo of demoManifest) {
  test.describe(`demo ${demo.id}`, () => {
    const pages = pagesWithDemo(demo.id);

    test('appears on a page in both languages', () => {
      expect(pages.some((p) => p.startsWith('/zh/'))).toBe(true);
      expect(pages.some((p) => p.startsWith('/en/'))).toBe(true);
    });

    for (const sitePath of pages) {
      test(`works by keyboard on ${sitePath}`, async ({ page }) => {
        await openDemo(page, sitePath, demo.id);
        const root = page.locator(`[data-demo="${demo.id}"]`).first();
        await expect(root).toBeVisible();

        const control = root.locator(demo.keyboard.target).first();
        // Every control has a visible label (a <label> or aria-labelledby pointing at visible text).
        const labelled = await control.evaluate((el) => {
          const input = el as HTMLInputElement;
          const viaLabel = [...(input.labels ?? [])].some((l) => l.textContent?.trim());
          // aria-labelledby is a list of ids (a column header and a row header, say): all must be visible text
          const refs = (input.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          const viaRefs =
            refs.length > 0 && refs.every((id) => document.getElementById(id)?.textContent?.trim());
          return viaLabel || viaRefs;
        });
        expect(labelled, 'control has a visible label').toBe(true);

        const readout = root.locator(demo.readout).first();
        const before = await readout.innerText();
        await control.focus();
        await expect(control).toBeFocused();
        for (const key of demo.keyboard.keys) await page.keyboard.press(key);
        await expect(readout).not.toHaveText(before);
        await expect(root).not.toContainText('NaN');
      });
    }
  });
}
