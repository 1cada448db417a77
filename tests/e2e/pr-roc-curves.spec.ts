/**
 * The pr-roc-curves demo: scikit-learn's AUC and AP for its datasets (sklearn 1.2 roc_auc_score,
 * average_precision_score, roc_curve with and without drop_intermediate), the threshold marked from
 * the keyboard, and the tied-score explanation. Both languages.
 */
import { expect, test, type Locator } from '@playwright/test';
import { behaviourPages } from './site-map';
import { openDemo } from './open-demo';

/** Repeats `action` until `check` passes: a first try can land before the demo hydrates. */
async function until(check: () => Promise<unknown>, action: () => Promise<unknown>) {
  await expect(async () => {
    await action();
    await check();
  }).toPass({ timeout: 20_000 });
}
const shows = (target: Locator, text: RegExp) => () => expect(target).toHaveText(text, { timeout: 1000 });

for (const sitePath of behaviourPages('pr-roc-curves')) {
  test.describe(`pr-roc-curves on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'pr-roc-curves');
    });

    test('reports sklearn AUC and AP and the rates at the threshold', async ({ page }) => {
      const demo = page.locator('[data-demo="pr-roc-curves"]');
      const readout = demo.locator('output[data-readout]');
      // balanced: roc_auc_score 0.8056, average_precision_score 0.8191; at 0.55 TP 8 FP 2 of 12 + 12
      await expect(readout).toHaveText(/^AUC 0\.81 · AP 0\.82 · .*0\.55.*TPR 0\.67.*FPR 0\.17.*0\.80$/);
      const charts = demo.locator('svg[role="img"]');
      await expect(charts).toHaveCount(2);
      // roc_curve: 16 points with drop_intermediate=True, 25 without
      await expect(charts.nth(1)).toHaveAttribute('aria-label', /\b16\b/);
      await until(
        () => expect(charts.nth(1)).toHaveAttribute('aria-label', /\b25\b/, { timeout: 1000 }),
        () => demo.locator('input[type="checkbox"]').setChecked(false),
      );
      await expect(demo.locator('[data-ties]')).toHaveCount(0);
      // 2 positives in 30: roc_auc_score 0.8929 but average_precision_score 0.3929
      await until(shows(readout, /^AUC 0\.89 · AP 0\.39 · /), () =>
        demo.locator('select').selectOption('imbalanced'),
      );
    });

    test('moves the mark from the keyboard, up to the threshold above every score', async ({ page }) => {
      const demo = page.locator('[data-demo="pr-roc-curves"]');
      const readout = demo.locator('output[data-readout]');
      const slider = demo.locator('input[type="range"]');
      await until(shows(readout, /0\.03.*TPR 1\.00.*FPR 1\.00.*0\.50$/), () => slider.press('Home'));
      await until(shows(readout, /∞.*TPR 0\.00.*FPR 0\.00.*0\.00$/), () => slider.press('End'));
      await expect(demo).toContainText('zero_division');
      await expect(demo).not.toContainText('NaN');
    });

    test('explains tied scores and highlights their diagonal ROC segments', async ({ page }) => {
      const demo = page.locator('[data-demo="pr-roc-curves"]');
      // roc_auc_score 0.82, average_precision_score 0.8126; at 0.6 TP 8 FP 3 of 10 + 10
      await until(
        shows(
          demo.locator('output[data-readout]'),
          /^AUC 0\.82 · AP 0\.81 · .*0\.6.*TPR 0\.80.*FPR 0\.30.*0\.73$/,
        ),
        () => demo.locator('select').selectOption('tied'),
      );
      // four grades hold both classes: 0.8 (3+1), 0.6 (2+2), 0.4 (1+3), 0.2 (1+4)
      await expect(demo.locator('[data-tie]')).toHaveCount(4);
      await expect(demo.locator('[data-ties]')).toBeVisible();
      await demo.locator('details summary').click();
      // one row per distinct score plus ∞
      await expect(demo.locator('details tbody tr')).toHaveCount(6);
    });
  });
}
