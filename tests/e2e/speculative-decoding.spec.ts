/** The acceleration page's speculative-decoding demo: α, acceptance, simulation, speed-up, bad input. */
import { expect, test } from '@playwright/test';
import { openDemo } from './open-demo';

const UI = {
  zh: {
    confident: '草稿过于自信',
    useAlpha: '用到下面的速度计算',
    simulate: '模拟',
    lossless: '输出分布就是目标分布',
    lossy: '不再无损',
  },
  en: {
    confident: 'Overconfident draft',
    useAlpha: 'Use this α below',
    simulate: 'Simulate',
    lossless: 'the output is the target distribution',
    lossy: 'no longer lossless',
  },
} as const;

for (const locale of ['zh', 'en'] as const) {
  test.describe(`speculative-decoding (${locale})`, () => {
    const ui = UI[locale];
    test.beforeEach(async ({ page }) => {
      await openDemo(page, `/${locale}/decoding/acceleration/`, 'speculative-decoding');
    });

    test('computes α, tokens per call and speed-up (Leviathan et al. eq. 1, Thm 3.8)', async ({ page }) => {
      const demo = page.locator('[data-demo="speculative-decoding"]');
      const readout = demo.locator('output[data-readout]');
      // α = 0.8, γ = 4, c = 0.1: 1 + 0.8 + 0.64 + 0.512 + 0.4096 = 3.3616; / 1.4 = 2.40
      await expect(readout).toContainText('3.36');
      await expect(readout).toContainText('×2.4');
      // close preset: Σ min(p, q) = 0.4 + 0.25 + 0.1 + 0.1 + 0.05 = 0.9
      await expect(demo).toContainText('α = Σ min(p, q) = 0.900');

      const alpha = demo.locator('input[type="range"]').first();
      await alpha.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(alpha).toHaveAttribute('aria-valuetext', '0.79');
      // 1 + 0.79 + 0.6241 + 0.493039 + 0.38950081 = 3.29664
      await expect(readout).toContainText('3.30');

      // overconfident draft: 0.45 + 4 × 0.05 = 0.65, carried over to the slider
      await demo.getByRole('button', { name: ui.confident }).click();
      await expect(demo).toContainText('α = Σ min(p, q) = 0.650');
      await demo.getByRole('button', { name: ui.useAlpha }).click();
      await expect(alpha).toHaveAttribute('aria-valuetext', '0.65');
      await expect(demo.locator('svg[role="img"]')).toHaveAttribute('aria-label', /0\.65/);
    });

    test('simulates draft-then-verify and shows the output matches p only with the residual rule', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="speculative-decoding"]');
      await demo.getByRole('button', { name: ui.simulate, exact: true }).click();
      await expect(demo).toContainText(ui.lossless);
      await expect(demo.locator('ol li')).toHaveCount(5);
      await demo.locator('select').nth(1).selectOption('draft');
      await expect(demo).toContainText(ui.lossy);
      await expect(demo).not.toContainText('NaN');
    });

    test('rejects bad input with a message and keeps the last valid position', async ({ page }) => {
      const demo = page.locator('[data-demo="speculative-decoding"]');
      const p = demo.locator('input:not([type])').nth(1);
      await p.fill('0.4, abc');
      await expect(demo.getByRole('alert').first()).toContainText('abc');
      await expect(p).toHaveAttribute('aria-invalid', 'true');
      await expect(demo).toContainText('α = Σ min(p, q) = 0.900');
      await p.fill('0, 0, 0, 0, 0');
      await expect(demo.getByRole('alert').first()).not.toBeEmpty();
      await p.fill('1, 1, 1, 1');
      await expect(demo.getByRole('alert').first()).not.toBeEmpty();
      await p.fill('9, 5, 3, 2, 1');
      await expect(demo.getByRole('alert').first()).toBeEmpty();

      const seed = demo.locator('input[inputmode="numeric"]');
      await seed.fill('1e999');
      await demo.getByRole('button', { name: ui.simulate, exact: true }).click();
      await expect(seed).toHaveAttribute('aria-invalid', 'true');
      await expect(demo).not.toContainText('NaN');
    });
  });
}
