/**
 * The position lab, driven from the keyboard through its tablist. Readouts are checked against
 * outside values: PE(1, 0) = sin 1 = 0.841 (Vaswani et al. 2017, §3.5), RoPE's q′·k′ = cos(m − n)
 * for unit vectors, RoFormer's bound at distance 0, (d/2 + 1)/2 = 32.5 for d = 128 (every |S_j| = j),
 * the HF / RoFormer pairing layouts, and the ALiBi slopes: 1/2 … 1/256 for 8 heads (Press et al.
 * 2022, §3) and, for 6 heads, get_slopes of the ALiBi repository: the 4-head ladder 1/4, 1/16,
 * 1/64, 1/256, then every other slope of the 8-head ladder, 1/2 and 1/8. Bad input (odd d_model or
 * head dimension, 0 heads, text) gives a message and leaves the last valid result.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/position-lab/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

const demoOf = (page: Page) => page.locator('[data-demo="position-lab"]').first();

async function press(page: Page, control: Locator, ...keys: string[]) {
  await control.focus();
  await expect(control).toBeFocused();
  for (const key of keys) await page.keyboard.press(key);
}

/** Selects a tab with the arrow keys (Home = first, End = last), as a keyboard user would. */
async function goTo(page: Page, demo: Locator, key: 'Home' | 'End' | 'rope') {
  const selected = demo.getByRole('tab', { selected: true });
  if (key === 'rope') await press(page, selected, 'Home', 'ArrowRight');
  else await press(page, selected, key);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const sitePath of behaviourPages('position-lab')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`position-lab on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'position-lab');
    });

    test('the tablist moves with the arrow keys and wraps around', async ({ page }) => {
      const demo = demoOf(page);
      await goTo(page, demo, 'Home');
      await expect(demo.getByRole('tab', { name: t.tabs.sinusoidal })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await page.keyboard.press('ArrowLeft');
      await expect(demo.getByRole('tab', { name: t.tabs.alibi })).toBeFocused();
      await expect(demo.getByRole('tab', { name: t.tabs.alibi })).toHaveAttribute('aria-selected', 'true');
      await expect(demo.getByRole('tabpanel')).toHaveAttribute('data-panel', 'alibi');
      await page.keyboard.press('ArrowRight');
      await expect(demo.getByRole('tab', { name: t.tabs.sinusoidal })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await expect(demo.locator('output[data-readout]')).toHaveCount(1);
    });

    test('sinusoidal: PE(1, 0) = sin 1, PE(1, 1) = cos 1, and the next pair', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await goTo(page, demo, 'Home');
      await press(page, demo.getByLabel(t.pos, { exact: true }), 'Home', 'ArrowRight');
      const dim = demo.getByLabel(t.dim, { exact: true });
      await press(page, dim, 'Home');
      // sin 1 = 0.84147; ω₀ = 10000⁰ = 1, wavelength 2π = 6.2832
      const first = { pos: 1, pair: 0, d: 16, omega: '1', wavelength: '6.283' };
      await expect(readout).toHaveText(t.sinReadout({ ...first, dim: 0, fn: 'sin', value: '0.841' }));
      await press(page, dim, 'ArrowRight');
      // cos 1 = 0.54030
      await expect(readout).toHaveText(t.sinReadout({ ...first, dim: 1, fn: 'cos', value: '0.540' }));
      await press(page, dim, 'ArrowRight');
      // ω₁ = 10000^(−2/16) = 10^(−1/2) = 0.316228, sin(0.316228) = 0.31098, 2π/ω₁ = 19.869
      await expect(readout).toHaveText(
        t.sinReadout({
          pos: 1,
          dim: 2,
          fn: 'sin',
          pair: 1,
          d: 16,
          value: '0.311',
          omega: '0.3162',
          wavelength: '19.87',
        }),
      );
      await expect(demo).not.toContainText('NaN');
    });

    test('sinusoidal: an odd or empty d_model and a zero length are refused', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await goTo(page, demo, 'Home');
      const before = await readout.innerText();
      const dModel = demo.locator('[data-field="d-model"]');
      await dModel.fill('15');
      await expect(demo).toContainText(
        t.field(t.dModel, { kind: 'lib', value: 15, detail: '' }, t.dModelNeed),
      );
      await expect(dModel).toHaveAttribute('aria-invalid', 'true');
      await expect(readout).toHaveText(before);
      await dModel.fill('');
      await expect(demo).toContainText(t.field(t.dModel, { kind: 'empty' }, t.dModelNeed));
      await dModel.fill('16');
      const length = demo.locator('[data-field="length"]');
      await length.fill('0');
      await expect(demo).toContainText(
        t.field(t.length, { kind: 'range', min: 1, max: 64, value: 0 }, t.lengthNeed),
      );
      await length.fill('1e9');
      await expect(demo).toContainText(t.field(t.length, { kind: 'tooLarge', max: 64 }, t.lengthNeed));
      await expect(readout).toHaveText(before);
      await expect(demo).not.toContainText('NaN');
    });

    test('rope: q′·k′ depends only on m − n; the bound and the two layouts', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await goTo(page, demo, 'rope');
      await demo.locator('[data-field="q"]').fill('1, 0');
      await demo.locator('[data-field="k"]').fill('1, 0');
      await press(
        page,
        demo.getByLabel(t.m, { exact: true }),
        'Home',
        'ArrowRight',
        'ArrowRight',
        'ArrowRight',
      );
      await press(page, demo.getByLabel(t.n, { exact: true }), 'Home', 'ArrowRight');
      await press(page, demo.getByLabel(t.shift, { exact: true }), 'Home', 'ArrowRight', 'ArrowRight');
      // unit vectors, θ = 1 rad per position: q′·k′ = cos(m − n) = cos 2 = −0.41615 at (3, 1) and (5, 3)
      await expect(readout).toHaveText(t.ropeReadout(3, 1, '−0.416', 5, 3, '−0.416'));
      await press(page, demo.getByLabel(t.m, { exact: true }), 'ArrowRight');
      // cos 3 = −0.98999
      await expect(readout).toHaveText(t.ropeReadout(4, 1, '−0.990', 6, 3, '−0.990'));

      // RoFormer's bound at distance 0 is (d/2 + 1)/2: 32.5 for d = 128, 16.5 for d = 64.
      const decay = demo.locator('svg[role="img"]').nth(1);
      const summary = (d: number, top: string) =>
        new RegExp(escape(t.decaySummary(d, '10000', top, '@', 1024)).replace('@', '[0-9.]+'));
      await expect(decay).toHaveAttribute('aria-label', summary(128, '32.5'));
      const headDim = demo.locator('[data-field="head-dim"]');
      await headDim.fill('7');
      await expect(demo).toContainText(
        t.field(t.headDim, { kind: 'lib', value: 7, detail: '' }, t.headDimNeed),
      );
      await expect(decay).toHaveAttribute('aria-label', summary(128, '32.5'));
      await headDim.fill('64');
      await expect(decay).toHaveAttribute('aria-label', summary(64, '16.5'));

      // half: i with i + d/2 (HF rotate_half); interleaved: 2i with 2i + 1 (RoFormer, GPT-J)
      await expect(demo.locator('[data-pairs="half"]')).toHaveText(
        t.pairsList('(0, 4) (1, 5) (2, 6) (3, 7)'),
      );
      await expect(demo.locator('[data-pairs="interleaved"]')).toHaveText(
        t.pairsList('(0, 1) (2, 3) (4, 5) (6, 7)'),
      );
      const pairDim = demo.locator('[data-field="pair-dim"]');
      await pairDim.fill('5');
      await expect(demo).toContainText(
        t.field(t.pairDim, { kind: 'lib', value: 5, detail: '' }, t.pairDimNeed),
      );
      await expect(demo.locator('[data-pairs="half"]')).toHaveText(
        t.pairsList('(0, 4) (1, 5) (2, 6) (3, 7)'),
      );
      await pairDim.fill('4');
      await expect(demo.locator('[data-pairs="half"]')).toHaveText(t.pairsList('(0, 2) (1, 3)'));
      await demo.locator('[data-field="q"]').fill('1');
      await expect(demo).toContainText(
        t.field(t.qField, { kind: 'length', expected: 2, got: 1 }, t.vectorNeed),
      );
      await expect(readout).toHaveText(t.ropeReadout(4, 1, '−0.990', 6, 3, '−0.990'));
      await expect(demo).not.toContainText('NaN');
    });

    test('alibi: slopes for 8 and 6 heads, one head’s bias, and 0 heads refused', async ({ page }) => {
      const demo = demoOf(page);
      const readout = demo.locator('output[data-readout]');
      await goTo(page, demo, 'End');
      const heads = demo.locator('[data-field="heads"]');
      await heads.fill('8');
      await press(page, demo.getByLabel(t.head, { exact: true }), 'Home');
      await expect(readout).toHaveText(
        t.alibiReadout(8, 1, '1/2', '1/2, 1/4, 1/8, 1/16, 1/32, 1/64, 1/128, 1/256'),
      );

      await heads.fill('6');
      const six = '1/4, 1/16, 1/64, 1/256, 1/2, 1/8';
      await expect(readout).toHaveText(t.alibiReadout(6, 1, '1/4', six));
      await press(page, demo.getByLabel(t.head, { exact: true }), 'End');
      await expect(readout).toHaveText(t.alibiReadout(6, 6, '1/8', six));
      // Head 6 (m = 1/8) over 6 tokens: the farthest bias is −(5 − 0)/8 = −0.625.
      await press(
        page,
        demo.getByLabel(t.seqLen, { exact: true }),
        'Home',
        'ArrowRight',
        'ArrowRight',
        'ArrowRight',
        'ArrowRight',
      );
      await expect(demo.getByRole('table', { name: t.biasCaption })).toContainText('−0.625');

      await heads.fill('0');
      await expect(demo).toContainText(t.field(t.heads, { kind: 'lib', value: 0, detail: '' }, t.headsNeed));
      await expect(readout).toHaveText(t.alibiReadout(6, 6, '1/8', six));
      await heads.fill('65');
      await expect(demo).toContainText(t.field(t.heads, { kind: 'tooLarge', max: 64 }, t.headsNeed));
      await heads.fill('🙂');
      await expect(demo).toContainText(t.field(t.heads, { kind: 'notNumber', text: '🙂' }, t.headsNeed));
      await expect(readout).toHaveText(t.alibiReadout(6, 6, '1/8', six));
      await expect(demo).not.toContainText('NaN');
    });
  });
}
