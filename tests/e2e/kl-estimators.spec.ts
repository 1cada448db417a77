/**
 * The KL-estimator demo against hand-checkable values (natural logs):
 * - π = (0.5, 0.5), π_ref = (0.25, 0.75): KL = ½ ln 2 + ½ ln(2/3) = 0.1438 = E[k1] = E[k3];
 *   E[k2] = ¼((ln 2)² + (ln 1.5)²) = 0.1612;
 * - at x₁, r = 0.25/0.5 = 0.5: k1 = ln 2 = 0.6931, k3 = 0.5 − 1 − ln 0.5 = 0.1931;
 * - at x₂, r = 0.75/0.5 = 1.5: k1 = −ln 1.5 = −0.4055 (negative, marked), k3 = 0.5 − ln 1.5 = 0.0945;
 * - the opening "close" preset: KL = 0.0093, E[k2] = 0.0091 (scipy.stats.entropy; numpy).
 * Bad input (sums off 1, negatives, NaN, π_ref = 0 where π > 0, N out of range) shows a message and
 * keeps the last valid result; "Normalise" rescales; a shared link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/kl-estimators/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

/** An accessible name that starts with `label` (the Monte-Carlo fields append their hint). */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const ID = 'kl-estimators';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const cell = (page: Page, side: 'policy' | 'ref', token: string) =>
    demoOf(page).getByLabel(t.field(t.sides[side], token), { exact: true });
  const CLOSE = t.readout('0.0093', '0.0093', '0.0091', '0.0093');
  const HAND = t.readout('0.1438', '0.1438', '0.1612', '0.1438');

  /** Two tokens, π = (0.5, 0.5), π_ref = (0.25, 0.75). */
  async function typeHandPair(page: Page) {
    await demoOf(page).getByLabel(t.tokens, { exact: true }).selectOption('2');
    await cell(page, 'policy', 'x₁').fill('0.5');
    await cell(page, 'policy', 'x₂').fill('0.5');
    await cell(page, 'ref', 'x₁').fill('0.25');
    await cell(page, 'ref', 'x₂').fill('0.75');
  }

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens on the close preset and marks the negative k1 values', async ({ page }) => {
      const demo = demoOf(page);
      await expect(demo.locator('output[data-readout]')).toHaveText(CLOSE);
      await expect(demo.locator('[data-bias]')).toHaveText(t.bias.below);
      // π_ref > π on x₄ and x₅: k1 = −ln 1.25 = −0.2231 there, marked in words
      await expect(demo.locator('[data-negative-k1]')).toHaveCount(2);
      await expect(demo.locator('[data-token="3"] [data-k1]')).toContainText('−0.2231');
      await expect(demo.locator('[data-token="3"] [data-k1]')).toContainText(t.negative);
      await expect(demo).toContainText(t.usedBy.k3);
      await expect(demo.locator('[data-estimator="k3"] [data-negatives]')).toHaveText(
        t.negatives('0', '1,000'),
      );
      await expect(demo).not.toContainText('NaN');
    });

    test('a hand-checkable pair: E[k1] = E[k3] = KL, E[k2] biased', async ({ page }) => {
      const demo = demoOf(page);
      await typeHandPair(page);
      await expect(demo.locator('output[data-readout]')).toHaveText(HAND);
      await expect(demo.locator('[data-bias]')).toHaveText(t.bias.above);
      await expect(demo.locator('[data-token="0"] [data-k1]')).toHaveText('0.6931');
      await expect(demo.locator('[data-token="0"] [data-k3]')).toHaveText('0.1931');
      await expect(demo.locator('[data-token="1"]')).toHaveAttribute('data-negative-k1', '');
      await expect(demo.locator('[data-token="1"] [data-k1]')).toContainText('−0.4055');
      await expect(demo.locator('[data-token="1"] [data-k3]')).toHaveText('0.0945');
      await expect(demo.locator('[data-kl] td')).toHaveText('0.1438');
    });

    test('the preset select and the Monte-Carlo controls work from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const preset = demo.getByLabel(t.presets, { exact: true });
      await preset.focus();
      await page.keyboard.press('ArrowDown');
      await expect(preset).toHaveValue('far');
      await expect(demo.locator('[data-preset-note]')).toHaveText(t.presetNotes.far);
      await expect(demo.locator('[data-bias]')).toHaveText(t.bias.above);

      await demo.getByRole('button', { name: t.nPresetNames['10000'] }).click();
      await expect(demo.locator('[data-mc-table] caption')).toHaveText(t.mcCaption('10,000', '1'));
      await expect(demo.locator('[data-estimator="k3"] [data-negatives]')).toHaveText(
        t.negatives('0', '10,000'),
      );
      const before = await demo.locator('[data-estimator="k1"] td').nth(1).textContent();
      await demo.getByRole('button', { name: t.newSeed }).click();
      await expect(demo.getByRole('textbox', { name: startsWith(t.mcFields.seed) })).toHaveValue('2');
      await expect(demo.locator('[data-estimator="k1"] td').nth(1)).not.toHaveText(before ?? '');
      await expect(demo).not.toContainText('NaN');
    });

    test('refuses bad input with a message and keeps the last valid result', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert').first();
      await typeHandPair(page);
      await expect(readout).toHaveText(HAND);

      // a sum off 1, then "Normalise π" rescales it
      await cell(page, 'policy', 'x₁').fill('0.6');
      await expect(alert).toContainText('policy must sum to 1 (within 1e-9), got a sum of 1.1');
      await expect(cell(page, 'policy', 'x₂')).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(HAND);
      await demo.getByRole('button', { name: t.normalise(t.sides.policy), exact: true }).click();
      await expect(cell(page, 'policy', 'x₁')).toHaveValue('0.545454545455');
      await expect(alert).toBeEmpty();
      await cell(page, 'policy', 'x₁').fill('0.5');
      await cell(page, 'policy', 'x₂').fill('0.5');

      // negative, NaN, emoji, empty
      await cell(page, 'policy', 'x₁').fill('-0.5');
      await cell(page, 'policy', 'x₂').fill('1.5');
      await expect(alert).toContainText('policy[0] must be finite and >= 0, got -0.5');
      await cell(page, 'policy', 'x₁').fill('NaN');
      await expect(alert).toContainText(
        t.fieldError(t.field(t.sides.policy, 'x₁'), { kind: 'notNumber', text: 'NaN' }),
      );
      await cell(page, 'policy', 'x₁').fill('🙂');
      await expect(cell(page, 'policy', 'x₁')).toHaveAttribute('aria-invalid', 'true');
      await cell(page, 'policy', 'x₁').fill('');
      await expect(alert).toContainText(t.fieldError(t.field(t.sides.policy, 'x₁'), { kind: 'empty' }));
      await expect(readout).toHaveText(HAND);
      await cell(page, 'policy', 'x₁').fill('0.5');
      await cell(page, 'policy', 'x₂').fill('0.5');
      await expect(alert).toBeEmpty();

      // π_ref = 0 where π > 0: the KL is +∞, reported and not shown
      await cell(page, 'ref', 'x₁').fill('1');
      await cell(page, 'ref', 'x₂').fill('0');
      await expect(alert).toContainText(t.supportError('x₂'));
      await expect(readout).toHaveText(HAND);

      // N out of range
      const mcAlert = demo.locator('[data-monte-carlo] [role="alert"]');
      await demo.getByRole('textbox', { name: startsWith(t.mcFields.n) }).fill('1');
      await expect(mcAlert).toContainText(t.mcRules.n);
      await expect(mcAlert).toContainText('n must be an integer in [2, 100000], got 1');
      await demo.getByRole('textbox', { name: startsWith(t.mcFields.n) }).fill('200000');
      await expect(mcAlert).toContainText(t.mcRules.n);
      await demo.getByRole('textbox', { name: startsWith(t.mcFields.n) }).fill('100');
      await expect(mcAlert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      await typeHandPair(page);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(HAND);
      await expect(page).toHaveURL(/[?&]kl-p=0\.5%2C0\.5(&|$)/);
      await expect(page).toHaveURL(/[?&]kl-q=0\.25%2C0\.75(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(HAND);
      await expect(cell(page, 'ref', 'x₂')).toHaveValue('0.75');
    });
  });
}
