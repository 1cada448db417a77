/**
 * The confusion-matrix demo: scikit-learn's numbers for its datasets (sklearn 1.2
 * confusion_matrix, precision/recall/f1/fbeta/accuracy_score with zero_division=0), the
 * "predict everything negative" case, and an accessible chart and table. Both languages.
 */
import { expect, test, type Locator } from '@playwright/test';
import { behaviourPages } from './site-map';
import { openDemo } from './open-demo';

/** Repeats `action` until `target` shows `text`: a first try can land before the demo hydrates. */
async function until(target: Locator, text: RegExp | string, action: () => Promise<unknown>) {
  await expect(async () => {
    await action();
    await expect(target).toContainText(text, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

for (const sitePath of behaviourPages('confusion-matrix')) {
  test.describe(`confusion-matrix on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'confusion-matrix');
    });

    test('shows the counts and metrics of the balanced dataset at 0.55', async ({ page }) => {
      const demo = page.locator('[data-demo="confusion-matrix"]');
      // TP 8, FP 2, TN 10, FN 4: P 8/10, R 8/12, F1 16/22, accuracy 18/24
      await expect(demo.locator('output[data-readout]')).toHaveText(
        /0\.55 · P 0\.80 · R 0\.67 · F1 0\.73 · \S+ 0\.75$/,
      );
      const table = demo.locator('table').first();
      await expect(table.locator('th[scope="col"]')).toHaveCount(3);
      await expect(table.locator('th[scope="row"]')).toHaveCount(2);
      await expect(table.locator('td')).toHaveText([/TP\s*8/, /FN\s*4/, /FP\s*2/, /TN\s*10/]);
      // fbeta_score(beta=2) = 0.6897, beta=0.5 → 0.7692; specificity 10/12
      const metrics = demo.locator('dl');
      await expect(metrics).toContainText('0.69');
      await expect(metrics).toContainText('0.83');
      await until(metrics, 'F0.5', () => demo.locator('select').nth(1).selectOption('0.5'));
      await expect(metrics).toContainText('0.77');

      await expect(demo.locator('svg[role="img"]')).toHaveAttribute('aria-label', /24/);
      await demo.locator('details summary').click();
      await expect(demo.locator('details tbody tr')).toHaveCount(24);
    });

    test('moves the threshold from the keyboard, to every example positive and to none', async ({ page }) => {
      const demo = page.locator('[data-demo="confusion-matrix"]');
      const readout = demo.locator('output[data-readout]');
      const slider = demo.locator('input[type="range"]');
      // threshold 0.03: all 24 predicted positive, P 12/24, R 1, F1 24/36
      await until(readout, /0\.03 · P 0\.50 · R 1\.00 · F1 0\.67 · \S+ 0\.50$/, () => slider.press('Home'));
      await until(readout, /∞ · P 0\.00 · R 0\.00 · F1 0\.00 · \S+ 0\.50$/, () => slider.press('End'));
      await expect(demo).toContainText('zero_division');
      await expect(demo).not.toContainText('NaN');
    });

    test('imbalanced: predicting nothing positive has high accuracy and zero recall', async ({ page }) => {
      const demo = page.locator('[data-demo="confusion-matrix"]');
      const readout = demo.locator('output[data-readout]');
      // 0.47: TP 2, FP 5, TN 23, FN 0 → P 2/7, R 1, F1 4/9, accuracy 25/30
      await until(readout, /0\.47 · P 0\.29 · R 1\.00 · F1 0\.44 · \S+ 0\.83$/, () =>
        demo.locator('select').first().selectOption('imbalanced'),
      );
      // nothing predicted positive: accuracy 28/30, recall 0; precision 0/0 → 0 (zero_division)
      await until(readout, /∞ · P 0\.00 · R 0\.00 · F1 0\.00 · \S+ 0\.93$/, () =>
        demo.getByRole('button', { name: /above every score|高于所有分数/ }).click(),
      );
      await expect(demo.locator('table').first().locator('td')).toHaveText([
        /TP\s*0/,
        /FN\s*2/,
        /FP\s*0/,
        /TN\s*28/,
      ]);
      await expect(demo).toContainText('zero_division');
    });

    test('tied scores: the judge grades at 0.6', async ({ page }) => {
      const demo = page.locator('[data-demo="confusion-matrix"]');
      // TP 8, FP 3, TN 7, FN 2: P 8/11, R 0.8, F1 16/21, accuracy 15/20
      await until(
        demo.locator('output[data-readout]'),
        /0\.6 · P 0\.73 · R 0\.80 · F1 0\.76 · \S+ 0\.75$/,
        () => demo.locator('select').first().selectOption('tied'),
      );
    });
  });
}
