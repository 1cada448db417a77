/**
 * The pipeline-bubble demo. Narayanan et al. 2021 (§2.2): bubble time fraction (p − 1)/m for GPipe
 * and 1F1B, (1/v)·(p − 1)/m interleaved; p = 4, m = 8 gives 3/8 = 0.375 (their Figures 3–4), and
 * 3/16 = 0.1875 with v = 2. The grid's idle share is (p − 1)/(v·m + p − 1), GPipe's form.
 * Keyboard on the sliders and the schedule radios; interleaving with m not a multiple of p is
 * refused (lib, as Megatron-LM); a shared ?pipeline= link restores the state.
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/pipeline-bubble/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

for (const sitePath of behaviourPages('pipeline-bubble')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const plain = t.formulaPlain;
  const interleaved = t.formulaInterleaved;

  test.describe(`pipeline-bubble on ${sitePath}`, () => {
    test('reads (p − 1)/m = 0.375 for p = 4, m = 8 and follows the sliders from the keyboard', async ({
      page,
    }) => {
      await openDemo(page, sitePath, 'pipeline-bubble');
      const demo = page.locator('[data-demo="pipeline-bubble"]');
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('radio', { name: t.schedules['1f1b'] }).check();
      await expect(readout).toHaveText(t.readout(plain, '(4 − 1)/8', '0.375'));
      // 4 devices × 3·(8 + 3) slots, 3·3 idle on each: 36/132 = 3/11
      await expect(demo.locator('[data-of-total]')).toHaveText(t.ofTotal(t.ofTotalPlain, '0.2727', 36, 132));
      await expect(demo.locator('[data-in-flight]')).toHaveText(t.inFlight('1f1b', 4, 4, 8));

      const m = demo.getByRole('slider', { name: t.microBatches });
      await m.focus();
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
      await expect(m).toHaveAttribute('aria-valuetext', '16');
      // 3/16; of the step 3/19, 4 × 57 slots with 36 idle
      await expect(readout).toHaveText(t.readout(plain, '(4 − 1)/16', '0.1875'));
      await expect(demo.locator('[data-of-total]')).toHaveText(t.ofTotal(t.ofTotalPlain, '0.1579', 36, 228));

      const p = demo.getByRole('slider', { name: t.stages });
      await p.focus();
      await page.keyboard.press('End');
      await expect(p).toHaveAttribute('aria-valuetext', '8');
      // 7/16
      await expect(readout).toHaveText(t.readout(plain, '(8 − 1)/16', '0.4375'));
      await page.keyboard.press('Home');
      // one device: no bubble
      await expect(readout).toHaveText(t.readout(plain, '(1 − 1)/16', '0'));
      await expect(demo).not.toContainText('NaN');
    });

    test('GPipe keeps all m micro-batches in flight; the interleaved schedule divides the bubble by v', async ({
      page,
    }) => {
      await openDemo(page, sitePath, 'pipeline-bubble');
      const demo = page.locator('[data-demo="pipeline-bubble"]');
      const readout = demo.locator('output[data-readout]');
      const gpipe = demo.getByRole('radio', { name: t.schedules.gpipe });
      await gpipe.check();
      await expect(readout).toHaveText(t.readout(plain, '(4 − 1)/8', '0.375'));
      await expect(demo.locator('[data-in-flight]')).toHaveText(t.inFlight('gpipe', 8, 4, 8));

      // GPipe → 1F1B → interleaved with the arrow keys
      await gpipe.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(demo.getByRole('radio', { name: t.schedules.interleaved })).toBeChecked();
      await expect(readout).toHaveText(t.readout(interleaved, '(4 − 1)/(2 · 8)', '0.1875'));
      const v = demo.getByRole('slider', { name: t.chunks });
      await v.focus();
      await page.keyboard.press('ArrowRight');
      // 3/24
      await expect(readout).toHaveText(t.readout(interleaved, '(4 − 1)/(3 · 8)', '0.125'));
    });

    test('refuses interleaving with m not a multiple of p and keeps the last grid', async ({ page }) => {
      await openDemo(page, sitePath, 'pipeline-bubble');
      const demo = page.locator('[data-demo="pipeline-bubble"]');
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      await demo.getByRole('radio', { name: t.schedules.interleaved }).check();
      await expect(readout).toHaveText(t.readout(interleaved, '(4 − 1)/(2 · 8)', '0.1875'));

      const m = demo.getByRole('slider', { name: t.microBatches });
      await m.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(m).toHaveAttribute('aria-valuetext', '6');
      await expect(alert).toContainText(
        'microBatches must be a multiple of stages = 4 when interleave > 1, got 6',
      );
      await expect(readout).toHaveText(t.readout(interleaved, '(4 − 1)/(2 · 8)', '0.1875'));
      await expect(demo.getByRole('img')).toHaveAttribute('aria-label', /m = 8/);

      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(alert).toBeEmpty();
      // 3/(2 · 4)
      await expect(readout).toHaveText(t.readout(interleaved, '(4 − 1)/(2 · 4)', '0.375'));
      await expect(demo).not.toContainText('NaN');
    });

    test('restores a shared ?pipeline= link and keeps the address in step', async ({ page }) => {
      await openDemo(page, `${sitePath}?pipeline=gpipe.4.16.2`, 'pipeline-bubble');
      const demo = page.locator('[data-demo="pipeline-bubble"]');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(t.readout(plain, '(4 − 1)/16', '0.1875'));
      await expect(demo.getByRole('radio', { name: t.schedules.gpipe })).toBeChecked();
      await demo.getByRole('radio', { name: t.schedules['1f1b'] }).check();
      await expect(page).toHaveURL(/[?&]pipeline=1f1b\.4\.16\.2/);
    });
  });
}
