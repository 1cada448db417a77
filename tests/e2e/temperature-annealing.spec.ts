/** The intro chapter's annealing demo reproduces Stanford CS324's table and handles bad input. */
import { expect, test } from '@playwright/test';
import { openDemo } from './open-demo';

for (const locale of ['zh', 'en'] as const) {
  test.describe(`temperature-annealing (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, `/${locale}/intro/`, 'temperature-annealing');
    });

    test('reproduces CS324: 0.4/0.6 → T=0.5: 0.31/0.69, T=0.2: 0.12/0.88, T→0 argmax, T→∞ uniform', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="temperature-annealing"]');
      const slider = demo.locator('input[type="range"]');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toContainText('T = 1');
      await expect(readout).toContainText('cheese 0.40 · mouse 0.60');

      await slider.focus();
      // The slider walks 0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, …: two steps down from 1 is 0.5.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveAttribute('aria-valuetext', '0.5');
      await expect(readout).toContainText('cheese 0.31 · mouse 0.69');

      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(slider).toHaveAttribute('aria-valuetext', '0.2');
      await expect(readout).toContainText('cheese 0.12 · mouse 0.88');

      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuetext', '0');
      await expect(readout).toContainText('cheese 0.00 · mouse 1.00');

      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', '∞');
      await expect(readout).toContainText('cheese 0.50 · mouse 0.50');
    });

    test('rejects bad input with a message and keeps the last valid distribution', async ({ page }) => {
      const demo = page.locator('[data-demo="temperature-annealing"]');
      const probs = demo.locator('input[inputmode="decimal"]');
      await probs.fill('0.4, abc');
      await expect(demo.getByRole('alert')).toContainText('abc');
      await expect(probs).toHaveAttribute('aria-invalid', 'true');
      await expect(demo.locator('output[data-readout]')).toContainText('cheese 0.40 · mouse 0.60');

      await probs.fill('0, 0');
      await expect(demo.getByRole('alert')).not.toBeEmpty();
      await expect(demo).not.toContainText('NaN');

      await probs.fill('1, 3');
      await expect(demo.getByRole('alert')).toBeEmpty();
      await expect(demo.locator('output[data-readout]')).toContainText('cheese 0.25 · mouse 0.75');
    });
  });
}
