/**
 * The contextual-calibration demo against hand-checkable values (Zhao et al. 2021 §5,
 * qᵢ ∝ pᵢ / p_cfᵢ):
 * - majority preset, p_cf = [0.75, 0.25]: positive wins after calibration only when
 *   p/0.75 > (1 − p)/0.25, i.e. p > 0.75 — the negatives at 0.68, 0.62, 0.55 are fixed, the
 *   positive at 0.71 is broken: 5/8 = 0.625 → 7/8 = 0.875;
 * - recency preset, p_cf = [0.35, 0.65]: positive wins above 0.35 — 5/8 → 6/8 = 0.750;
 * - [0.7, 0.3] with p_cf = [0.8, 0.2]: [0.875, 1.5] / 2.375 = [0.3684, 0.6316].
 * Bad input (a row off 1, a zero in the content-free row, NaN, emoji) shows a message and keeps
 * the last valid result; "Normalise" rescales; a shared link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/contextual-calibration/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'contextual-calibration';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const { positive, negative } = t.labels;
  const readout = (page: Page) => demoOf(page).locator('output[data-readout]');
  const cell = (page: Page, row: number, label: string) =>
    demoOf(page).getByLabel(t.probLabel(row, label), { exact: true });
  const cf = (page: Page, label: string) => demoOf(page).getByLabel(t.cfLabel(label), { exact: true });
  const rowOf = (page: Page, i: number) => demoOf(page).locator(`[data-row="${i}"]`);
  const START = t.readout(t.score(7, 8, '0.875'), t.score(5, 8, '0.625'));

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens on majority-label bias: three inputs fixed, one broken', async ({ page }) => {
      const demo = demoOf(page);
      await expect(readout(page)).toHaveText(START);
      await expect(demo.locator('[data-summary]')).toHaveText(t.summary(3, 1));
      await expect(demo.locator('[data-change="fixed"]')).toHaveCount(3);
      await expect(rowOf(page, 3)).toHaveAttribute('data-change', 'broken');
      await expect(rowOf(page, 3).locator('[data-change-text]')).toHaveText(t.changeNames.broken);
      // [0.9, 0.1] / [0.75, 0.25] = [1.2, 0.4] → [0.75, 0.25]
      await expect(rowOf(page, 1).locator('[data-q="0"]')).toHaveText('0.7500');
      await expect(demo.locator('[data-caveat]')).toHaveText(t.caveat);
      await expect(demo).not.toContainText('NaN');
    });

    test('presets and gold labels work from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByRole('button', { name: t.presetNames.recency }).focus();
      await page.keyboard.press('Enter');
      await expect(readout(page)).toHaveText(t.readout(t.score(6, 8, '0.750'), t.score(5, 8, '0.625')));
      await expect(demo.locator('[data-summary]')).toHaveText(t.summary(2, 1));
      await expect(demo.locator('[data-preset-note]')).toHaveText(t.presetNotes.recency);

      // input 4 ([0.3, 0.7], gold positive) stays wrong; calling it negative makes both predictions right
      const gold = rowOf(page, 3).getByRole('combobox');
      await gold.focus();
      await page.keyboard.press('ArrowDown');
      await expect(gold).toHaveValue('1');
      await expect(readout(page)).toHaveText(t.readout(t.score(7, 8, '0.875'), t.score(6, 8, '0.750')));
      await expect(demo.locator('[data-preset-note]')).toHaveCount(0);

      await demo.getByRole('button', { name: t.presetNames.balanced }).focus();
      await page.keyboard.press('Enter');
      await expect(readout(page)).toHaveText(t.readout(t.score(7, 8, '0.875'), t.score(7, 8, '0.875')));
      await expect(cell(page, 1, t.labels.neutral)).toHaveValue('0.15');
    });

    test('a hand-checkable row: [0.7, 0.3] over [0.8, 0.2] → [0.3684, 0.6316]', async ({ page }) => {
      await cf(page, positive).fill('0.8');
      await cf(page, negative).fill('0.2');
      await cell(page, 1, positive).fill('0.7');
      await cell(page, 1, negative).fill('0.3');
      await rowOf(page, 0).getByRole('combobox').selectOption('1');
      const row = rowOf(page, 0);
      await expect(row.locator('[data-q="0"]')).toHaveText('0.3684');
      await expect(row.locator('[data-q="1"]')).toHaveText('0.6316');
      await expect(row.locator('[data-before]')).toContainText(t.wrong);
      await expect(row.locator('[data-after]')).toContainText(t.right);
      await expect(row).toHaveAttribute('data-change', 'fixed');
    });

    test('refuses bad input with a message and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const alert = demo.getByRole('alert').first();

      // a row off 1, then "Normalise" rescales it
      await cell(page, 3, positive).fill('0.6');
      await cell(page, 3, negative).fill('0.5');
      await expect(alert).toContainText('rows[2].probs must sum to 1 (within 1e-9), got a sum of 1.1');
      await expect(cell(page, 3, negative)).toHaveAttribute('aria-invalid', 'true');
      await expect(readout(page)).toHaveText(START);
      await demo.getByRole('button', { name: t.normalise }).click();
      await expect(cell(page, 3, positive)).toHaveValue('0.545454545455');
      await expect(alert).toBeEmpty();

      // a zero in the content-free row would divide by 0
      await cf(page, positive).fill('1');
      await cf(page, negative).fill('0');
      await expect(alert).toContainText('contentFreeProbs[1] must be in (0, 1], got 0');
      await expect(cf(page, negative)).toHaveAttribute('aria-invalid', 'true');
      const kept = await readout(page).textContent();
      await cf(page, positive).fill('0.75');
      await cf(page, negative).fill('0.25');
      await expect(alert).toBeEmpty();

      for (const bad of ['NaN', '🙂', '', '-0.2']) {
        await cell(page, 1, positive).fill(bad);
        await expect(cell(page, 1, positive)).toHaveAttribute('aria-invalid', 'true');
        await expect(alert).toContainText(t.kept);
      }
      await expect(readout(page)).toHaveText(kept ?? '');
      await cell(page, 1, positive).fill('0.96');
      await expect(alert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      await demoOf(page).getByRole('button', { name: t.presetNames.recency }).click();
      await cell(page, 2, positive).fill('0.3');
      await cell(page, 2, negative).fill('0.7');
      // input 2 now stays wrong: 5/8 → 5/8
      const after = t.readout(t.score(5, 8, '0.625'), t.score(5, 8, '0.625'));
      await expect(readout(page)).toHaveText(after);
      await expect(page).toHaveURL(/[?&]cc-set=recency(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(readout(page)).toHaveText(after);
      await expect(cell(page, 2, negative)).toHaveValue('0.7');
    });
  });
}
