/** The contrastive-decoding demo: the α cut, expert greedy for contrast, bad input. */
import { expect, test } from '@playwright/test';
import { openDemo } from './open-demo';

for (const locale of ['zh', 'en'] as const) {
  test.describe(`contrastive-decoding (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, `/${locale}/decoding/penalties/`, 'contrastive-decoding');
    });

    test('picks Paris at α = 0.1, the amateur-starved tail at α = 0, expert greedy at α = 1', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="contrastive-decoding"]');
      const readout = demo.locator('output[data-readout]');
      const slider = demo.locator('input[type="range"]');
      await expect(slider).toHaveAttribute('aria-valuetext', '0.1');
      // ln(0.30 / 0.07) = 1.46; the expert alone picks the (0.34)
      await expect(readout).toContainText("'Paris'");
      await expect(readout).toContainText('1.46');
      await expect(readout).toContainText("'the'");

      await slider.focus();
      await page.keyboard.press('Home');
      // Lutetia: ln(0.003 / 0.00006) = ln 50 = 3.91
      await expect(readout).toContainText("'Lutetia'");
      await expect(readout).toContainText('3.91');

      await page.keyboard.press('End');
      // α = 1 keeps only the expert's argmax: ln(0.34 / 0.52) = −0.42
      await expect(readout).toContainText('−0.42');
      await expect(demo.locator('tbody tr')).toHaveCount(7);
    });

    test('reproduces the page example: the garbage token wins only without the cut', async ({ page }) => {
      const demo = page.locator('[data-demo="contrastive-decoding"]');
      const readout = demo.locator('output[data-readout]');
      await demo
        .getByRole('button', { name: locale === 'zh' ? '为什么要截断' : 'why the cut matters' })
        .click();
      await expect(readout).toContainText("'Paris'");
      await expect(readout).toContainText('0.69');
      await demo.locator('input[type="range"]').focus();
      await page.keyboard.press('Home');
      await expect(readout).toContainText("'qzx'");
      await expect(readout).toContainText('4.61');
    });

    test('rejects bad input and keeps the last valid result', async ({ page }) => {
      const demo = page.locator('[data-demo="contrastive-decoding"]');
      const readout = demo.locator('output[data-readout]');
      const expert = demo.locator('input[inputmode="decimal"]').first();
      await expert.fill('0.3, abc');
      await expect(demo.getByRole('alert')).toContainText('abc');
      await expect(expert).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toContainText("'Paris'");

      await expert.fill('0.3, 0.3');
      await expect(demo.getByRole('alert')).not.toBeEmpty();
      await expert.fill('1, -1, 1, 1, 1, 1, 1');
      await expect(demo.getByRole('alert')).toContainText('pExpert[1]');
      await expect(demo).not.toContainText('NaN');

      // weights are normalised: seven equal weights -> 1/7 each, all plausible; the amateur's rarest wins
      await expert.fill('1, 1, 1, 1, 1, 1, 1');
      await expect(demo.getByRole('alert')).toBeEmpty();
      await expect(demo.locator('tbody tr').first()).toContainText('0.143');
      await expect(readout).toContainText("'Lutetia'");
    });
  });
}
