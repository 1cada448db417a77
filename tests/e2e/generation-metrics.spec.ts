/**
 * The generation-metrics demo: sacreBLEU / rouge-score / SQuAD numbers for its presets, the
 * Chinese tokenisation note and character segmentation, and bad input kept off the readout.
 * Runs on every page that shows the demo (see site-map.ts), in both languages.
 */
import { expect, test } from '@playwright/test';
import { behaviourPages } from './site-map';
import { openDemo } from './open-demo';

for (const sitePath of behaviourPages('generation-metrics')) {
  test.describe(`generation-metrics on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'generation-metrics');
    });

    test('scores the presets as sacreBLEU, rouge-score and the SQuAD script do', async ({ page }) => {
      const demo = page.locator('[data-demo="generation-metrics"]');
      const readout = demo.locator('output[data-readout]');
      const buttons = demo.locator('button');
      // "the cat is on the mat" vs "there is a cat on the mat": BLEU 29.06 (exp), ROUGE-L 4/6 vs 4/7
      await expect(readout).toHaveText('BLEU 29.1 · ROUGE-L F 0.62 · EM 0 · F1 0.89');
      await expect(demo.locator('mark').first()).toBeVisible();

      await buttons.nth(1).click();
      // "The Eiffel Tower!" vs "Eiffel tower": 13a is case-sensitive, SQuAD normalises it all away
      await expect(readout).toHaveText('BLEU 16.0 · ROUGE-L F 0.80 · EM 1 · F1 1.00');

      await buttons.nth(2).click();
      await expect(readout).toHaveText('BLEU 0.0 · ROUGE-L F 0.00 · EM 0 · F1 0.00');
      await expect(demo.getByText('[a-z0-9]')).toBeVisible();
      await demo.locator('input[type="checkbox"]').check();
      // 8 vs 9 characters: BLEU 61.02, SQuAD F1 16/17; ROUGE still sees no tokens
      await expect(readout).toHaveText('BLEU 61.0 · ROUGE-L F 0.00 · EM 0 · F1 0.94');
    });

    test('keeps the last valid result on bad input and never shows NaN', async ({ page }) => {
      const demo = page.locator('[data-demo="generation-metrics"]');
      const readout = demo.locator('output[data-readout]');
      const [hypothesis, references] = [demo.locator('textarea').nth(0), demo.locator('textarea').nth(1)];
      const alert = demo.getByRole('alert');
      const before = await readout.innerText();

      await hypothesis.fill('   ');
      await expect(alert).not.toBeEmpty();
      await expect(hypothesis).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);

      await hypothesis.fill('the cat is on the mat');
      await references.fill('a\nb\nc\nd\ne');
      await expect(alert).not.toBeEmpty();
      await expect(references).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);

      await references.fill('x'.repeat(2001));
      await expect(alert).toContainText('2001');
      await expect(readout).toHaveText(before);

      await references.fill('😀\u0301 \ud800 שלום \u200b');
      await hypothesis.fill('\ufeff&amp; <b>bold</b>');
      await expect(alert).toBeEmpty();
      await expect(readout).not.toHaveText(before);
      await expect(demo.locator('b')).toHaveCount(0);
      await expect(demo).not.toContainText('NaN');
    });
  });
}
