/**
 * The kv-cache demo: Llama 2 7B in FP16 caches 2 · 32 · 32 · 128 · 2 = 524,288 bytes = 512 KiB per
 * token, 2 GiB at 4,096 tokens (NVIDIA, "Mastering LLM Techniques: Inference Optimization":
 * 1 * 4096 * 2 * 32 * 4096 * 2 bytes, ~2 GB); GQA, MQA and MLA from the keyboard; bad sizes.
 */
import { expect, test } from '@playwright/test';
import { TEXT } from '@/components/demos/kv-cache/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

for (const sitePath of behaviourPages('kv-cache')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`kv-cache on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'kv-cache');
    });

    test('reads 512 KiB per token for Llama 2 7B and switches scheme from the keyboard', async ({ page }) => {
      const demo = page.locator('[data-demo="kv-cache"]');
      const readout = demo.locator('output[data-readout]');
      await expect(readout).toHaveText(t.readout('MHA', '524,288', '512 KiB'));
      await expect(demo.locator('[data-total]')).toHaveText(t.total('2 GiB', '2,147,483,648', '4,096', 1));

      const mha = demo.locator('input[type="radio"]').first();
      await mha.focus();
      await page.keyboard.press('ArrowRight');
      // GQA with 8 KV heads: 2 · 32 · 8 · 128 · 2 = 131,072
      await expect(readout).toHaveText(t.readout('GQA', '131,072', '128 KiB'));
      await page.keyboard.press('ArrowRight');
      // MQA: 2 · 32 · 1 · 128 · 2 = 16,384
      await expect(readout).toHaveText(t.readout('MQA', '16,384', '16 KiB'));

      const context = demo.locator('input[type="range"]').first();
      await context.focus();
      await page.keyboard.press('End');
      await expect(context).toHaveAttribute('aria-valuetext', '131,072');
      // 16 KiB × 128 Ki tokens = 2 GiB
      await expect(demo.locator('[data-total]')).toHaveText(t.total('2 GiB', '2,147,483,648', '131,072', 1));
      await expect(demo).not.toContainText('NaN');
    });

    test('shows MLA for DeepSeek-V2 and V3 and FP8 halving it', async ({ page }) => {
      const demo = page.locator('[data-demo="kv-cache"]');
      const readout = demo.locator('output[data-readout]');
      await demo.getByLabel(t.model, { exact: true }).selectOption('deepseek-v2');
      // DeepSeek-V2 §3.1.2 / Table 1: (d_c + d_h^R) · l = (512 + 64) · 60 = 34,560 elements, 2 bytes each
      await expect(readout).toHaveText(t.readout('MLA', '69,120', '67.5 KiB'));
      await demo.getByLabel(t.model, { exact: true }).selectOption('deepseek-v3');
      // DeepSeek-V3 §4.2: 61 layers → 576 · 61 · 2 = 70,272
      await expect(readout).toHaveText(t.readout('MLA', '70,272', '68.6 KiB'));
      await demo.getByLabel(t.dtype, { exact: true }).selectOption('fp8');
      await expect(readout).toHaveText(t.readout('MLA', '35,136', '34.3 KiB'));
    });

    test('rejects 0 layers, KV heads that do not divide the heads, and text, keeping the last result', async ({
      page,
    }) => {
      const demo = page.locator('[data-demo="kv-cache"]');
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert');
      const layers = demo.getByLabel(t.fields.layers);

      await layers.fill('0');
      await expect(alert).toContainText('layers must be an integer >= 1, got 0');
      await expect(layers).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(t.readout('MHA', '524,288', '512 KiB'));
      await layers.fill('32');

      await demo.getByLabel(t.fields.kvHeads).fill('5');
      await expect(alert).toContainText(t.kvHeadsError(5, 32));
      await demo.getByLabel(t.fields.kvHeads).fill('8');

      await demo.getByLabel(t.fields.headDim).fill('NaN');
      await expect(alert).toContainText(t.fieldError(t.fields.headDim, { kind: 'notNumber', text: 'NaN' }));
      await expect(readout).not.toContainText('NaN');
      await demo.getByLabel(t.fields.headDim).fill('64');
      await expect(alert).toBeEmpty();
      // 2 · 32 · 32 · 64 · 2 = 262,144
      await expect(readout).toHaveText(t.readout('MHA', '262,144', '256 KiB'));
    });
  });
}
