/**
 * The lora-lab demo. The PEFT page shows it four times, each opened on its own tab; the spec
 * drives the lab opened on the tab it tests. Literals: PEFT's print_trainable_parameters for
 * Llama-2-7b-hf with r = 8 on q_proj, v_proj ("trainable params: 4,194,304 || all params:
 * 6,742,609,920 || trainable%: 0.0622"); α = 16, r = 8 → α/r = 2, α/√r = 16/√8 = 5.657; the rest
 * is arithmetic written out next to each check.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/lora-lab/text';
import { MORE_TEXT } from '@/components/demos/lora-lab/text-more';
import type { TabKey } from '@/components/demos/lora-lab/tabs';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

/** The lab the MDX opened on `tab` (its tab list carries `data-lab`), scrolled into view and hydrated. */
async function labOn(page: Page, tab: TabKey): Promise<Locator> {
  const labs = page.locator('[data-demo="lora-lab"]');
  const index = await labs.evaluateAll(
    (els, key) => els.findIndex((el) => el.querySelector(`[data-lab="${key}"]`)),
    tab,
  );
  expect(index, `a lab opened on the ${tab} tab`).toBeGreaterThanOrEqual(0);
  const lab = labs.nth(index);
  await lab.scrollIntoViewIfNeeded();
  await expect(lab).toHaveAttribute('data-hydrated', '');
  return lab;
}

/** The visible panel of a lab (panels opened earlier stay mounted but hidden). */
const panelOf = (lab: Locator) => lab.locator('[role="tabpanel"]:not([hidden])');

for (const sitePath of behaviourPages('lora-lab')) {
  const locale = sitePath.startsWith('/zh/') ? 'zh' : 'en';
  const t = TEXT[locale];
  const m = MORE_TEXT[locale];

  test.describe(`lora-lab on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'lora-lab');
    });

    test('counts PEFT’s 4,194,304 for Llama 2 7B, r = 8 on q and v, and follows the checkboxes', async ({
      page,
    }) => {
      const lab = await labOn(page, 'params');
      const panel = panelOf(lab);
      const readout = panel.locator('output[data-readout]');
      await expect(readout).toHaveText(t.paramsReadout('4,194,304', '0.0622', '6,742,609,920'));
      await expect(panel.locator('[data-peft]')).toContainText(
        'trainable params: 4,194,304 || all params: 6,742,609,920',
      );

      // keyboard: Space unticks q_proj; v_proj alone is 32 · 8 · (4096 + 4096) = 2,097,152,
      // 2,097,152 / 6,740,512,768 = 0.0311%
      const q = panel.getByLabel('q_proj', { exact: true });
      await q.focus();
      await page.keyboard.press('Space');
      await expect(q).not.toBeChecked();
      await expect(readout).toHaveText(t.paramsReadout('2,097,152', '0.0311', '6,740,512,768'));
      await page.keyboard.press('Space');
      await expect(readout).toHaveText(t.paramsReadout('4,194,304', '0.0622', '6,742,609,920'));

      // every linear layer at r = 16: 32 · 16 · (4 · 8192 + 2 · 15104 + 15104) = 32 · 16 · 78,080
      // = 39,976,960; all 6,738,415,616 + 39,976,960 = 6,778,392,576; 0.5898% → 0.59
      await panel.getByRole('button', { name: t.targetPresetNames.all }).click();
      await panel.getByRole('button', { name: 'r = 16', exact: true }).click();
      await expect(readout).toHaveText(t.paramsReadout('39,976,960', '0.59', '6,778,392,576'));
      await expect(panel.locator('[data-peft]')).toHaveCount(0);
      await expect(lab).not.toContainText('NaN');
    });

    test('refuses rank 0, a fractional rank, an empty field and no targets; warns above min(d, k)', async ({
      page,
    }) => {
      const lab = await labOn(page, 'params');
      const panel = panelOf(lab);
      const readout = panel.locator('output[data-readout]');
      const rank = panel.getByLabel(t.rank);
      const alert = panel.getByRole('alert');
      const start = t.paramsReadout('4,194,304', '0.0622', '6,742,609,920');

      await rank.fill('0');
      await expect(alert).toContainText(t.zeroRank);
      await expect(rank).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(start);
      await rank.fill('1.5');
      await expect(alert).toContainText('r must be an integer >= 0, got 1.5');
      await rank.fill('');
      await expect(alert).toContainText(t.fieldError(t.rank, { kind: 'empty' }));
      await rank.fill('8');
      await expect(alert).toBeEmpty();

      await panel.getByLabel('q_proj', { exact: true }).uncheck();
      await panel.getByLabel('v_proj', { exact: true }).uncheck();
      await expect(alert).toContainText(t.noTargets);
      await expect(readout).toHaveText(t.paramsReadout('2,097,152', '0.0311', '6,740,512,768'));

      // Llama 3 8B: k_proj and v_proj are 4096 → 1024, so r = 2048 exceeds their min(d, k)
      await panel.getByLabel(t.model).selectOption('llama3-8b');
      await panel.getByRole('button', { name: t.targetPresetNames.all }).click();
      await rank.fill('2048');
      await expect(alert).toBeEmpty();
      await expect(panel.locator('[data-over-rank]')).toContainText('k_proj (1,024), v_proj (1,024)');
      await expect(lab).not.toContainText('NaN');
    });

    test('scales α = 16, r = 8 to 2 and 5.657, slides r, and keeps its own address keys', async ({
      page,
    }) => {
      const lab = await labOn(page, 'scaling');
      const panel = panelOf(lab);
      const readout = panel.locator('output[data-readout]');
      await expect(readout).toHaveText(t.scalingReadout('2', '5.657'));

      // r = 64: 16/64 = 0.25, 16/√64 = 2
      const rank = panel.getByLabel(t.scalingFields.rank, { exact: true });
      await rank.fill('64');
      await expect(readout).toHaveText(t.scalingReadout('0.25', '2'));
      // keyboard: End on the slider → r = 256: 16/256 = 0.0625, 16/16 = 1
      const slider = panel.locator('input[type="range"]');
      await slider.focus();
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuetext', 'r = 256');
      await expect(readout).toHaveText(t.scalingReadout('0.0625', '1'));
      await expect(page).toHaveURL(/lora-scaling-sr=256/);
      expect(page.url()).not.toContain('lora-params-');

      const alert = panel.getByRole('alert');
      await panel.getByLabel(t.scalingFields.alpha).fill('1e400');
      await expect(alert).toContainText('alpha must be finite, got Infinity');
      await expect(readout).toHaveText(t.scalingReadout('0.0625', '1'));
      await panel.getByLabel(t.scalingFields.alpha).fill('16');
      await rank.fill('0');
      await expect(alert).toContainText('r must be an integer >= 1, got 0');
      await expect(lab).not.toContainText('NaN');
    });

    test('two labs on one page keep separate state and separate keys', async ({ page }) => {
      const first = await labOn(page, 'params');
      await first.getByRole('tab', { name: t.tabs.scaling }).click();
      const panel = panelOf(first);
      await panel.getByLabel(t.scalingFields.alpha).fill('32');
      // α = 32, r = 8: 4 and 32/√8 = 11.31
      await expect(panel.locator('output[data-readout]')).toHaveText(t.scalingReadout('4', '11.31'));
      await expect(page).toHaveURL(/lora-params-alpha=32/);
      await expect(page).toHaveURL(/lora-params-tab=scaling/);

      const second = await labOn(page, 'scaling');
      await expect(panelOf(second).locator('output[data-readout]')).toHaveText(
        t.scalingReadout('2', '5.657'),
      );
      expect(page.url()).not.toContain('lora-scaling-alpha');
    });

    test('compares full fine-tuning, LoRA and QLoRA memory, with and without double quantisation', async ({
      page,
    }) => {
      const lab = await labOn(page, 'memory');
      const panel = panelOf(lab);
      const readout = panel.locator('output[data-readout]');
      // Ψ = 6,738,415,616, T = 4,194,304: full 16Ψ = 100.4 GiB; LoRA 2Ψ + 16T = 12.6 GiB;
      // QLoRA Ψ/2 + Ψ · (8/64 + 32/16384)/8 + 16T = 3,543,247,829.5 B = 3.30 GiB
      await expect(readout).toHaveText(m.memoryReadout('100 GiB', '12.6 GiB', '3.3 GiB'));
      await expect(panel.locator('[data-caveat]')).toBeVisible();

      // without double quantisation the constants take Ψ · 0.5/8 = 421,150,976 B: 3.59 GiB
      const dq = panel.getByLabel(m.doubleQuant);
      await dq.focus();
      await page.keyboard.press('Space');
      await expect(dq).not.toBeChecked();
      await expect(readout).toHaveText(m.memoryReadout('100 GiB', '12.6 GiB', '3.59 GiB'));

      // 65B, adapters 130M, DQ on: full 1.04e12 B = 969 GiB; LoRA 130e9 + 2.08e9 B = 123 GiB;
      // QLoRA 32.5e9 + 1,031,494,140.6 + 2.08e9 B = 33.2 GiB; DQ saves 65e9 · 0.373/8 ≈ 3.03e9 B = 2.82 GiB
      await panel.getByRole('button', { name: m.memoryPresetNames['65b'] }).click();
      await expect(readout).toHaveText(m.memoryReadout('969 GiB', '123 GiB', '33.2 GiB'));
      await expect(panel.locator('[data-dq-saving]')).toHaveText(m.dqSaving('2.82 GiB'));

      const alert = panel.getByRole('alert');
      await panel.getByLabel(m.memoryFields.params).fill('-1');
      await expect(alert).toContainText('params must be finite and >= 0, got -1');
      await expect(readout).toHaveText(m.memoryReadout('969 GiB', '123 GiB', '33.2 GiB'));
      await panel.getByLabel(m.memoryFields.trainable).fill('abc');
      await expect(lab).not.toContainText('NaN');
    });

    test('loads the SVD on open; full rank leaves error 0; rank 0 and 11 are refused', async ({ page }) => {
      const lab = await labOn(page, 'svd');
      const panel = panelOf(lab);
      const readout = panel.locator('output[data-readout]');
      // the charts appear once the lazily loaded module has run
      await expect(panel.locator('rect[data-kept]').first()).toBeVisible({ timeout: 15_000 });
      await expect(panel.locator('[data-svd-status]')).toHaveCount(0);

      const rank = panel.getByLabel(m.svdFields.rank);
      await rank.fill('10');
      // Eckart–Young: nothing is dropped at r = min(12, 10), so ‖ΔW − ΔW_10‖ = 0
      await expect(readout).toHaveText(m.svdReadout(10, 10, '0.0000'));
      await expect(panel.locator('rect[data-kept]')).toHaveCount(10);
      await expect(panel.locator('rect[data-dropped]')).toHaveCount(0);

      const slider = panel.locator('input[type="range"]');
      await slider.focus();
      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuetext', 'r = 1');
      await expect(readout).toHaveText(/^r = 1(?!\d)/);
      await expect(panel.locator('rect[data-kept]')).toHaveCount(1);

      const alert = panel.getByRole('alert');
      await rank.fill('0');
      await expect(alert).toContainText('r must be an integer >= 1, got 0');
      await rank.fill('11');
      await expect(alert).toContainText('r must be an integer in [1, 10]');
      await expect(readout).toHaveText(/^r = 1(?!\d)/);
      await panel.getByLabel(m.svdFields.seed).fill('abc');
      await expect(alert).toContainText(m.svdFields.seed);
      await expect(lab).not.toContainText('NaN');
    });
  });
}
