/**
 * The visual-token demo against the official code run by hand and the papers:
 * - LLaVA-NeXT, 672 × 672: 2 × 2 tiles, 48·48 + 48 newlines + 576 global = 2,928 (HF
 *   LlavaNextProcessor), 2,928 / 4,096 = 71.5%;
 * - LLaVA-1.5: (336/14)² = 576 whatever the image (LLaVA clip_encoder.py), 14.1%;
 * - Qwen2-VL: 672 × 672 → 24 · 24 + 2 = 578; 224 × 224 → 64 + 2 = 66 (Qwen2-VL paper §2.1);
 * - native resolution with 14-px patches and no merge at 672 × 672: 48² = 2,304 = 56.3%.
 * An image smaller than a patch and non-numbers show a message and keep the last result; a shared
 * link restores the state.
 */
import { expect, test, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/visual-tokens/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'visual-tokens';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();
/** An accessible name that starts with `label` (a field's hint follows its label). */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

for (const sitePath of behaviourPages(ID)) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];
  const input = (page: Page, field: keyof typeof t.fields) =>
    demoOf(page).getByRole('textbox', { name: startsWith(t.fields[field]) });
  const NEXT = t.readout('2,928', 1, '2,928', '71.5', '4,096');

  test.describe(`${ID} on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, ID);
    });

    test('opens on LLaVA-NeXT at 672 × 672', async ({ page }) => {
      const demo = demoOf(page);
      await expect(demo.locator('output[data-readout]')).toHaveText(NEXT);
      await expect(demo.locator('[data-preset-note]')).toHaveText(t.presetNotes.llavaNext);
      await expect(demo.locator('[data-part="image"] th')).toHaveText(t.parts.tiles(2, 2, '336'));
      await expect(demo.locator('[data-part="image"] td').first()).toHaveText('2,304');
      await expect(demo.locator('[data-part="newline"] td').first()).toHaveText('48');
      await expect(demo.locator('[data-part="global"] td').first()).toHaveText('576');
      await expect(demo.locator('[data-details]')).toHaveText(
        t.details(5, '2,880', '24 × 24', '48 × 48', '672 × 672'),
      );
      await expect(demo).not.toContainText('NaN');
    });

    test('the model presets and the mode select work from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('button', { name: t.presetNames.llava15 }).click();
      await expect(readout).toHaveText(t.readout('576', 1, '576', '14.1', '4,096'));
      await expect(demo.locator('[data-fit]')).toHaveText(t.fit('7'));

      await demo.getByRole('button', { name: t.presetNames.qwen2vl }).click();
      await expect(readout).toHaveText(t.readout('578', 1, '578', '14.1', '4,096'));
      await input(page, 'height').fill('224');
      await input(page, 'width').fill('224');
      await expect(readout).toHaveText(t.readout('66', 1, '66', '1.6', '4,096'));

      await demo.getByRole('button', { name: t.presetNames.llavaNext }).click();
      await input(page, 'height').fill('672');
      await input(page, 'width').fill('672');
      await expect(readout).toHaveText(NEXT);
      const mode = demo.getByLabel(t.mode, { exact: true });
      await mode.focus();
      await page.keyboard.press('ArrowDown');
      await expect(mode).toHaveValue('native');
      await expect(readout).toHaveText(t.readout('2,304', 1, '2,304', '56.3', '4,096'));
      await expect(demo.locator('[data-preset-note]')).toHaveText(t.custom);
    });

    test('more images overflow the window', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByLabel(t.images, { exact: true }).selectOption('2');
      await expect(demo.locator('output[data-readout]')).toHaveText(
        t.readout('2,928', 2, '5,856', '143.0', '4,096'),
      );
      await expect(demo.locator('[data-fit]')).toHaveText(t.overflow);
      await demo.getByLabel(t.context, { exact: true }).selectOption('32768');
      // 5,856 / 32,768 = 17.9%; ⌊32,768 / 2,928⌋ = 11
      await expect(demo.locator('output[data-readout]')).toHaveText(
        t.readout('2,928', 2, '5,856', '17.9', '32,768'),
      );
      await expect(demo.locator('[data-fit]')).toHaveText(t.fit('11'));
    });

    test('refuses an image smaller than a patch and non-numbers, keeping the last result', async ({
      page,
    }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const alert = demo.getByRole('alert').first();
      await input(page, 'height').fill('10');
      await expect(alert).toContainText(
        t.smallError(
          'imageSize 10 × 672 is smaller than one patch: each side must be at least patchSize = 14 px',
        ),
      );
      await expect(input(page, 'height')).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(NEXT);
      await input(page, 'height').fill('NaN');
      await expect(alert).toContainText(t.fieldError(t.fields.height, { kind: 'notNumber', text: 'NaN' }));
      await input(page, 'height').fill('');
      await expect(alert).toContainText(t.fieldError(t.fields.height, { kind: 'empty' }));
      await input(page, 'height').fill('672');
      await expect(readout).toHaveText(NEXT);
      // 16-px patches: a 336-px tile has 21 × 21 of them, which a 2 × 2 merge cannot split
      await input(page, 'patch').fill('16');
      await expect(alert).toBeEmpty();
      const before = (await readout.textContent()) ?? '';
      await demo.getByLabel(t.merge, { exact: true }).selectOption('2');
      await expect(alert).toContainText('merge must divide the 21 × 21 patch grid of a 336-px tile, got 2');
      await expect(readout).toHaveText(before);
      await input(page, 'patch').fill('14');
      await demo.getByLabel(t.merge, { exact: true }).selectOption('1');
      await expect(alert).toBeEmpty();
      await expect(readout).toHaveText(NEXT);
      await expect(readout).not.toContainText('NaN');
    });

    test('restores the state from the address', async ({ page }) => {
      const demo = demoOf(page);
      await demo.getByRole('button', { name: t.presetNames.qwen2vl }).click();
      await input(page, 'height').fill('224');
      await input(page, 'width').fill('224');
      await expect(demo.locator('output[data-readout]')).toHaveText(t.readout('66', 1, '66', '1.6', '4,096'));
      await expect(page).toHaveURL(/[?&]vt-m=native(&|$)/);
      await expect(page).toHaveURL(/[?&]vt-h=224(&|$)/);
      const search = new URL(page.url()).search;

      await openDemo(page, `${sitePath}${search}`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(
        t.readout('66', 1, '66', '1.6', '4,096'),
      );
      await expect(input(page, 'width')).toHaveValue('224');
    });
  });
}
