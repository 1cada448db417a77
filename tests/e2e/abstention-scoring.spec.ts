/**
 * The abstention-scoring demo against hand arithmetic (Kalai et al. 2025, §4.2: right 1, "I don't
 * know" 0, wrong −t/(1 − t); answer iff confidence > t). Mixed preset, 100 questions with counts
 * 4 6 8 10 12 12 12 12 12 12 at confidence 0.05 … 0.95:
 * - answer all: expected accuracy (0.2 + 0.9 + 2 + 3.5 + 5.4 + 12 · 3.75)/100 = 0.570;
 * - t = 0.5 (penalty 1): above-t answers 60 questions, 45 right → 0.450; penalised 0.450 − 0.150 =
 *   0.300 against 0.570 − 0.430 = 0.140 for answering all;
 * - t = 0.9 (penalty 9): only the 12 at 0.95 → 0.114 and 0.114 − 9 · 0.006 = 0.060; answering all
 *   0.570 − 9 · 0.430 = −3.300; t = 0: both policies 0.570 under both rules.
 * Bimodal preset (30 10 0 … 0 10 50) at t = 0.5: all 0.590 / above 0.560; penalised 0.180 / 0.520.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/abstention-scoring/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'abstention-scoring';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const OPENING = t.readout('0.5', '1', '0.570', '0.450', '0.140', '0.300');

  test.describe(`${ID} on ${sitePath}`, () => {
    test('opens at t = 0.5 and moves the target from the keyboard', async ({ page }) => {
      await openDemo(page, sitePath, ID);
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(OPENING);
      await expect(demo.locator('[data-verdict="accuracy"]')).toHaveText(t.verdictAccuracy('guess'));
      await expect(demo.locator('[data-verdict="penalty"]')).toHaveText(t.verdictPenalty('above', '0.5'));

      const slider = demo.getByRole('slider', { name: t.threshold });
      await slider.focus();
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', '0.9');
      await expect(readout).toHaveText(t.readout('0.9', '9', '0.570', '0.114', '−3.300', '0.060'));

      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      // t = 0.75: penalty 3, and the note on the paper's "penalty 2"
      await expect(slider).toHaveAttribute('aria-valuetext', '0.75');
      await expect(demo).toContainText(t.typo);

      await page.keyboard.press('Home');
      await expect(readout).toHaveText(t.readout('0', '0', '0.570', '0.570', '0.570', '0.570'));
      await expect(demo.locator('[data-verdict="accuracy"]')).toHaveText(t.verdictAccuracy('tie'));
      await expect(page).toHaveURL(/abs-t=0(&|$)/);
      await expect(demo).not.toContainText('NaN');
    });

    test('scores a preset and refuses bad counts, keeping the last result', async ({ page }) => {
      await openDemo(page, sitePath, ID);
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: t.presetNames.bimodal }).click();
      const bimodal = t.readout('0.5', '1', '0.590', '0.560', '0.180', '0.520');
      await expect(readout).toHaveText(bimodal);

      const field = demo.getByRole('textbox', { name: 'c = 0.25', exact: true });
      await field.fill('abc');
      await expect(demo.getByRole('alert')).toHaveText(
        `${t.fieldError('c = 0.25', { kind: 'notNumber', text: 'abc' })} ${t.kept}`,
      );
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(bimodal);

      await field.fill('-1');
      await expect(demo.getByRole('alert')).toContainText('counts[2] must be an integer >= 0, got -1');
      await expect(readout).toHaveText(bimodal);

      await field.fill('0');
      await expect(demo.getByRole('alert')).toBeEmpty();
      await expect(readout).toHaveText(bimodal);
      await expect(demo).not.toContainText('NaN');
    });

    test('restores a shared link', async ({ page }) => {
      await openDemo(page, `${sitePath}?abs-t=0.9&abs-c=4_6_8_10_12_12_12_12_12_12`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(
        t.readout('0.9', '9', '0.570', '0.114', '−3.300', '0.060'),
      );
    });
  });
}
