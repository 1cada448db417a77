/**
 * The schedule-explorer demo: LLaMA-2's cosine to 10% (Llama 2 §2.2 and Table 1: peak 3e-4,
 * 2,000 warm-up steps, final rate 10% of the peak), BERT's linear decay (appendix A.2: 1e-4,
 * 10,000 warm-up steps, 1,000,000 steps) and a generic WSD, read from the keyboard; every value is
 * hand-checkable; bad input keeps the last valid schedule; a shared link restores the state.
 * A page may hold several explorers: the spec drives the first and loads a preset before it reads.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/schedule-explorer/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'schedule-explorer';

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
      await demoOf(page).getByRole('button', { name: t.presetNames.llama2 }).click();
    });

    test('reads LLaMA-2’s warm-up and cosine to 10% from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      // half way down the cosine, step (2,000 + 500,000)/2: 3e-4 · (0.1 + 0.9 · ½) = 1.65e-4
      await expect(readout).toHaveText(t.readout('251,000', '500,000', t.phases.decay, '1.65 × 10⁻⁴', '55%'));

      const slider = demo.locator('input[type="range"]');
      await slider.focus();
      await page.keyboard.press('End');
      // the last step: the floor, 10% of 3e-4
      await expect(readout).toHaveText(t.readout('500,000', '500,000', t.phases.decay, '3 × 10⁻⁵', '10%'));
      await page.keyboard.press('Home');
      await expect(readout).toHaveText(t.readout('0', '500,000', t.phases.warmup, '0', '0%'));
      // each arrow moves 500 steps (1/1000 of the run): 4 → step 2,000, the end of warm-up
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', '2,000');
      await expect(readout).toHaveText(t.readout('2,000', '500,000', t.phases.decay, '3 × 10⁻⁴', '100%'));
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      // half of warm-up: 1,000/2,000 · 3e-4
      await expect(readout).toHaveText(t.readout('1,000', '500,000', t.phases.warmup, '1.5 × 10⁻⁴', '50%'));
      await expect(demo).not.toContainText('NaN');
    });

    test('switches the schedule type and the presets', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const schedule = demo.getByLabel(t.schedule, { exact: true });

      // cosine to 0 half way: 3e-4 · ½
      await schedule.selectOption('cosine');
      await expect(readout).toHaveText(t.readout('251,000', '500,000', t.phases.decay, '1.5 × 10⁻⁴', '50%'));
      await expect(demo.getByLabel(t.fields.minRatio)).toHaveCount(0);
      // linear: 3e-4 · (500,000 − 251,000)/(500,000 − 2,000) = 3e-4 · ½
      await schedule.selectOption('linear');
      await expect(readout).toHaveText(t.readout('251,000', '500,000', t.phases.decay, '1.5 × 10⁻⁴', '50%'));
      await schedule.selectOption('constant_with_warmup');
      await expect(readout).toHaveText(
        t.readout('251,000', '500,000', t.phases.constant, '3 × 10⁻⁴', '100%'),
      );

      // BERT: 1e-4 · (1,000,000 − 505,000)/(1,000,000 − 10,000) = 5e-5
      await demo.getByRole('button', { name: t.presetNames.linear }).click();
      await expect(readout).toHaveText(t.readout('505,000', '1,000,000', t.phases.decay, '5 × 10⁻⁵', '50%'));
      await expect(demo).toContainText(t.presetNotes.linear);

      // generic WSD: stable until 90,000, then a cosine to 10% of 1e-3 over 10,000 steps
      await demo.getByRole('button', { name: t.presetNames.wsd }).click();
      await expect(readout).toHaveText(t.readout('95,000', '100,000', t.phases.decay, '5.5 × 10⁻⁴', '55%'));
      const slider = demo.locator('input[type="range"]');
      await slider.focus();
      await page.keyboard.press('End');
      await expect(readout).toHaveText(t.readout('100,000', '100,000', t.phases.decay, '1 × 10⁻⁴', '10%'));
      // PageDown moves a tenth of the slider: twice → step 80,000, in the stable phase at the peak
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect(readout).toHaveText(t.readout('80,000', '100,000', t.phases.stable, '1 × 10⁻³', '100%'));
      await expect(demo).not.toContainText('NaN');
    });

    test('shows lib’s message for bad input and keeps the last valid schedule', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const valid = t.readout('251,000', '500,000', t.phases.decay, '1.65 × 10⁻⁴', '55%');
      const warmup = demo.getByLabel(t.fields.warmup);
      const total = demo.getByLabel(t.fields.total);

      await warmup.fill('600000');
      await expect(alert).toContainText(t.warmupTooLong('600,000', '500,000'));
      await expect(warmup).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(valid);
      await warmup.fill('-5');
      await expect(alert).toContainText('warmupSteps must be an integer >= 0, got -5');
      await warmup.fill('2000');
      await expect(alert).toBeEmpty();

      await total.fill('0');
      await expect(alert).toContainText(t.noSteps);
      await total.fill('1e400');
      await expect(alert).toContainText('totalSteps must be an integer >= 1, got Infinity');
      await expect(readout).toHaveText(valid);
      await total.fill('500000');

      await demo.getByLabel(t.fields.peak).fill('NaN');
      await expect(alert).toContainText(t.fieldError(t.fields.peak, { kind: 'notNumber', text: 'NaN' }));
      await demo.getByLabel(t.fields.peak).fill('3e-4');
      await demo.getByLabel(t.fields.minRatio).fill('1.5');
      await expect(alert).toContainText('minLrRatio must be in [0, 1], got 1.5');
      await expect(readout).toHaveText(valid);
      await expect(demo).not.toContainText('NaN');
      await demo.getByLabel(t.fields.minRatio).fill('0.1');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(valid);
    });

    test('restores the state from the address', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByLabel(t.schedule, { exact: true }).selectOption('linear');
      await demo.locator('input[type="range"]').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/lr-schedule=linear/);
      const shown = await readout.textContent();
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(shown ?? '');
      await expect(demoOf(page).getByLabel(t.schedule, { exact: true })).toHaveValue('linear');
    });
  });
}
