/**
 * The training-memory demo. Literals: ZeRO (Rajbhandari et al. 2020) Figure 1 / Table 1 — 7.5B
 * parameters on 64 GPUs, K = 12: model states 120 GB, 31.4 GB, 16.6 GB, 1.88 GB for stages 0–3.
 * Hand-checkable: Llama 2 7B (Ψ = 6,738,415,616) on 8 GPUs with selective recomputation stores
 * 32 · 34 · 4096 · 4096 = 18,253,611,008 bytes of activations (Korthikanti et al. 2022, Table 2);
 * ZeRO-1 adds 4Ψ + 12Ψ/8, ZeRO-2 2Ψ + 14Ψ/8, ZeRO-3 2Ψ, ZeRO-0 16Ψ. Bad input keeps the last result.
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/training-memory/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

for (const sitePath of behaviourPages('training-memory')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`training-memory on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'training-memory');
      await page
        .locator('[data-demo="training-memory"]')
        .getByRole('button', { name: t.presetNames['7b-8gpu'] })
        .click();
    });

    test('reads 51.5 GiB for Llama 2 7B on 8 GPUs and walks the ZeRO stages from the keyboard', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="training-memory"]');
      const readout = demo.locator('output[data-readout]');
      const fit = demo.locator('[data-fit]');
      // 4Ψ + 12Ψ/8 = 37,061,285,888; + 18,253,611,008 of activations
      await expect(readout).toHaveText(t.readout('51.5 GiB', '55,314,896,896'));
      await expect(fit).toContainText(t.fits('28.5 GiB'));

      await demo.getByRole('radio', { name: t.stages[1] }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(demo.getByRole('radio', { name: t.stages[2] })).toBeChecked();
      // 2Ψ + 14Ψ/8 = 25,269,058,560
      await expect(readout).toHaveText(t.readout('40.5 GiB', '43,522,669,568'));
      await page.keyboard.press('ArrowRight');
      // 16Ψ/8 = 13,476,831,232
      await expect(readout).toHaveText(t.readout('29.6 GiB', '31,730,442,240'));
      await page.keyboard.press('ArrowRight');
      // back round to plain data parallelism: 16Ψ = 107,814,649,856 — over 80 GiB on its own
      await expect(readout).toHaveText(t.readout('117 GiB', '126,068,260,864'));
      await expect(fit).toContainText(t.fitsNot('37.4 GiB'));
      await expect(fit).toHaveAttribute('data-fit', 'no');
    });

    test('reproduces ZeRO Figure 1: 120, 31.4, 16.6 and 1.88 GB of model states', async ({ page }) => {
      const demo = page.locator('[data-demo="training-memory"]');
      const states = demo.locator('[data-model-states]');
      await demo.getByLabel(t.fields.params, { exact: true }).fill('7.5e9');
      await demo.getByLabel(t.fields.dp, { exact: true }).fill('64');
      await expect(demo.getByRole('alert')).toBeEmpty();
      const rows: [0 | 1 | 2 | 3, string, string, string][] = [
        [0, '120,000,000,000', '120 GB', '112 GiB'],
        [1, '31,406,250,000', '31.4 GB', '29.2 GiB'],
        [2, '16,640,625,000', '16.6 GB', '15.5 GiB'],
        [3, '1,875,000,000', '1.88 GB', '1.75 GiB'],
      ];
      for (const [stage, bytes, gb, gib] of rows) {
        await demo.getByRole('radio', { name: t.stages[stage] }).check();
        await expect(states).toHaveText(t.modelStates(bytes, gb, gib));
      }
    });

    test('offloads optimizer state and parameters at ZeRO-3', async ({ page }) => {
      const demo = page.locator('[data-demo="training-memory"]');
      const readout = demo.locator('output[data-readout]');
      const params = demo.getByRole('checkbox', { name: t.offloadParams });
      await expect(params).toBeDisabled();
      await demo.getByRole('radio', { name: t.stages[3] }).check();
      await demo.getByRole('checkbox', { name: t.offloadOptimizer }).check();
      await params.check();
      // all 16Ψ/8 = 13,476,831,232 bytes of model state go to the host; the activations stay
      await expect(readout).toHaveText(t.readout('17 GiB', '18,253,611,008'));
      await expect(demo.locator('[data-model-states]')).toContainText(t.cpu('12.6 GiB'));
      await params.uncheck();
      // the parameter partition 2Ψ/8 = 1,684,603,904 comes back
      await expect(readout).toHaveText(t.readout('18.6 GiB', '19,938,214,912'));
    });

    test('reads 54.8 GiB for Llama 2 70B on 8 × 8 GPUs', async ({ page }) => {
      const demo = page.locator('[data-demo="training-memory"]');
      await demo.getByRole('button', { name: t.presetNames['70b-64gpu'] }).click();
      // Ψ/8 per TP rank with ZeRO-1 over 8: 47,421,445,632; activations 80 · 34 · 4096 · 8192 / 8
      await expect(demo.locator('output[data-readout]')).toHaveText(t.readout('54.8 GiB', '58,829,952,512'));
      await expect(demo.locator('[data-batch]')).toContainText(t.totalGpus('64'));
    });

    test('explains zero GPUs, TP not dividing the heads, a batch that does not split, and NaN', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="training-memory"]');
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const kept = t.readout('51.5 GiB', '55,314,896,896');
      const dp = demo.getByLabel(t.fields.dp, { exact: true });
      const tp = demo.getByLabel(t.fields.tp, { exact: true });
      const micro = demo.getByLabel(t.fields.microBatch, { exact: true });
      const params = demo.getByLabel(t.fields.params, { exact: true });

      await dp.fill('0');
      await expect(alert).toContainText('numGpus must be an integer >= 1, got 0');
      await expect(dp).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(kept);
      await dp.fill('-8');
      await expect(alert).toContainText('got -8');
      await dp.fill('8');

      await demo.getByLabel(t.fields.layers, { exact: true }).fill('0');
      await expect(alert).toContainText('numLayers must be an integer >= 1, got 0');
      await demo.getByLabel(t.fields.layers, { exact: true }).fill('32');

      await tp.fill('3');
      await expect(alert).toContainText(t.tpHeadsError(3, 32));
      await expect(readout).toHaveText(kept);
      await tp.fill('1');

      await micro.fill('3');
      await expect(alert).toContainText(t.batchError(1024, 3, 8));
      await micro.fill('1');

      await params.fill('NaN');
      await expect(alert).toContainText(t.fieldError(t.fields.params, { kind: 'notNumber', text: 'NaN' }));
      await params.fill('1e400');
      await expect(alert).toContainText('params must be finite and >= 0, got Infinity');
      await expect(readout).toHaveText(kept);
      await expect(demo).not.toContainText('NaN GiB');
      await params.fill('6738415616');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(kept);
    });
  });

  test(`training-memory on ${sitePath} restores a shared ?memory= link`, async ({ page }) => {
    // ZeRO Figure 1 at stage 0: 7.5B parameters, 64 GPUs, 1,024-token sequences, no recomputation
    await openDemo(page, `${sitePath}?memory=7500000000_32_4096_32_64_1_1024_1_64_00n00`, 'training-memory');
    const demo = page.locator('[data-demo="training-memory"]');
    await expect(demo.locator('[data-model-states]')).toHaveText(
      t.modelStates('120,000,000,000', '120 GB', '112 GiB'),
    );
    await demo.getByRole('radio', { name: t.stages[1] }).check();
    await expect(page).toHaveURL(/[?&]memory=7500000000_32_4096_32_64_1_1024_1_64_10n00/);
  });
}
