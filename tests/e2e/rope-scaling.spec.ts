/**
 * The RoPE-scaling explorer against outside values. HF `_compute_llama3_parameters` (Llama 3.1:
 * factor 8, low_freq_factor 1, high_freq_factor 4, original 8,192) keeps wavelengths below
 * 8192/4 = 2048 and divides frequencies with wavelengths above 8192 by 8: the highest frequency
 * (i = 0, wavelength 2π = 6.283) is unchanged and the lowest is stretched 8 times. With base
 * 500,000 and d = 128, λᵢ = 2π·500000^(i/64) puts i = 0–28 below 2048 and i = 35–63 above 8192,
 * so 6 + 29 = 35 of 64 frequencies change. With base 10,000 the lowest wavelength is
 * 2π·10000^(126/128) = 54,410 (HF test_default_rope_numerically: inv_freq[63] = 1.1548e-4).
 * HF dynamic NTK at n = s·L stretches the lowest frequency s² − s + 1 = 57 times and leaves θ₀.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/rope-scaling/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const demoOf = (page: Page) => page.locator('[data-demo="rope-scaling"]').first();
/** A cell of the per-frequency table: row i, column c (0 = i, 2 = original, 5 = llama3, 6 = stretch, 7 = class). */
const cell = (demo: Locator, i: number, c: number) =>
  demo.locator('table tbody tr').nth(i).locator('th, td').nth(c);

for (const sitePath of behaviourPages('rope-scaling')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const readoutOf = (
    method: 'linear' | 'dynamic' | 'llama3',
    factor: number,
    changed: number,
    half: number,
    longest: string,
  ) => t.readout({ method: t.series[method], factor, changed, half, longest });

  test.describe(`rope-scaling on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'rope-scaling');
    });

    test('llama3 keeps the highest frequency and stretches the lowest 8 times', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      // 8 · 2π · 500000^(63/64) = 20,473,564
      await expect(readout).toHaveText(readoutOf('llama3', 8, 35, 64, '20,473,564'));
      await expect(demo.locator('[data-counts]')).toHaveText(t.counts({ kept: 29, between: 6, scaled: 29 }));

      const summary = demo.locator('details > summary').first();
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect(cell(demo, 0, 2)).toHaveText('6.283');
      await expect(cell(demo, 0, 5)).toHaveText('6.283');
      await expect(cell(demo, 0, 7)).toHaveText(t.bands.kept);
      await expect(cell(demo, 63, 6)).toHaveText('×8.00');
      await expect(cell(demo, 63, 7)).toHaveText(t.bands.scaled);

      await demo.getByLabel(t.base, { exact: true }).selectOption('10000');
      await expect(cell(demo, 63, 2)).toHaveText('54,410');
      // 8 · 54,410.14 = 435,281
      await expect(cell(demo, 63, 5)).toHaveText('435,281');
      await expect(cell(demo, 0, 5)).toHaveText('6.283');
      await expect(demo).not.toContainText('NaN');
    });

    test('the factor slider and the method radios work from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const factor = demo.locator('input[type="range"]').first();
      await factor.focus();
      await page.keyboard.press('ArrowLeft');
      await expect(factor).toHaveAttribute('aria-valuetext', 's = 4');
      // s = 4: the lowest wavelength 4 · 2,559,195.5 = 10,236,782
      await expect(readout).toHaveText(readoutOf('llama3', 4, 35, 64, '10,236,782'));
      await page.keyboard.press('ArrowRight');

      const linear = demo.getByRole('radio', { name: t.series.linear });
      await linear.focus();
      await page.keyboard.press('Space');
      // position interpolation divides every frequency by 8
      await expect(readout).toHaveText(readoutOf('linear', 8, 64, 64, '20,473,564'));
      await page.keyboard.press('ArrowRight');
      await expect(demo.getByRole('radio', { name: t.series.dynamic })).toBeChecked();
      // dynamic NTK at n = 8L: every frequency but θ₀ = 1 moves (57^(i/63) > 1.01 from i = 1),
      // the lowest 57 times: 57 · 2,559,195.5 = 145,874,144
      await expect(readout).toHaveText(readoutOf('dynamic', 8, 63, 64, '145,874,144'));

      const current = demo.locator('input[type="range"]').nth(1);
      await current.focus();
      await page.keyboard.press('Home');
      // n = L: HF leaves the frequencies alone; the longest is the original 2,559,196
      await expect(readout).toHaveText(readoutOf('dynamic', 8, 0, 64, '2,559,196'));
      await expect(demo).not.toContainText('NaN');
    });

    test('an odd, empty or oversized head dimension is refused and the last chart stays', async ({
      page,
    }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const field = demo.getByLabel(t.headDim);
      const before = await readout.innerText();
      await field.fill('127');
      await expect(alert).toHaveText(t.headDimError({ kind: 'lib', value: 127 }));
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);
      await field.fill('');
      await expect(alert).toHaveText(t.headDimError({ kind: 'empty' }));
      await field.fill('2048');
      await expect(alert).toHaveText(t.headDimError({ kind: 'range', value: 2048, max: 1024 }));
      await field.fill('🙂');
      await expect(readout).toHaveText(before);
      await field.fill('64');
      await expect(alert).toBeEmpty();
      // d = 64: λᵢ = 2π·500000^(i/32) is below 2048 for i ≤ 14 and above 8192 for i ≥ 18; the
      // lowest, 8 · 2π · 500000^(62/64) = 8 · 2,084,765 = 16,678,118
      await expect(readout).toHaveText(readoutOf('llama3', 8, 17, 32, '16,678,118'));
      await expect(demo.locator('[data-counts]')).toHaveText(t.counts({ kept: 15, between: 3, scaled: 14 }));
      await expect(demo).not.toContainText('NaN');
    });

    test('a shared link opens its settings, and edits rewrite the address', async ({ page }) => {
      await openDemo(page, `${sitePath}?rope.m=linear&rope.d=64`, 'rope-scaling');
      const demo = demoOf(page);
      // d = 64: 32 frequencies, all divided by 8; the lowest 8 · 2π · 500000^(62/64) = 16,678,118
      await expect(demo.locator('output[data-readout]')).toHaveText(
        readoutOf('linear', 8, 32, 32, '16,678,118'),
      );
      await demo.getByLabel(t.headDim).fill('96');
      await expect(page).toHaveURL(/[?&]rope\.d=96(&|$)/);
    });
  });
}
