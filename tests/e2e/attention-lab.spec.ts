/**
 * The attention lab: masks and weights read from the keyboard, with readouts checked against
 * arithmetic done by hand and the ALiBi slopes of the paper (Press et al. 2022, §3: for 8 heads
 * 1/2, 1/4, …, 1/256), and bad input (an empty or emoji cell, 0 heads, an odd d_k under RoPE)
 * answered by a message while the last valid result stays.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/attention-lab/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const demoOf = (page: Page) => page.locator('[data-demo="attention-lab"]').first();

/** Moves a native control with the keyboard only. */
async function press(page: Page, control: Locator, ...keys: string[]) {
  await control.focus();
  await expect(control).toBeFocused();
  for (const key of keys) await page.keyboard.press(key);
}

for (const sitePath of behaviourPages('attention-lab')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`attention-lab on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'attention-lab');
    });

    test('masks, a uniform row and the ALiBi bias, all from the keyboard', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');

      // Whatever the page's starting mask: the full mask first, then causal with the arrow key.
      await demo.getByRole('radio', { name: t.masks.full }).check();
      await press(page, demo.getByRole('radio', { name: t.masks.full }), 'ArrowRight');
      await expect(demo.getByRole('radio', { name: t.masks.causal })).toBeChecked();
      await expect(demo).toContainText(t.maskUse.causal);

      // Query 1 under a causal mask sees only itself: weight 1.
      const query = demo.getByLabel(t.query);
      await press(page, query, 'Home');
      await expect(readout).toHaveText(t.readout(1, t.tokens[0]!, '1.000, 0, 0, 0, 0', '1.000'));

      // Query 3 with q = 0: every visible score is 0, so the three visible keys share 1/3 each.
      await press(page, query, 'ArrowRight', 'ArrowRight');
      await demo.locator('[data-cell="q-2-0"]').fill('0');
      await demo.locator('[data-cell="q-2-1"]').fill('0');
      await expect(readout).toHaveText(t.readout(3, t.tokens[2]!, '0.333, 0.333, 0.333, 0, 0', '1.000'));

      // The full mask: all five keys visible, 1/5 each.
      await press(page, demo.getByRole('radio', { name: t.masks.causal }), 'ArrowLeft');
      await expect(readout).toHaveText(
        t.readout(3, t.tokens[2]!, '0.200, 0.200, 0.200, 0.200, 0.200', '1.000'),
      );

      // ALiBi, 8 heads, head 1: slope 1/2 (the paper), bias −(i − j)/2 = −1, −0.5, 0 on the causal
      // row; softmax by hand: e^−1 = 0.367879, e^−0.5 = 0.606531, 1; sum 1.974410.
      await press(page, demo.getByRole('radio', { name: t.masks.full }), 'ArrowRight');
      await demo.getByRole('radio', { name: t.positions.alibi }).check();
      await expect(demo).toContainText(t.slope(1, 8, '1/2'));
      await expect(readout).toHaveText(t.readout(3, t.tokens[2]!, '0.186, 0.307, 0.506, 0, 0', '1.000'));

      // Head 8 of 8: slope 1/256, the last of the paper's sequence.
      await press(page, demo.getByLabel(t.head), 'End');
      await expect(demo).toContainText(t.slope(8, 8, '1/256'));

      // The sliding window of 2 keys: query 3 sees keys 2 and 3 only.
      await demo.getByRole('radio', { name: t.positions.none }).check();
      await demo.getByRole('radio', { name: t.masks.sliding }).check();
      await press(page, demo.getByLabel(t.window), 'Home', 'ArrowRight');
      await expect(readout).toHaveText(t.readout(3, t.tokens[2]!, '0, 0.500, 0.500, 0, 0', '1.000'));
      await expect(demo).not.toContainText('NaN');
      await expect(demo).not.toContainText('Infinity');
    });

    test('the token count and d_k change the example; masked scores show −∞', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('radio', { name: t.masks.causal }).check();
      await press(page, demo.getByLabel(t.tokenCount), 'End');
      await press(page, demo.getByLabel(t.query), 'End');
      // Six tokens: the last query's row has six weights.
      await expect(readout).toContainText(`${t.tokens[5]}`);
      expect((await readout.innerText()).split(', ')).toHaveLength(6);
      await expect(demo.locator('[data-cell="q-5-0"]')).toBeVisible();
      await press(page, demo.getByLabel(t.dk), 'End');
      await expect(demo.locator('[data-cell="v-0-3"]')).toBeVisible();
      await expect(demo.getByRole('table', { name: t.maskedTitle(false) })).toContainText('−∞');
      await expect(demo).not.toContainText('-Infinity');
      await expect(demo).not.toContainText('NaN');
    });

    test('bad input: a message, and the last valid result stays', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await demo.getByRole('radio', { name: t.masks.causal }).check();
      await demo.getByRole('radio', { name: t.positions.none }).check();
      const before = await readout.innerText();

      const cell = demo.locator('[data-cell="k-1-0"]');
      await cell.fill('');
      await expect(demo).toContainText(
        t.error({ kind: 'cell', cell: { matrix: 'k', row: 1, col: 0 }, error: { kind: 'empty' } }),
      );
      await expect(cell).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);

      await cell.fill('🙂');
      await expect(demo).toContainText(
        t.error({
          kind: 'cell',
          cell: { matrix: 'k', row: 1, col: 0 },
          error: { kind: 'notNumber', text: '🙂' },
        }),
      );
      await cell.fill('NaN');
      await expect(readout).toHaveText(before);
      await cell.fill('0');
      await expect(cell).toHaveAttribute('aria-invalid', 'false');

      // RoPE needs pairs of dimensions: d_k = 3 is refused by lib, the d_k = 2 result stays.
      await demo.getByRole('radio', { name: t.positions.rope }).check();
      const ropeResult = await readout.innerText();
      await press(page, demo.getByLabel(t.dk), 'ArrowRight');
      await expect(demo).toContainText(t.error({ kind: 'ropeOdd', dk: 3, detail: '' }));
      await expect(readout).toHaveText(ropeResult);
      await press(page, demo.getByLabel(t.dk), 'ArrowLeft');

      // 0 heads: lib's alibiSlopes refuses it.
      await demo.getByRole('radio', { name: t.positions.alibi }).check();
      const alibiResult = await readout.innerText();
      await demo.locator('[data-field="heads"]').fill('0');
      await expect(demo).toContainText(t.error({ kind: 'headsRange', value: 0, detail: '' }));
      await expect(readout).toHaveText(alibiResult);
      await demo.locator('[data-field="heads"]').fill('');
      await expect(demo).toContainText(t.error({ kind: 'heads', error: { kind: 'empty' } }));
      await expect(demo).not.toContainText('NaN');
      await expect(demo).not.toContainText('undefined');
    });
  });
}
