/**
 * The block-anatomy demo: parameter counts checked against published totals, bad config input,
 * LayerNorm vs RMSNorm on the sample vector, and the activation readout. Each page shows the demo
 * in several views; the spec drives the first instance and switches its tab.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/block-anatomy/text';
import { VIEW_TEXT } from '@/components/demos/block-anatomy/text-views';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

for (const sitePath of behaviourPages('block-anatomy')) {
  const locale = sitePath.startsWith('/zh/') ? 'zh' : 'en';
  const t = TEXT[locale];
  const tv = VIEW_TEXT[locale];

  test.describe(`block-anatomy on ${sitePath}`, () => {
    const demoOn = (page: Page) => page.locator('[data-demo="block-anatomy"]').first();
    /** The panel on screen: views opened earlier stay mounted but hidden. */
    const panelOf = (page: Page) => demoOn(page).locator('[role="tabpanel"]:not([hidden])');

    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'block-anatomy');
    });

    test('counts five real models exactly, matching their published totals', async ({ page }) => {
      const demo = demoOn(page);
      await demo.getByRole('tab', { name: t.tabs.params }).click();
      await expect(demo.getByRole('tab', { name: t.tabs.params })).toHaveAttribute('aria-selected', 'true');
      const panel = panelOf(page);
      const readout = panel.locator('output[data-readout]');
      const preset = panel.getByLabel(t.preset);
      // KerasHub presets llama2_7b_en, gpt2_base_en, mistral_7b_en, llama3_8b_en; HF Hub safetensors total of Qwen2.5-7B
      const cases = [
        ['llama2-7b', '6,738,415,616', '6.74B', 'KerasHub llama2_7b_en'],
        ['gpt2', '124,439,808', '124M', 'KerasHub gpt2_base_en'],
        ['mistral-7b', '7,241,732,096', '7.24B', 'KerasHub mistral_7b_en'],
        ['llama3-8b', '8,030,261,248', '8.03B', 'KerasHub llama3_8b_en'],
        ['qwen2.5-7b', '7,615,616,512', '7.62B', 'Hugging Face Hub safetensors metadata'],
      ] as const;
      for (const [key, total, short, source] of cases) {
        await preset.selectOption(key);
        await expect(readout).toHaveText(t.readout(total, short));
        await expect(panel.locator('[data-check]')).toHaveText(t.matches(total, source));
      }
      await expect(demo).not.toContainText('NaN');
    });

    test('shows lib’s message for 0 heads and indivisible heads, keeping the last count', async ({
      page,
    }) => {
      const demo = demoOn(page);
      await demo.getByRole('tab', { name: t.tabs.params }).click();
      const panel = panelOf(page);
      await panel.getByLabel(t.preset).selectOption('llama2-7b');
      const readout = panel.locator('output[data-readout]');
      await expect(readout).toHaveText(t.readout('6,738,415,616', '6.74B'));
      const heads = panel.getByLabel(t.fields.numHeads);
      const alert = panel.getByRole('alert');

      await heads.fill('0');
      await expect(alert).toContainText('numHeads must be an integer >= 1, got 0');
      await expect(heads).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(t.readout('6,738,415,616', '6.74B'));

      // 33 heads with 32 KV heads: lib checks the grouping first
      await heads.fill('33');
      await expect(alert).toContainText('numHeads must be a multiple of numKvHeads = 32, got 33');
      await panel.getByLabel(t.fields.numKvHeads).fill('33');
      await expect(alert).toContainText('not a multiple of numHeads = 33');

      await heads.fill('abc');
      await expect(alert).toContainText(t.fieldError(t.fields.numHeads, { kind: 'notNumber', text: 'abc' }));
      await expect(readout).not.toContainText('NaN');

      await heads.fill('32');
      await panel.getByLabel(t.fields.numKvHeads).fill('32');
      await expect(alert).toBeEmpty();
      await expect(panel.locator('[data-check]')).toHaveAttribute('data-check', 'match');
      // one layer fewer: 6,738,415,616 − (67,108,864 + 135,266,304 + 2 · 4,096) = 6,536,032,256
      await panel.getByLabel(t.fields.numLayers).fill('31');
      await expect(readout).toHaveText(t.readout('6,536,032,256', '6.54B'));
      await expect(panel.locator('[data-check]')).toHaveAttribute('data-check', 'changed');
    });

    test('normalises the sample vector both ways and explains ε = 0 on a constant vector', async ({
      page,
    }) => {
      const demo = demoOn(page);
      await demo.getByRole('tab', { name: t.tabs.norms }).click();
      const panel = panelOf(page);
      const readout = panel.locator('output[data-readout]');
      // x = [1, 2, 3, 4, 10]: mean 4, variance 10, mean square 26, ε = 1e-5
      await expect(readout).toHaveText(
        tv.normReadout('−0.9487, −0.6325, −0.3162, 0.0000, 1.8974', '0.1961, 0.3922, 0.5883, 0.7845, 1.9612'),
      );
      await panel.getByRole('button', { name: tv.normPresets.constant }).click();
      await expect(readout).toHaveText(
        tv.normReadout('0.0000, 0.0000, 0.0000, 0.0000', '1.0000, 1.0000, 1.0000, 1.0000'),
      );
      const eps = panel.locator('input[type="range"]');
      await eps.focus();
      await page.keyboard.press('Home');
      await expect(eps).toHaveAttribute('aria-valuetext', '0');
      await expect(panel.getByRole('alert')).toContainText('x is constant and eps is 0');
      await expect(readout).toHaveText(
        tv.normReadout('0.0000, 0.0000, 0.0000, 0.0000', '1.0000, 1.0000, 1.0000, 1.0000'),
      );
      await panel.getByLabel(tv.vector).fill('1, NaN');
      await expect(panel.getByRole('alert')).toContainText(tv.notNumber('NaN'));
      await expect(readout).not.toContainText('NaN');
    });

    test('reads the activations at x and computes SwiGLU and GeGLU', async ({ page }) => {
      const demo = demoOn(page);
      await demo.getByRole('tab', { name: t.tabs.activations }).click();
      const panel = panelOf(page);
      const readout = panel.locator('output[data-readout]');
      // torch: gelu(1) = 0.8413, gelu(1, approximate='tanh') = 0.8412, silu(1) = σ(1) = 0.7311
      await expect(readout).toContainText(`${tv.curves.gelu} 0.8413`);
      await expect(readout).toContainText(`${tv.curves.geluTanh} 0.8412`);
      await expect(readout).toContainText(`${tv.curves.silu} 0.7311`);
      const x = panel.locator('input[type="range"]');
      await x.focus();
      await page.keyboard.press('Home');
      // SiLU(−4) = −4/(1 + e⁴) = −0.0719; ReLU(−4) = 0
      await expect(readout).toContainText(`${tv.curves.silu} −0.0719`);
      await expect(readout).toContainText(`${tv.curves.relu} 0.0000`);

      await panel.getByLabel(tv.gate).fill('1');
      await panel.getByLabel(tv.up).fill('2');
      // SwiGLU = SiLU(1)·2 = 2σ(1) = 1.4621; GeGLU = GELU(1)·2 = 2Φ(1) = 1.6827
      const row = panel.locator('tbody tr').filter({ hasText: '1.4621' });
      await expect(row).toContainText('1.6827');
      await panel.getByLabel(tv.up).fill('2, 3');
      await expect(panel.getByRole('alert')).toContainText('up must have the length of gate (1), got 2');
      await expect(demo).not.toContainText('NaN');
    });
  });
}
