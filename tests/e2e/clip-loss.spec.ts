/**
 * The CLIP-loss demo against open_clip's ClipLoss, transcribed to float64 Python and run by hand on
 * the demo's presets (images I = (3, 1), (2, 2), (1, 3); captions T = (4, 1), (1, 1), (1, 4)):
 * - aligned, s = 1/0.07: loss 0.2123 = ½ (0.2166 + 0.2081); s = 1: 0.9547 = ½ (0.9551 + 0.9543);
 *   s = 100: 2.08e-5 = ½ (2.37e-5 + 1.79e-5); s = 20: 0.1146;
 * - captions 1 and 2 swapped: 1.3796 = ½ (1.3839 + 1.3754) at 1/0.07, 8.1712 at 100;
 * - near-duplicate captions: 0.5889 at 1/0.07, 1.9684 at 100 (the loss rises with s).
 * Bad input (a zero caption, NaN, an empty field) shows a message and keeps the last valid result;
 * a shared link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/clip-loss/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'clip-loss';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const field = (page: Page, vector: string, axis: string) =>
    demoOf(page).getByLabel(t.field(vector, axis), { exact: true });
  const ALIGNED = t.readout('0.2123', '0.2166', '0.2081');

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens on the aligned batch at 1/0.07 with its matrix and tables', async ({ page }) => {
      const demo = demoOf(page);
      await expect(demo.locator('output[data-readout]')).toHaveText(ALIGNED);
      await expect(demo.locator('[data-preset-note]')).toHaveText(t.presetNotes.aligned);
      await expect(demo.locator('[data-mismatches]')).toHaveText(t.allMatched);
      // the positive pairs' cosines: 0.997, 1, 0.997
      await expect(demo.getByRole('img', { name: t.heatmapSummary(3, '1.00, 1.00, 1.00') })).toBeVisible();
      // logits = (1/0.07) · cos: row 1 = 14.24, 12.78, 7.67
      await expect(demo.locator('[data-logits] [data-row="0"] td').nth(0)).toHaveText('14.24');
      await expect(demo.locator('[data-logits] [data-row="0"] td').nth(2)).toHaveText('7.67');
      await expect(demo.locator('[data-positive]')).toHaveCount(3);
      await expect(demo).not.toContainText('NaN');
    });

    test('the logit-scale slider and its CLIP buttons work from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const slider = demo.locator('input[type="range"]');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', t.scaleValue('20', '0.05'));
      await expect(readout).toContainText('0.1146');
      await page.keyboard.press('Home');
      await expect(readout).toHaveText(t.readout('0.9547', '0.9551', '0.9543'));
      await page.keyboard.press('End');
      await expect(readout).toHaveText(t.readout('2.08 × 10⁻⁵', '2.37 × 10⁻⁵', '1.79 × 10⁻⁵'));
      await demo.getByRole('button', { name: t.scalePresetNames.init }).click();
      await expect(readout).toHaveText(ALIGNED);
    });

    test('swapping two captions or near-duplicating one raises the loss', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: t.presetNames.swap }).click();
      await expect(readout).toHaveText(t.readout('1.3796', '1.3839', '1.3754'));
      await expect(demo.locator('[data-mismatch]')).toHaveCount(4);
      await expect(demo.locator('[data-mismatches]')).toContainText(t.imagePrefers('I₁', 'T₂'));
      await demo.getByRole('button', { name: t.scalePresetNames.clamp }).click();
      await expect(readout).toHaveText(t.readout('8.1712', '8.1712', '8.1712'));

      await demo.getByRole('button', { name: t.presetNames.hard }).click();
      await expect(readout).toContainText('1.9684');
      await demo.getByRole('button', { name: t.scalePresetNames.init }).click();
      await expect(readout).toContainText('0.5889');
      await expect(demo.locator('[data-mismatches]')).toContainText(t.textPrefers('T₂', 'I₁'));
    });

    test('refuses a zero vector, NaN and an empty field, keeping the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert').first();
      // x = 0 alone is still a valid batch (T₂ = (0, y)): that is the last valid result from here on
      await field(page, 'T₂', 'x').fill('0');
      await expect(readout).not.toHaveText(ALIGNED);
      const lastValid = await readout.innerText();
      await field(page, 'T₂', 'y').fill('0');
      await expect(alert).toContainText(
        t.zeroError('T₂', 'textEmbeds[1] must not be a zero vector (it cannot be L2-normalised)'),
      );
      await expect(field(page, 'T₂', 'x')).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(lastValid);

      await field(page, 'T₂', 'y').fill('NaN');
      await expect(alert).toContainText(t.fieldError(t.field('T₂', 'y'), { kind: 'notNumber', text: 'NaN' }));
      await field(page, 'T₂', 'y').fill('');
      await expect(alert).toContainText(t.fieldError(t.field('T₂', 'y'), { kind: 'empty' }));
      await field(page, 'T₂', 'y').fill('1e400');
      await expect(alert).toContainText('textEmbeds[1][1] must be finite, got Infinity');
      await expect(readout).toHaveText(lastValid);

      await field(page, 'T₂', 'x').fill('1');
      await field(page, 'T₂', 'y').fill('1');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(ALIGNED);
      await expect(readout).not.toContainText('NaN');
    });

    test('grows the batch and the dimension', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByLabel(t.pairs, { exact: true }).selectOption('5');
      await demo.getByLabel(t.dims, { exact: true }).selectOption('3');
      await expect(demo.locator('[data-vectors] input')).toHaveCount(5 * 6);
      await expect(field(page, 'I₅', 'z')).toHaveValue('0');
      await expect(demo.locator('[data-positive]')).toHaveCount(5);
      await expect(demo.locator('[data-preset-note]')).toHaveText(t.custom);
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByRole('button', { name: t.presetNames.swap }).click();
      await demo.getByRole('button', { name: t.scalePresetNames.clamp }).click();
      await expect(demo.locator('output[data-readout]')).toHaveText(t.readout('8.1712', '8.1712', '8.1712'));
      await expect(page).toHaveURL(/[?&]cl-t=1%2C1%3B4%2C1%3B1%2C4(&|$)/);
      await expect(page).toHaveURL(/[?&]cl-s=100(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(
        t.readout('8.1712', '8.1712', '8.1712'),
      );
      await expect(field(page, 'T₁', 'x')).toHaveValue('1');
    });
  });
}
