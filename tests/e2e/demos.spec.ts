/**
 * One spec per registered demo, generated from components/demos/manifest.ts: on every page that
 * shows the demo, in both languages, it renders, its controls work from the keyboard alone, its
 * live readout changes and, for a demo that keeps its state in the URL (manifest `urlState`), the
 * change is written to the address bar. In the language whose pages the demo's own spec does not
 * open (site-map.ts `behaviourPages`), that URL is also reopened and must set the demo's controls the
 * same way: the other language's smoke test of URL state.
 */
import { expect, test, type Locator } from '@playwright/test';
import { demoManifest, type DemoSpec } from '@/components/demos/manifest';
import { openDemo } from './open-demo';
import { behaviourPages, pagesWithDemo } from './site-map';

/** The value of every form control in a demo (checked state for checkboxes and radio buttons). */
const controlValues = (root: Locator) =>
  root.locator('input, select, textarea').evaluateAll((els) =>
    els.map((el) => {
      const input = el as HTMLInputElement;
      return input.type === 'checkbox' || input.type === 'radio' ? input.checked : input.value;
    }),
  );

for (const demo of demoManifest as readonly DemoSpec[]) {
  test.describe(`demo ${demo.id}`, () => {
    const pages = pagesWithDemo(demo.id);
    const behaviour = new Set(behaviourPages(demo.id));

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
        const opened = page.url();
        await control.focus();
        await expect(control).toBeFocused();
        for (const key of demo.keyboard.keys) await page.keyboard.press(key);
        await expect(readout).not.toHaveText(before);
        await expect(root).not.toContainText('NaN');
        if (!demo.urlState) return;
        await expect.poll(() => page.url(), { message: 'the change is kept in the URL' }).not.toBe(opened);

        if (!behaviour.has(sitePath)) {
          // The link is opened beside the page and must set every control of the demo the same
          // way. (Controls, not the readout: a readout may add what loads on the first input, such
          // as the prompt builder's token count.)
          const reopened = await page.context().newPage();
          await openDemo(reopened, page.url(), demo.id);
          const shared = reopened.locator(`[data-demo="${demo.id}"]`).first();
          await expect
            .poll(() => controlValues(shared), { message: 'the reopened link sets the same controls' })
            .toEqual(await controlValues(root));
          await reopened.close();
        }
      });
    }
  });
}
