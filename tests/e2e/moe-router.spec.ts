/**
 * The moe-router demo: the Switch Transformer loss α·N·Σ fᵢ·Pᵢ is α = 0.01 when routing is uniform
 * (Switch §2.2, eq. 4, α = 10⁻²), 2α at top-2 under HF's load_balancing_loss_func, and rises towards
 * N·α when every token collapses onto one expert; capacity drops; bad cells.
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/moe-router/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

for (const sitePath of behaviourPages('moe-router')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`moe-router on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'moe-router');
    });

    test('balanced routing costs α, top-2 2α, and a collapse nearly N·α', async ({ page }) => {
      const demo = page.locator('[data-demo="moe-router"]');
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: t.presetNames.balanced }).click();
      await expect(readout).toHaveText(t.readout('0.0100', '1.000'));
      await expect(demo.getByText(t.droppedTo(1))).toHaveCount(0);

      const k1 = demo.locator('input[type="radio"]').first();
      await k1.focus();
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(t.readout('0.0200', '2.000'));
      await page.keyboard.press('ArrowLeft');
      await expect(readout).toHaveText(t.readout('0.0100', '1.000'));

      await demo.getByRole('button', { name: t.presetNames.collapse }).click();
      // six tokens with p(expert 1) = e⁴/(e⁴ + 3): N·Σ fᵢ·Pᵢ = 4 · 0.94792 = 3.792, times α = 0.0379
      await expect(readout).toHaveText(t.readout('0.0379', '3.792'));
      // capacity ⌈1.25 · 6 · 1/4⌉ = 2: four of the six tokens find expert 1 full
      await expect(demo.getByText(t.droppedTo(1))).toHaveCount(4);

      const capacity = demo.locator('input[type="range"]');
      await capacity.focus();
      await page.keyboard.press('Home');
      await expect(capacity).toHaveAttribute('aria-valuetext', t.noCapacity);
      await expect(demo.getByText(t.droppedTo(1))).toHaveCount(0);
      await expect(demo).not.toContainText('NaN');
    });

    test('rejects a cell that is not a number and a row that is all −∞, keeping the last loss', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="moe-router"]');
      const readout = demo.locator('output[data-readout]');
      const before = await readout.innerText();
      const cell = demo.getByLabel(t.cellLabel(1, 1), { exact: true });
      await cell.fill('abc');
      await expect(demo.getByRole('alert')).toContainText(t.notNumber(1, 1, 'abc'));
      await expect(cell).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);

      await demo.getByRole('button', { name: t.presetNames.collapse }).click();
      // three masked experts leave token 1 a finite logit: still a valid routing
      for (let e = 1; e <= 3; e++) await demo.getByLabel(t.cellLabel(1, e), { exact: true }).fill('-inf');
      await expect(demo.getByRole('alert')).toBeEmpty();
      const lastValid = await readout.innerText();
      await demo.getByLabel(t.cellLabel(1, 4), { exact: true }).fill('-inf');
      await expect(demo.getByRole('alert')).toContainText('must contain at least one finite value');
      await expect(readout).toHaveText(lastValid);
      await expect(readout).not.toContainText('NaN');
    });
  });
}
