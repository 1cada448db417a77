/**
 * The pass-at-k demo: HumanEval-style numbers, the k = n extreme of the "hard problem", a visible
 * clamp when n shrinks, and no NaN at the edges (c = 0, c = n, k = n, n − c < k).
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/pass-at-k/text';
import { behaviourPages } from './site-map';
import { openDemo } from './open-demo';

for (const sitePath of behaviourPages('pass-at-k')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`pass-at-k on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'pass-at-k');
    });

    test('starts HumanEval-like and marks the k = n extreme of the hard problem', async ({ page }) => {
      const demo = page.locator('[data-demo="pass-at-k"]');
      const readout = demo.locator('output[data-readout]');
      // n = 200, c = 20, k = 5: 1 − Π_{i=181}^{200}(1 − 5/i) = 0.4128; naive 1 − 0.9⁵ = 0.40951
      await expect(readout).toHaveText(t.readout(5, '0.413', '0.410'));
      await expect(demo.getByRole('img')).toHaveAttribute('aria-label', /n = 200/);

      await demo.getByRole('button', { name: t.hard }).click();
      // n = 10, c = 1, k = 10: unbiased 1 (n − c < k), naive 1 − 0.9¹⁰ = 0.6513
      await expect(readout).toHaveText(t.readout(10, '1.000', '0.651'));
      await expect(demo).toContainText(t.full);

      await demo.getByRole('button', { name: t.all }).click();
      await expect(readout).toHaveText(t.readout(10, '1.000', '1.000'));
      await expect(demo).not.toContainText('NaN');
    });

    test('clamps c and k visibly when n shrinks, and handles c = 0 and k = 1', async ({ page }) => {
      const demo = page.locator('[data-demo="pass-at-k"]');
      const readout = demo.locator('output[data-readout]');
      const [n, c, k] = [0, 1, 2].map((i) => demo.locator('input[type="range"]').nth(i));

      await n?.focus();
      await page.keyboard.press('Home');
      await expect(n!).toHaveAttribute('aria-valuetext', '1');
      await expect(demo.locator('p[role="status"]')).toHaveText(
        `${t.clamp('c', 20, 1)} ${t.clamp('k', 5, 1)}`,
      );
      await expect(c!).toHaveAttribute('aria-valuetext', '1');
      await expect(k!).toHaveAttribute('aria-valuetext', '1');
      await expect(readout).toHaveText(t.readout(1, '1.000', '1.000'));

      await c?.focus();
      await page.keyboard.press('Home');
      await expect(demo.locator('p[role="status"]')).toBeEmpty();
      await expect(readout).toHaveText(t.readout(1, '0.000', '0.000'));

      await n?.focus();
      await page.keyboard.press('End');
      await k?.focus();
      await page.keyboard.press('End');
      // c = 0, k = n = 200: nothing ever passes
      await expect(readout).toHaveText(t.readout(200, '0.000', '0.000'));
      await expect(demo).not.toContainText('NaN');
    });
  });
}
