/**
 * The attention-masks demo against hand arithmetic. Llama 2 7B in fp16 caches 2 · 32 · 32 · 128 · 2
 * = 524,288 bytes (512 KiB) per token (NVIDIA's inference-optimisation example), so 32,768 tokens
 * take 16 GiB; a 4,096-token window keeps 4,096 tokens, plus 4 sinks (StreamingLLM's start_size)
 * 4,100, plus 10 global tokens (LM-Infinite's default) 4,106, each about 2 GiB. Llama 3 8B has 8 KV
 * heads: 128 KiB per token, 4 GiB at 32,768 (512 MiB for 4,096 tokens, 512.5 and 513.25 MiB → 513 MiB). The 10-token grid with w = 4 and s = 2: the last query
 * sees 4 keys (sliding) or 6; with s = 0 all three see 4, with w = 1 and s = 2 the sinks see 3.
 */
import { expect, test, type Page } from '@playwright/test';
import type { MemoryField } from '@/components/demos/attention-masks/state';
import { TEXT } from '@/components/demos/attention-masks/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const ID = 'attention-masks';
const demoOf = (page: Page) => page.locator(`[data-demo="${ID}"]`).first();
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

for (const sitePath of behaviourPages(ID)) {
  const locale = sitePath.startsWith('/zh/') ? 'zh' : 'en';
  const t = TEXT[locale];
  const field = (page: Page, f: MemoryField) =>
    demoOf(page).getByRole('textbox', { name: startsWith(t.fields[f]) });
  const parts = (tokens: readonly [string, string, string], bytes: readonly [string, string, string]) =>
    [
      t.readoutPart(t.kinds.sliding, tokens[0], bytes[0]),
      t.readoutPart(t.kinds.sinks, tokens[1], bytes[1]),
      t.readoutPart(t.kinds.lambda, tokens[2], bytes[2]),
    ].join(' · ');
  const OPENING = t.readout(
    '32,768',
    '32,768',
    '16 GiB',
    parts(['4,096', '4,100', '4,106'], ['2 GiB', '2 GiB', '2 GiB']),
  );

  test.describe(`${ID} on ${sitePath}`, () => {
    test('draws the three masks and moves them from the keyboard', async ({ page }) => {
      await openDemo(page, sitePath, ID);
      const demo = demoOf(page);
      await expect(demo.locator('output[data-readout]')).toHaveText(OPENING);
      await expect(demo.locator('[data-kept="sliding"]')).toHaveText(t.gridKept(4, 10));
      await expect(demo.locator('[data-kept="sinks"]')).toHaveText(t.gridKept(6, 10));
      await expect(demo.locator('[data-kept="lambda"]')).toHaveText(t.gridKept(6, 10));
      await expect(demo.getByRole('img')).toHaveCount(3);

      const starting = demo.getByRole('slider', { name: t.starting });
      await starting.focus();
      await page.keyboard.press('Home');
      await expect(starting).toHaveAttribute('aria-valuetext', '0');
      await expect(demo.locator('[data-kept="sinks"]')).toHaveText(t.gridKept(4, 10));
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');

      const window = demo.getByRole('slider', { name: t.window });
      await window.focus();
      await page.keyboard.press('Home');
      await expect(window).toHaveAttribute('aria-valuetext', '1');
      await expect(demo.locator('[data-kept="sliding"]')).toHaveText(t.gridKept(1, 10));
      await expect(demo.locator('[data-kept="sinks"]')).toHaveText(t.gridKept(3, 10));
      await expect(page).toHaveURL(/am-w=1(&|$)/);
      await expect(demo).not.toContainText('NaN');
    });

    test('prices another model and refuses bad fields, keeping the last numbers', async ({ page }) => {
      await openDemo(page, sitePath, ID);
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      const model = demo.getByLabel(t.model, { exact: true });
      await model.focus();
      await model.selectOption('llama3-8b');
      await expect(demo.locator('[data-per-token]')).toHaveText(t.perToken('Llama 3 8B', '128 KiB', 8));
      const gqa = t.readout(
        '32,768',
        '32,768',
        '4 GiB',
        parts(['4,096', '4,100', '4,106'], ['512 MiB', '513 MiB', '513 MiB']),
      );
      await expect(readout).toHaveText(gqa);

      await field(page, 'window').fill('0');
      await expect(demo.getByRole('alert')).toContainText('window must be an integer >= 1, got 0');
      await expect(field(page, 'window')).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(gqa);

      await field(page, 'window').fill('4096');
      await field(page, 'length').fill('abc');
      await expect(demo.getByRole('alert')).toContainText(
        t.fieldError(t.fields.length, { kind: 'notNumber', text: 'abc' }),
      );
      await expect(readout).toHaveText(gqa);
      await field(page, 'length').fill('1000');
      await expect(demo.getByRole('alert')).toBeEmpty();
      // 1,000 tokens < the window: everything is kept, 1,000 × 128 KiB = 125 MiB
      await expect(readout).toHaveText(
        t.readout(
          '1,000',
          '1,000',
          '125 MiB',
          parts(['1,000', '1,000', '1,000'], ['125 MiB', '125 MiB', '125 MiB']),
        ),
      );
      await expect(demo).not.toContainText('NaN');
    });

    test('restores a shared link', async ({ page }) => {
      await openDemo(page, `${sitePath}?am-len=1000`, ID);
      await expect(demoOf(page).locator('output[data-readout]')).toHaveText(
        t.readout(
          '1,000',
          '1,000',
          '500 MiB',
          parts(['1,000', '1,000', '1,000'], ['500 MiB', '500 MiB', '500 MiB']),
        ),
      );
    });
  });
}
