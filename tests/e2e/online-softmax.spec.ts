/**
 * The online-softmax demo: the running max and sum on a two-score row worked by hand, the
 * keyboard stepper, a masked score, bad input, and the traffic calculator's block sizes.
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/online-softmax/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

for (const sitePath of behaviourPages('online-softmax')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`online-softmax on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'online-softmax');
    });

    test('scores 1, 2 in blocks of 1: m = 1, ℓ = 1, then m = 2, ℓ = e⁻¹ + 1', async ({ page }) => {
      const demo = page.locator('[data-demo="online-softmax"]');
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('textbox', { name: t.scores }).fill('1 2');
      const size = demo.getByRole('slider', { name: t.block });
      await size.focus();
      await page.keyboard.press('Home');
      await expect(readout).toHaveText(t.readout(1, 2, '1.0000', '1.0000'));
      await demo.getByRole('slider', { name: t.step }).focus();
      await page.keyboard.press('ArrowRight');
      // ℓ = 1·exp(1 − 2) + exp(2 − 2) = 0.36788 + 1
      await expect(readout).toHaveText(t.readout(2, 2, '2.0000', '1.3679'));
      await expect(demo).toContainText(t.rescaled('0.3679'));
      // softmax(1, 2) = (0.2689, 0.7311) in both columns of the final table
      await expect(
        demo
          .locator('table', { has: page.getByText(t.probsCaption) })
          .locator('tbody tr')
          .last(),
      ).toContainText(/0\.7311.*0\.7311/);
      await expect(demo.locator('[data-done]')).toBeVisible();
    });

    test('a masked block changes nothing; bad input keeps the last row', async ({ page }) => {
      const demo = page.locator('[data-demo="online-softmax"]');
      const readout = demo.locator('output[data-readout]');
      const box = demo.getByRole('textbox', { name: t.scores });
      await box.fill('0 -inf');
      await demo.getByRole('slider', { name: t.block }).focus();
      await page.keyboard.press('Home');
      await demo.getByRole('button', { name: t.next }).click();
      await expect(readout).toHaveText(t.readout(2, 2, '0.0000', '1.0000'));
      await expect(demo).toContainText(t.maskedBlock);

      await box.fill('-inf -inf');
      await expect(demo.getByRole('alert')).toHaveText(t.error({ kind: 'allMasked' }));
      await expect(readout).toHaveText(t.readout(2, 2, '0.0000', '1.0000'));
      await box.fill('1 abc');
      await expect(demo.getByRole('alert')).toHaveText(t.error({ kind: 'notNumber', bad: 'abc' }));
      await expect(demo).not.toContainText('NaN');
    });

    test('traffic: d = 64 with 192 KiB SRAM gives key blocks of ⌈98,304 / 256⌉ = 384; d = 256 tiles worse', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="online-softmax"]');
      // 192 KiB of fp16 = 98,304 elements; B_c = ⌈98304/(4·64)⌉ = 384, B_r = min(384, 64) = 64;
      // N = 4096: T_c = ⌈4096/384⌉ = 11
      await expect(demo).toContainText(t.blocks(384, 64, 11));
      await demo.getByRole('combobox', { name: t.headDim }).selectOption('128');
      // B_c = ⌈98304/512⌉ = 192, B_r = 128, T_c = ⌈4096/192⌉ = 22
      await expect(demo).toContainText(t.blocks(192, 128, 22));
      await demo.getByRole('combobox', { name: t.headDim }).selectOption('256');
      // B_c = ⌈98304/1024⌉ = 96, T_c = 43: reads alone are 2Nd + 43·(2Nd + 2N) > 2N² + 3Nd at N = 4096
      await expect(demo.locator('[data-traffic]')).toContainText(/×|倍/);
    });
  });
}
