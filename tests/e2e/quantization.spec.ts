/** The deployment page's quantization demo: bits, outlier, granularity and bad input. */
import { expect, test } from '@playwright/test';
import { openDemo } from './open-demo';

const UI = {
  zh: {
    int4: 'INT4 对称 按张量',
    int8: 'INT8 对称 按张量',
    distinct: (d: number) => `只用到 ${d} 个不同的值`,
  },
  en: {
    int4: 'INT4 symmetric per-tensor',
    int8: 'INT8 symmetric per-tensor',
    distinct: (d: number) => `take only ${d} distinct values`,
  },
} as const;

for (const locale of ['zh', 'en'] as const) {
  test.describe(`quantization (${locale})`, () => {
    const ui = UI[locale];
    test.beforeEach(async ({ page }) => {
      await openDemo(page, `/${locale}/decoding/deployment/`, 'quantization');
    });

    test('changes bit width from the keyboard and shows an outlier collapsing the grid', async ({ page }) => {
      const demo = page.locator('[data-demo="quantization"]');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toContainText(ui.int4);
      await expect(readout).toContainText('dB');
      // 24 weights from seed 7, INT4 symmetric per-tensor: 13 distinct levels
      await expect(demo).toContainText(ui.distinct(13));

      const bits = demo.locator('input[type="range"]');
      await bits.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(bits).toHaveAttribute('aria-valuetext', 'INT8');
      await expect(readout).toContainText(ui.int8);
      await page.keyboard.press('ArrowRight');

      // the outlier (12 × mean |w|) stretches S: the 24 weights share 5 levels
      await demo.locator('input[type="checkbox"]').check();
      await expect(demo).toContainText(ui.distinct(5));
      // per-group (4) keeps the outlier's damage inside its own group
      await demo.locator('select').selectOption('4');
      await expect(demo).toContainText(ui.distinct(20));
      await expect(demo.locator('tbody tr')).toHaveCount(6);
      await expect(demo).not.toContainText('NaN');
    });

    test('rejects bad weights and seeds, keeping the last valid result', async ({ page }) => {
      const demo = page.locator('[data-demo="quantization"]');
      const readout = demo.locator('output[data-readout]');
      const before = await readout.innerText();
      const weights = demo.locator('textarea');
      await weights.fill('0.1, abc');
      await expect(demo.getByRole('alert').first()).toContainText('abc');
      await expect(weights).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);
      await weights.fill('1e999, 1');
      await expect(demo.getByRole('alert').first()).toContainText('finite');
      await weights.fill('0.5');
      await expect(demo.getByRole('alert').first()).not.toBeEmpty();
      await weights.fill('-1, 0, 0.5, 1');
      await expect(demo.getByRole('alert').first()).toBeEmpty();
      await expect(readout).not.toHaveText(before);

      const seed = demo.locator('input[inputmode="numeric"]');
      await seed.fill('x');
      await demo.getByRole('button').click();
      await expect(seed).toHaveAttribute('aria-invalid', 'true');
      await seed.fill('3');
      await demo.getByRole('button').click();
      await expect(seed).toHaveAttribute('aria-invalid', 'false');
      await expect(weights).not.toHaveValue('-1, 0, 0.5, 1');
    });
  });
}
