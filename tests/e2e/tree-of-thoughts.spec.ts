/**
 * The tree-of-thoughts demo (Game of 24): 4 9 10 13 solved at b = 5 and missed by the greedy
 * chain, 1 1 1 1 never solved, bad input kept out with a message, b and the step tables from the
 * keyboard. Hand-checkable values: nodes expanded = 1 + (states kept at step 1) + (at step 2);
 * (9 − (13 − 10)) × 4 = 6 × 4 = 24; (10 − 4) × (13 − 9) = 6 × 4 = 24; four 1s make at most
 * (1 + 1) × (1 + 1) = 4. The pages differ in their opening b (5 with mode "beam", 1 with
 * "greedy"), so every test sets the puzzle, the value rule and b itself.
 */
import { expect, test, type Locator } from '@playwright/test';
import { TEXT } from '@/components/demos/tree-of-thoughts/text';
import { behaviourPages } from './site-map';
import { openDemo } from './open-demo';

/** The readout up to its last figure (states valued, a count from lib rather than by hand). */
const before = (full: string) => full.slice(0, full.lastIndexOf('999'));

for (const sitePath of behaviourPages('tree-of-thoughts')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`tree-of-thoughts on ${sitePath}`, () => {
    let demo: Locator;
    let readout: Locator;
    let slider: Locator;

    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'tree-of-thoughts');
      demo = page.locator('[data-demo="tree-of-thoughts"]');
      readout = demo.locator('output[data-readout]');
      slider = demo.locator('input[type="range"]');
      await demo.getByRole('button', { name: t.presetNames.example, exact: true }).click();
      await demo.getByLabel(t.value).selectOption('rollout');
    });

    test('solves 4 9 10 13 with b = 5, and the greedy chain misses it', async ({ page }) => {
      await slider.focus();
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', t.beamValue(5));
      // 1 + 5 + 5 = 11 states expanded
      await expect(readout).toContainText(before(t.readout(5, '(9 − (13 − 10)) × 4', 11, 999)));
      await expect(demo.locator('[data-solution-path]')).toHaveText(
        t.path('13 − 10 = 3 (left: 3 4 9) → 9 − 3 = 6 (left: 4 6) → 4 × 6 = 24 (left: 24)'),
      );
      await expect(demo.locator('li[data-path]')).toHaveCount(3);

      const rows = demo.locator('table[data-comparison] tbody tr');
      await expect(rows).toHaveCount(5);
      await expect(rows.nth(0)).toContainText(t.no);
      await expect(rows.nth(4)).toContainText(t.yes);
      await expect(rows.nth(4)).toHaveAttribute('aria-current', 'true');

      // The oracle knows the answer: even the greedy chain (1 + 1 + 1 = 3 expanded) solves it.
      await demo.getByLabel(t.value).selectOption('oracle');
      await slider.focus();
      await page.keyboard.press('Home');
      await expect(readout).toContainText(before(t.readout(1, '(10 − 4) × (13 − 9)', 3, 999)));
      await expect(page).toHaveURL(/tot-n=4\+9\+10\+13/);
      await expect(page).toHaveURL(/tot-v=oracle/);
      await expect(demo).not.toContainText('NaN');
    });

    test('never solves 1 1 1 1, at any b or with any value rule', async ({ page }) => {
      await demo.getByRole('button', { name: t.presetNames.ones, exact: true }).click();
      await slider.focus();
      await page.keyboard.press('End');
      // step 1 leaves only {1 1 2}, {0 1 1}, {1 1 1}: 1 + 3 + 5 = 9 expanded
      await expect(readout).toContainText(before(t.readout(5, null, 9, 999)));
      await expect(demo.locator('[data-solver]')).toHaveText(t.solver(0, null));
      for (const value of ['rollout', 'one-step', 'oracle']) {
        await demo.getByLabel(t.value).selectOption(value);
        const rows = demo.locator('table[data-comparison] tbody tr');
        await expect(rows).toHaveCount(5);
        for (let i = 0; i < 5; i++) await expect(rows.nth(i)).toContainText(t.no);
      }
      await expect(demo.locator('[data-solution-path]')).toHaveText(t.noPath);
      await expect(demo).not.toContainText('NaN');
    });

    test('keeps bad input out with a clear message and the last valid puzzle', async ({ page }) => {
      await slider.focus();
      await page.keyboard.press('End');
      const solved = before(t.readout(5, '(9 − (13 − 10)) × 4', 11, 999));
      await expect(readout).toContainText(solved);
      const alert = demo.getByRole('alert');
      const fourth = demo.getByLabel(t.field(4), { exact: true });

      await fourth.fill('14');
      await expect(alert).toHaveText(
        `${t.error({ kind: 'range', field: 4, text: '14', min: 1, max: 13 })} ${t.kept}`,
      );
      await expect(fourth).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toContainText(solved);

      await fourth.fill('abc');
      await expect(alert).toHaveText(`${t.error({ kind: 'notNumber', field: 4, text: 'abc' })} ${t.kept}`);
      await fourth.fill('2.5');
      await expect(alert).toHaveText(`${t.error({ kind: 'notInteger', field: 4, text: '2.5' })} ${t.kept}`);
      await fourth.fill('');
      await expect(alert).toHaveText(`${t.error({ kind: 'empty', field: 4 })} ${t.kept}`);
      await expect(readout).toContainText(solved);
      await expect(demo).not.toContainText('NaN');

      // a whole puzzle pasted into one field fills all four: 1 5 5 5, solved at b = 5
      await demo.getByLabel(t.field(1), { exact: true }).fill('1 5 5 5');
      await expect(alert).toBeEmpty();
      await expect(fourth).toHaveValue('5');
      await expect(readout).toContainText(before(t.readout(5, '5 × (5 − 1 ÷ 5)', 11, 999)));
    });

    test('moves b from the keyboard and opens a step’s full table', async ({ page }) => {
      await slider.focus();
      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuetext', t.beamValue(1));
      // the greedy chain: 1 + 1 + 1 = 3 expanded, not solved
      await expect(readout).toContainText(before(t.readout(1, null, 3, 999)));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', '3');
      // 1 + 3 + 3 = 7 expanded; the rollout rule finds (9 − 3) × 4 from b = 3 on
      await expect(readout).toContainText(before(t.readout(3, '(9 − (13 − 10)) × 4', 7, 999)));
      await expect(page).toHaveURL(/tot-b=3/);

      const show = demo.getByRole('button', { name: t.show(1, 30) });
      await show.focus();
      await page.keyboard.press('Enter');
      await expect(demo.getByRole('button', { name: t.hide(1) })).toHaveAttribute('aria-expanded', 'true');
      const table = demo.locator('li[data-depth="1"] table');
      // 6 pairs × 5 operations
      await expect(table.locator('tbody tr')).toHaveCount(30);
      await expect(table).toContainText('13 − 9 = 4 (left: 4 4 10)');
      await page.keyboard.press('Enter');
      await expect(table).toHaveCount(0);
    });
  });
}
