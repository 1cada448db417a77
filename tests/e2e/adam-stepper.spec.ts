/**
 * The adam-stepper demo, checked against the torch.optim.Adam and AdamW algorithm boxes by hand:
 * with lr γ = 0.1, λ = 0.5, β = (0.9, 0.999), from θ₀ = (−1, −1.5) where ∇f = (−2, −25),
 * Adam's first step moves each coordinate by ≈ γ against the sign of ∇f + λθ = (−2.5, −25.75),
 * to (−0.9, −1.4); AdamW first multiplies θ by 1 − γλ = 0.95, to (−0.95, −1.425), then moves by
 * ≈ γ, to (−0.85, −1.325). m = (1 − β₁)g, v = (1 − β₂)g², 1 − β₁ = 0.1, 1 − β₂ = 0.001.
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/adam-stepper/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'adam-stepper';

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const start = t.readoutStart('(−1.0000, −1.5000)', '(−1.0000, −1.5000)');
  const first = t.readout(1, '(−0.9000, −1.4000)', '(−0.8500, −1.3250)');

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('takes the first step of both optimizers from the keyboard, as the torch algorithms do', async ({
      page,
    }) => {
      const demo = page.locator(`[data-demo="${ID}"]`);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(start);
      await expect(demo.locator('[data-bias]')).toHaveText(t.biasStart);

      await demo.locator('input[type="range"]').focus();
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(first);
      await expect(demo.locator('[data-bias]')).toHaveText(t.bias(1, '0.1', '1 × 10⁻³'));
      const cells = (q: string) => demo.locator(`tr[data-quantity="${q}"] td`);
      await expect(cells('grad')).toHaveText(['−2', '−25', '−2', '−25']);
      // Adam: 0.1 · (−2.5, −25.75); AdamW: 0.1 · (−2, −25)
      await expect(cells('m')).toHaveText(['−0.25', '−2.575', '−0.2', '−2.5']);
      // Adam: 0.001 · (6.25, 663.0625); AdamW: 0.001 · (4, 625)
      await expect(cells('v')).toHaveText(['6.25 × 10⁻³', '0.6631', '4 × 10⁻³', '0.625']);
      // AdamW: −1 · 0.95 + 0.1 − (−1) = 0.15; −1.5 · 0.95 + 0.1 − (−1.5) = 0.175
      await expect(cells('update')).toHaveText(['0.1000', '0.1000', '0.1500', '0.1750']);
      await expect(demo).not.toContainText('NaN');
    });

    test('steps forward and back with the buttons and resets to θ₀', async ({ page }) => {
      const demo = page.locator(`[data-demo="${ID}"]`);
      const readout = demo.locator('output[data-readout]');
      const back = demo.getByRole('button', { name: t.back, exact: true });
      const step = demo.getByRole('button', { name: t.step, exact: true });
      await expect(back).toBeDisabled();

      await step.click();
      await expect(readout).toHaveText(first);
      await step.click();
      await expect(demo.locator('input[type="range"]')).toHaveAttribute('aria-valuetext', '2');
      await expect(demo.locator('[data-bias]')).toContainText('0.19'); // 1 − 0.9² = 0.19
      await back.click();
      await expect(readout).toHaveText(first);
      await demo.getByRole('button', { name: t.reset }).click();
      await expect(readout).toHaveText(start);
    });

    test('makes the two paths one without weight decay', async ({ page }) => {
      const demo = page.locator(`[data-demo="${ID}"]`);
      const readout = demo.locator('output[data-readout]');
      // torch: AdamW with weight_decay = 0 is Adam; both move by ≈ γ against sign(∇f)
      await demo.getByLabel(t.fields.weightDecay).fill('0');
      await demo.getByRole('button', { name: t.step, exact: true }).click();
      await expect(readout).toHaveText(t.readout(1, '(−0.9000, −1.4000)', '(−0.9000, −1.4000)'));
    });

    test('shows lib’s message for bad settings and keeps the last valid runs', async ({ page }) => {
      const demo = page.locator(`[data-demo="${ID}"]`);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      await demo.getByRole('button', { name: t.step, exact: true }).click();
      await expect(readout).toHaveText(first);

      const beta1 = demo.getByLabel(t.fields.beta1);
      await beta1.fill('1');
      await expect(alert).toContainText('betas[0] must be in [0, 1), got 1');
      await expect(beta1).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(first);
      await beta1.fill('0.9');

      const lr = demo.getByLabel(t.fields.lr);
      await lr.fill('abc');
      await expect(alert).toContainText(t.fieldError(t.fields.lr, { kind: 'notNumber', text: 'abc' }));
      await lr.fill('-1');
      await expect(alert).toContainText('lr must be finite and >= 0, got -1');
      // γ = 1e300: θ lands near 1e300 after one step and its gradient squared overflows in step 2
      await lr.fill('1e300');
      await expect(alert).toContainText(t.overflow('Adam', 2));
      await expect(readout).toHaveText(first);
      await expect(demo).not.toContainText('NaN');
      await expect(demo).not.toContainText('Infinity');

      await lr.fill('0.1');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(first);
    });
  });
}
