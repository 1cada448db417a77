/** The penalties demo: three mechanisms on one history, HF's sign split, n-gram bans, history edits. */
import { expect, test } from '@playwright/test';
import { openDemo } from './open-demo';

for (const locale of ['zh', 'en'] as const) {
  test.describe(`penalties (${locale})`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, `/${locale}/decoding/penalties/`, 'penalties');
    });

    test('compares the three penalties and reacts to the repetition slider', async ({ page }) => {
      const demo = page.locator('[data-demo="penalties"]');
      const readout = demo.locator('output[data-readout]');
      // logits [-0.5, -1, 2.4, -1.5, 0.3, 0.8, 1.9, 1.2], history "the cat sat on the cat":
      // θ = 1.2 leaves sat (2.4 / 1.2 = 2.0) above ran (1.9); presence = frequency = 0.5 drops sat to 1.4;
      // n = 3 bans sat ("the cat sat")
      await expect(readout).toContainText("'sat' 0.34");
      await expect(readout).toContainText("'ran' 0.37");
      await expect(readout).toContainText("'ran' 0.45");
      // the, cat, on have negative logits: HF multiplies; CTRL's division would give −0.42, −0.83, −1.25
      await expect(demo).toContainText('−0.42, −0.83, −1.25');
      await expect(demo).toContainText('“the cat sat”');

      const slider = demo.locator('input[type="range"]').first();
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', '1.3');
      // 2.4 / 1.3 = 1.85 < 1.9: ran takes over
      await expect(readout).toContainText("'ran' 0.32");
      await expect(demo).toContainText('−0.38, −0.77, −1.15');
    });

    test('edits the history by clicking tokens', async ({ page }) => {
      const demo = page.locator('[data-demo="penalties"]');
      const readout = demo.locator('output[data-readout]');
      const history = demo.locator('ol');
      await demo.getByRole('button', { name: locale === 'zh' ? '清空' : 'Clear' }).click();
      await expect(history.locator('li')).toHaveCount(1);
      // nothing seen: every column keeps sat 0.43
      await expect(readout).toHaveText(/'sat' 0\.43.*'sat' 0\.43.*'sat' 0\.43/);
      await demo.getByRole('button', { name: '+ sat' }).click();
      await demo.getByRole('button', { name: '+ sat' }).click();
      await expect(history).toContainText('sat');
      await expect(demo).toContainText('sat ×2');
      // n = 3 needs three tokens: nothing banned yet; removing one leaves a single sat
      await demo.getByRole('button', { name: locale === 'zh' ? '删除最后一个' : 'Remove last' }).click();
      await expect(demo).toContainText('sat ×1');
      await expect(demo).not.toContainText('NaN');
    });
  });
}
