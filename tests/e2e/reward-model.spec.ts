/**
 * The reward-model demo, both views on the rlhf page, against hand-checkable values:
 * - pair: σ(1) = 1/(1 + e⁻¹) = 0.7311 and −log σ(1) = ln(1 + e⁻¹) = 0.3133; equal rewards give
 *   P = ½ and the loss ln 2 = 0.6931; shifting both rewards changes nothing; Llama 2's Margin Large
 *   for "slightly better" is m = 1 (Table 27), so Δ = 1 gives −log σ(0) = ln 2 again; one slider
 *   step (+0.25) makes Δ = 1.25: σ(1.25) = 0.7773, ln(1 + e⁻¹·²⁵) = 0.2519, with m = 1
 *   ln(1 + e⁻⁰·²⁵) = 0.5759;
 * - fit (clean set, η = 0.5): step 0 has every pair tied (loss ln 2, accuracy 0.50) and gradient
 *   −½·mean Δx = −½·[7/12, −1/4, 1/12] = [−0.2917, +0.1250, −0.0417]; one step moves w to
 *   (η/2)·mean Δx = [+0.1458, −0.0625, +0.0208]; the length-biased set makes the long wrong probe
 *   win.
 * Bad input keeps the last valid result; a shared link restores a view's state.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIT_TEXT, PAIR_TEXT } from '@/components/demos/reward-model/text';
import { behaviourPages, url } from './site-map';

const ID = 'reward-model';

/** Opens `path`, scrolls to the view `tab` and waits until that instance is hydrated. */
async function openView(page: Page, path: string, tab: 'pair' | 'fit'): Promise<Locator> {
  await page.goto(url(path));
  await page.evaluate(
    ([demo, view]) => {
      document
        .querySelector(`[data-demo="${demo}"] [data-tab="${view}"]`)
        ?.scrollIntoView({ block: 'center' });
    },
    [ID, tab] as const,
  );
  const root = page
    .locator(`[data-demo="${ID}"][data-hydrated]`)
    .filter({ has: page.locator(`[data-tab="${tab}"]`) });
  await expect(root).toBeVisible({ timeout: 30_000 });
  return root;
}

async function press(page: Page, control: Locator, ...keys: string[]) {
  await control.focus();
  await expect(control).toBeFocused();
  for (const key of keys) await page.keyboard.press(key);
}

for (const sitePath of behaviourPages(ID)) {
  const locale = sitePath.startsWith('/zh/') ? 'zh' : 'en';
  const p = PAIR_TEXT[locale];
  const f = FIT_TEXT[locale];

  test.describe(`${ID} on ${sitePath}`, () => {
    test('pair: σ(1), ln 2 at equal rewards, and a shift changes nothing', async ({ page }) => {
      const demo = await openView(page, sitePath, 'pair');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(
        p.readout({ diff: '1', probability: '0.7311', loss: '0.3133', margin: null }),
      );

      await demo.getByLabel(p.fields.rc).fill('0.5');
      await demo.getByLabel(p.fields.rr).fill('0.5');
      const equal = p.readout({ diff: '0', probability: '0.5000', loss: '0.6931', margin: null });
      await expect(readout).toHaveText(equal);

      await demo.getByRole('button', { name: p.shiftUp }).click();
      await expect(demo.getByLabel(p.fields.rc)).toHaveValue('1.5');
      await expect(demo.getByLabel(p.fields.rr)).toHaveValue('1.5');
      await expect(readout).toHaveText(equal);
      await demo.getByRole('button', { name: p.shiftDown }).click();
      await demo.getByRole('button', { name: p.shiftDown }).click();
      await expect(demo.getByLabel(p.fields.rc)).toHaveValue('-0.5');
      await expect(readout).toHaveText(equal);
      await expect(demo).not.toContainText('NaN');
    });

    test('pair: Llama 2’s margin, and the sliders from the keyboard', async ({ page }) => {
      const demo = await openView(page, sitePath, 'pair');
      const readout = demo.locator('output[data-readout]');
      await demo.getByLabel(p.fields.rc).fill('2');
      await demo.getByLabel(p.fields.rr).fill('1');
      await demo.getByRole('radio', { name: p.scales.large }).check();
      await demo.getByLabel(p.rating).selectOption('slightly');
      await expect(demo).toContainText(p.marginValue('1'));
      await expect(readout).toHaveText(
        p.readout({
          diff: '1',
          probability: '0.7311',
          loss: '0.3133',
          margin: { text: '1', loss: '0.6931' },
        }),
      );
      await expect(demo.locator('[data-curve="margin"]')).toHaveCount(1);

      // r_c 2 → 2.25: Δ = 1.25
      await press(page, demo.getByRole('slider', { name: p.sliders.rc }), 'ArrowRight');
      await expect(demo.getByLabel(p.fields.rc)).toHaveValue('2.25');
      await expect(readout).toHaveText(
        p.readout({
          diff: '1.25',
          probability: '0.7773',
          loss: '0.2519',
          margin: { text: '1', loss: '0.5759' },
        }),
      );

      // Margin Small, better: m = 2/3
      await demo.getByRole('radio', { name: p.scales.small }).check();
      await demo.getByLabel(p.rating).selectOption('better');
      await expect(demo).toContainText(p.marginValue('2/3'));
      await demo.getByRole('radio', { name: p.scales.none }).check();
      await expect(demo.getByLabel(p.rating)).toBeDisabled();
      await expect(demo.locator('[data-curve="margin"]')).toHaveCount(0);
    });

    test('pair: bad input keeps the last valid result', async ({ page }) => {
      const demo = await openView(page, sitePath, 'pair');
      const readout = demo.locator('output[data-readout]');
      const start = p.readout({ diff: '1', probability: '0.7311', loss: '0.3133', margin: null });
      const alert = demo.getByRole('alert');

      await demo.getByLabel(p.fields.rc).fill('abc');
      await expect(alert).toHaveText(
        `${p.fieldError(p.fields.rc, { kind: 'notNumber', text: 'abc' })} ${p.kept}`,
      );
      await expect(readout).toHaveText(start);
      await expect(demo.getByLabel(p.fields.rc)).toHaveAttribute('aria-invalid', 'true');

      await demo.getByLabel(p.fields.rc).fill('1e400');
      await expect(alert).toContainText('rewardChosen must be finite, got Infinity');
      await demo.getByLabel(p.fields.rc).fill('');
      await expect(alert).toHaveText(`${p.fieldError(p.fields.rc, { kind: 'empty' })} ${p.kept}`);
      await expect(readout).toHaveText(start);
      await expect(demo.getByRole('button', { name: p.shiftUp })).toBeDisabled();

      await demo.getByLabel(p.fields.rc).fill('1');
      await expect(alert).toBeEmpty();
      await expect(demo).not.toContainText('NaN');
    });

    test('fit: step 0 is all ties, one step is (η/2)·mean Δx', async ({ page }) => {
      const demo = await openView(page, sitePath, 'fit');
      const readout = demo.locator('output[data-readout]');
      const weights = demo.locator('[data-weights] tbody td');
      await expect(readout).toHaveText(
        f.readout({ step: 0, total: 200, loss: '0.6931', accuracy: '0.50', right: 0, ties: 12, wrong: 0 }),
      );
      // [w, gradient] per feature: w = 0, gradient −½·mean Δx
      await expect(weights).toHaveText(['0.0000', '−0.2917', '0.0000', '+0.1250', '0.0000', '−0.0417']);

      await demo.getByRole('button', { name: f.step }).click();
      await expect(readout).toContainText(locale === 'zh' ? '第 1 / 200 步' : 'Step 1 of 200');
      await expect(weights.nth(0)).toHaveText('+0.1458');
      await expect(weights.nth(2)).toHaveText('−0.0625');
      await expect(weights.nth(4)).toHaveText('+0.0208');

      await demo.getByRole('button', { name: f.run(50) }).click();
      await expect(readout).toContainText(locale === 'zh' ? '第 51 / 200 步' : 'Step 51 of 200');
      await press(page, demo.getByRole('slider', { name: f.slider }), 'End');
      await expect(readout).toContainText(locale === 'zh' ? '第 200 / 200 步' : 'Step 200 of 200');
      await expect(demo.getByRole('button', { name: f.step })).toBeDisabled();
      await expect(demo.locator('[data-probe]')).toHaveAttribute('data-probe', 'short');
      await press(page, demo.getByRole('slider', { name: f.slider }), 'Home');
      await expect(readout).toHaveText(
        f.readout({ step: 0, total: 200, loss: '0.6931', accuracy: '0.50', right: 0, ties: 12, wrong: 0 }),
      );
      await expect(demo).not.toContainText('NaN');
    });

    test('fit: length-biased labels teach the model to pay for length', async ({ page }) => {
      const demo = await openView(page, sitePath, 'fit');
      await demo.getByRole('radio', { name: f.datasets.length }).check();
      await expect(demo).toContainText(f.datasetNotes.length);
      await demo.getByRole('button', { name: f.run(50) }).click();
      await expect(demo.locator('[data-probe]')).toHaveAttribute('data-probe', 'long');
      await expect(demo).toContainText(f.probeVerdict.long);
    });

    test('fit: bad settings keep the last valid run', async ({ page }) => {
      const demo = await openView(page, sitePath, 'fit');
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const start = f.readout({
        step: 0,
        total: 200,
        loss: '0.6931',
        accuracy: '0.50',
        right: 0,
        ties: 12,
        wrong: 0,
      });

      await demo.getByLabel(f.fields.lr).fill('0');
      await expect(alert).toContainText('options.learningRate must be finite and > 0, got 0');
      await expect(readout).toHaveText(start);
      await demo.getByLabel(f.fields.lr).fill('0.5');
      await demo.getByLabel(f.fields.steps).fill('6000');
      await expect(alert).toContainText('options.steps must be an integer in [0, 5000], got 6000');
      await demo.getByLabel(f.fields.steps).fill('NaN');
      await expect(alert).toHaveText(
        `${f.fieldError(f.fields.steps, { kind: 'notNumber', text: 'NaN' })} ${f.kept}`,
      );
      await expect(readout).toHaveText(start);
      await demo.getByLabel(f.fields.steps).fill('20');
      await expect(alert).toBeEmpty();
      await expect(readout).toContainText(locale === 'zh' ? '第 0 / 20 步' : 'Step 0 of 20');
      await expect(demo).not.toContainText('NaN');
    });

    test('a shared link restores each view without touching the other', async ({ page }) => {
      const fit = await openView(page, `${sitePath}?rmf-set=length&rmf-at=100&rm-rc=3&rm-rr=3`, 'fit');
      await expect(fit.locator('output[data-readout]')).toContainText(
        locale === 'zh' ? '第 100 / 200 步' : 'Step 100 of 200',
      );
      await expect(fit.getByRole('radio', { name: f.datasets.length })).toBeChecked();
      const pair = page.locator(`[data-demo="${ID}"]`).filter({ has: page.locator('[data-tab="pair"]') });
      await pair.scrollIntoViewIfNeeded();
      await expect(pair.locator('output[data-readout]')).toHaveText(
        p.readout({ diff: '0', probability: '0.5000', loss: '0.6931', margin: null }),
      );
    });
  });
}
