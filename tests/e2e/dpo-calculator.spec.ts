/**
 * The DPO calculator against hand-checkable values (natural logs, β = 0.1 unless moved):
 * - policy = reference: h = 0, −log σ(0) = ln 2 = 0.6931, gradient weight σ(0) = ½;
 * - h = 10: βh = 1, −log σ(1) = ln(1 + e⁻¹) = 0.3133, weight σ(−1) = 1/(1 + e) = 0.2689
 *   (torchtune test_dpo_loss uses the same pair of numbers: logits 10, β 0.1);
 * - cDPO ε = 0.1 at h = 10: 0.9·ln(1 + e⁻¹) + 0.1·ln(1 + e) = 0.3133 + 0.1 = 0.4133, weight 0.2689 − 0.1;
 * - IPO at h = 10: (10 − 1/(2·0.1))² = 25; hinge: max(0, 1 − 0.1·10) = 0, at β = 0.01 max(0, 1 − 0.1) = 0.9;
 * - β = 0.2 at h = 10: −log σ(2) = ln(1 + e⁻²) = 0.1269.
 * Bad input keeps the last valid result; a shared link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/dpo-calculator/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'dpo-calculator';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const sigmoid = (loss: string) => t.readout(t.lossNames.sigmoid, loss);
  /** The values of the term list: h, r̂_c, r̂_r, margin, gradient weight. */
  const terms = (page: Page) => demoOf(page).locator('[data-terms] dd');

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('starts at ln 2, and both presets with h = 10 give the same loss', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(sigmoid('0.6931'));
      await expect(terms(page).nth(4)).toHaveText('0.5000');

      // chosen −40 → −35, rejected −50 → −55: h = 20 − 10 = 10, rewards ±0.1·5
      await demo.getByRole('button', { name: t.presetNames.learning }).click();
      await expect(readout).toHaveText(sigmoid('0.3133'));
      await expect(terms(page).nth(0)).toHaveText('+10.0000');
      await expect(terms(page).nth(1)).toHaveText(t.withDirection('+0.5000', t.direction.above));
      await expect(terms(page).nth(2)).toHaveText(t.withDirection('−0.5000', t.direction.below));
      await expect(terms(page).nth(3)).toHaveText('+1.0000');
      await expect(terms(page).nth(4)).toHaveText('0.2689');

      // both fall (chosen −45, rejected −65): h is still 10, so the loss is unchanged
      await demo.getByRole('button', { name: t.presetNames.bothFall }).click();
      await expect(readout).toHaveText(sigmoid('0.3133'));
      await expect(terms(page).nth(1)).toHaveText(t.withDirection('−0.5000', t.direction.below));
      await expect(terms(page).nth(2)).toHaveText(t.withDirection('−1.5000', t.direction.below));
      await expect(demo).toContainText(t.presetNotes.bothFall);

      // policy = reference again: back to ln 2
      await demo.getByRole('button', { name: t.policyAsReference }).click();
      await expect(readout).toHaveText(sigmoid('0.6931'));
      await expect(demo.getByLabel(t.fields.pc)).toHaveValue('-40');
      await expect(demo.getByLabel(t.fields.pr)).toHaveValue('-50');
      await expect(demo).not.toContainText('NaN');
    });

    test('a typed pair and label smoothing, checked by hand', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      // (−1 − (−11)) − (−1 − (−1)) = 10
      await demo.getByLabel(t.fields.pc).fill('-1');
      await demo.getByLabel(t.fields.pr).fill('-11');
      await demo.getByLabel(t.fields.rc).fill('-1');
      await demo.getByLabel(t.fields.rr).fill('-1');
      await expect(readout).toHaveText(sigmoid('0.3133'));
      await expect(terms(page).nth(1)).toHaveText(t.withDirection('0.0000', t.direction.same));
      await expect(terms(page).nth(2)).toHaveText(t.withDirection('−1.0000', t.direction.below));

      await demo.getByLabel(t.fields.eps).fill('0.1');
      await expect(readout).toHaveText(sigmoid('0.4133'));
      await expect(terms(page).nth(4)).toHaveText('0.1689');
      await expect(demo).toContainText(t.weightFormulas.sigmoidSmoothed);
    });

    test('the loss radios and the β slider work from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: t.presetNames.learning }).click();

      const radio = demo.getByRole('radio', { name: t.lossNames.sigmoid });
      await radio.focus();
      await page.keyboard.press('ArrowRight');
      await expect(demo.getByRole('radio', { name: t.lossNames.ipo })).toBeChecked();
      await expect(readout).toHaveText(t.readout(t.lossNames.ipo, '25.0000'));
      // IPO weight (1 − 2βh)/β² = (1 − 2)/0.01
      await expect(terms(page).nth(4)).toHaveText('−100.0000');
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(t.readout(t.lossNames.hinge, '0.0000'));
      await expect(terms(page).nth(4)).toHaveText('0.0000');
      await page.keyboard.press('ArrowRight');
      await expect(readout).toHaveText(sigmoid('0.3133'));

      const slider = demo.locator('input[type="range"]');
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', '0.2');
      await expect(demo.getByLabel(t.fields.beta)).toHaveValue('0.2');
      await expect(readout).toHaveText(sigmoid('0.1269'));
      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuetext', '0.01');
      // βh = 0.1: ln(1 + e^−0.1) = 0.6444
      await expect(readout).toHaveText(sigmoid('0.6444'));

      // a typed β joins the slider's stops
      await demo.getByLabel(t.fields.beta).fill('0.15');
      await expect(slider).toHaveAttribute('aria-valuetext', '0.15');
      await demo.getByRole('radio', { name: t.lossNames.hinge }).check();
      // β = 0.15: max(0, 1 − 1.5) = 0; β = 0.01 would give 0.9
      await expect(readout).toHaveText(t.readout(t.lossNames.hinge, '0.0000'));
      await slider.focus();
      await page.keyboard.press('Home');
      await expect(readout).toHaveText(t.readout(t.lossNames.hinge, '0.9000'));
      await expect(demo).not.toContainText('NaN');
    });

    test('refuses bad input with a message and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const valid = sigmoid('0.6931');
      const pc = demo.getByLabel(t.fields.pc);

      // a log-probability above 0 would be a probability above 1
      await pc.fill('0.5');
      await expect(alert).toContainText(t.rules.logp);
      await expect(alert).toContainText('policyChosenLogp');
      await expect(pc).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(valid);
      await pc.fill('');
      await expect(alert).toContainText(t.fieldError(t.fields.pc, { kind: 'empty' }));
      await pc.fill('NaN');
      await expect(alert).toContainText(t.fieldError(t.fields.pc, { kind: 'notNumber', text: 'NaN' }));
      await pc.fill('🙂');
      await expect(readout).toHaveText(valid);
      await pc.fill('-40');
      await expect(alert).toBeEmpty();

      const beta = demo.getByLabel(t.fields.beta);
      await beta.fill('0');
      await expect(alert).toContainText(t.rules.beta);
      await expect(alert).toContainText('options.beta must be finite and > 0, got 0');
      await beta.fill('-0.1');
      await expect(alert).toContainText(t.rules.beta);
      await expect(readout).toHaveText(valid);
      await beta.fill('0.1');

      const eps = demo.getByLabel(t.fields.eps);
      await eps.fill('0.6');
      await expect(alert).toContainText(t.rules.eps);
      await expect(eps).toHaveAttribute('aria-invalid', 'true');
      await eps.fill('0');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(valid);
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByRole('button', { name: t.presetNames.learning }).click();
      await demo.getByRole('radio', { name: t.lossNames.ipo }).check();
      await expect(page).toHaveURL(/[?&]dpo-loss=ipo(&|$)/);
      await expect(page).toHaveURL(/[?&]dpo-pc=-35(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(
        t.readout(t.lossNames.ipo, '25.0000'),
      );
      await expect(demoOf(page).getByRole('radio', { name: t.lossNames.ipo })).toBeChecked();
    });
  });
}
