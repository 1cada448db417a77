/**
 * The number-format explorer against outside values: IEEE 754 binary16 max 65,504 and the tie
 * 65,520 → ∞; bfloat16 of 1/3 = 0.333984375 (the published value the lib test cites, Wikipedia
 * "bfloat16 floating-point format"), bits 0 01111101 0101011 = 0x3EAB; OCP OFP8 E4M3 max 448
 * (saturating here) and E5M2 max 57,344; 0.1 by hand (0.1 = 1.6·2⁻⁴: FP16 keeps
 * round(0.6·1024) = 614 → 1638/16384, BF16 round(0.6·128) = 77 → 205/2048). The underflow
 * instance (when the page has one) shows 2 × 10⁻⁸ vanishing in FP16 and the loss-scale window.
 * Bad input keeps the last value; nothing shows NaN.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT } from '@/components/demos/number-formats/text';
import { openDemo } from './open-demo';
import { behaviourPages } from './site-map';

type Preset = 'default' | 'underflow' | 'overflow';

/** The instance with this preset (a page may show the demo twice), scrolled to and hydrated. */
async function instance(page: Page, preset: Preset): Promise<Locator | null> {
  const demo = page
    .locator('[data-demo="number-formats"]')
    .filter({ has: page.locator(`[data-preset="${preset}"]`) })
    .first();
  if ((await demo.count()) === 0) return null;
  await demo.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(demo).toHaveAttribute('data-hydrated', '', { timeout: 30_000 });
  return demo;
}

const stored = (demo: Locator, format: string) =>
  demo.locator(`tr[data-format="${format}"] [data-stored]`).first();

for (const sitePath of behaviourPages('number-formats')) {
  const t = TEXT[sitePath.startsWith('/zh/') ? 'zh' : 'en'];

  test.describe(`number-formats on ${sitePath}`, () => {
    test.beforeEach(async ({ page }) => {
      await openDemo(page, sitePath, 'number-formats');
    });

    test('0.1 in FP16, then BF16 from the keyboard, and the format limits', async ({ page }) => {
      const demo = await instance(page, 'default');
      test.skip(demo === null, 'no default instance on this page');
      const readout = demo!.locator('output[data-readout]');
      // 1638/16384 = 0.0999755859375; (0.1 − it)/0.1 = 2.44140625e-4
      await expect(readout).toHaveText(
        t.readout('FP16', '0.1', '0.0999755859375', t.relDetail('2.44 × 10⁻⁴')),
      );
      const select = demo!.getByLabel(t.format, { exact: true });
      await select.focus();
      await page.keyboard.press('ArrowDown');
      // 205/2048 = 0.10009765625; 9.765625e-5 / 0.1 = 9.77e-4
      await expect(readout).toHaveText(t.readout('BF16', '0.1', '0.10009765625', t.relDetail('9.77 × 10⁻⁴')));
      // IEEE binary16 max 65504; OCP E4M3 max 448, E5M2 max 57344
      const facts = demo!.locator('[data-facts]');
      await expect(facts.locator('tr[data-format="fp16"] [data-max]')).toHaveText('65504');
      await expect(facts.locator('tr[data-format="fp8-e4m3"] [data-max]')).toHaveText('448');
      await expect(facts.locator('tr[data-format="fp8-e5m2"] [data-max]')).toHaveText('57344');
      await expect(demo!).not.toContainText('NaN');
    });

    test('1/3 in BF16 is 0.333984375 = 0x3EAB', async ({ page }) => {
      const demo = await instance(page, 'default');
      test.skip(demo === null, 'no default instance on this page');
      await demo!.getByRole('button', { name: '1/3', exact: true }).click();
      const readout = demo!.locator('output[data-readout]');
      // (0.333984375 − 1/3)/(1/3) = 3/1536 = 1.953125e-3
      await expect(readout).toHaveText(
        t.readout('BF16', '0.3333333333333333', '0.333984375', t.relDetail('1.95 × 10⁻³')),
      );
      await expect(stored(demo!, 'bf16')).toHaveText('0.333984375');
      await expect(demo!.locator('tr[data-format="bf16"] [data-bits]')).toHaveAttribute(
        'data-bits',
        '0x3EAB',
      );
      // binary16: 1/3 → 0 01101 0101010101 = 0x3555 = (1 + 341/1024)·2^−2 = 0.333251953125
      await expect(stored(demo!, 'fp16')).toHaveText('0.333251953125');
      await expect(demo!.locator('tr[data-format="fp16"] [data-bits]')).toHaveAttribute(
        'data-bits',
        '0x3555',
      );
    });

    test('overflow to ∞, E4M3 saturation at 448 and the E5M2 limit', async ({ page }) => {
      const demo = await instance(page, 'default');
      test.skip(demo === null, 'no default instance on this page');
      const readout = demo!.locator('output[data-readout]');
      const field = demo!.getByLabel(t.value);
      await field.fill('65504');
      await expect(readout).toHaveText(t.readout('FP16', '65504', '65504', t.flagDetail.exact));
      // 65520 is half way from 65504 to 2^16: ties to even overflow to ∞ (IEEE 754 §4.3.1)
      await field.fill('65520');
      await expect(readout).toHaveText(t.readout('FP16', '65520', '∞', t.flagDetail.overflow));
      await field.fill('70000');
      await expect(readout).toHaveText(t.readout('FP16', '70000', '∞', t.flagDetail.overflow));
      await expect(stored(demo!, 'fp8-e4m3')).toHaveText('448');
      await expect(stored(demo!, 'fp8-e5m2')).toHaveText('∞');

      await demo!.getByRole('button', { name: '500', exact: true }).click();
      await expect(readout).toHaveText(t.readout('FP8 E4M3', '500', '448', t.flagDetail.saturated('448')));
      // E5M2 around 500: spacing 2^(8−2) = 64 between 448 and 512; 500 is nearer 512
      await expect(stored(demo!, 'fp8-e5m2')).toHaveText('512');
      await field.fill('57344');
      await expect(stored(demo!, 'fp8-e5m2')).toHaveText('57344');
      // 61440 is half way from 57344 to 2^16: overflow
      await field.fill('61440');
      await expect(stored(demo!, 'fp8-e5m2')).toHaveText('∞');
      await expect(demo!).not.toContainText('NaN');
    });

    test('refuses empty, text, NaN, 1e400, emoji and 1/0, keeping the last value', async ({ page }) => {
      const demo = await instance(page, 'default');
      test.skip(demo === null, 'no default instance on this page');
      const readout = demo!.locator('output[data-readout]');
      const alert = demo!.getByRole('alert').first();
      const field = demo!.getByLabel(t.value);
      const before = await readout.innerText();
      const cases: [string, string][] = [
        ['', t.error({ kind: 'empty' })],
        ['abc', t.error({ kind: 'notNumber', text: 'abc' })],
        ['NaN', t.error({ kind: 'notNumber', text: 'NaN' })],
        ['1e400', t.error({ kind: 'notFinite' })],
        ['😀', t.error({ kind: 'notNumber', text: '😀' })],
        ['1/0', t.error({ kind: 'divideByZero' })],
      ];
      for (const [text, message] of cases) {
        await field.fill(text);
        await expect(alert).toHaveText(message);
        await expect(field).toHaveAttribute('aria-invalid', 'true');
        await expect(readout).toHaveText(before);
      }
      await field.fill('0.1');
      await expect(alert).toBeEmpty();
      await expect(demo!).not.toContainText('NaN');
    });

    test('a shared link opens 1/3 in BF16, and edits rewrite the address', async ({ page }) => {
      await openDemo(page, `${sitePath}?nf.x=1%2F3&nf.f=bf16`, 'number-formats');
      const demo = await instance(page, 'default');
      test.skip(demo === null, 'no default instance on this page');
      await expect(demo!.locator('output[data-readout]')).toContainText('0.333984375');
      await demo!.getByLabel(t.value).fill('0.5');
      await expect(page).toHaveURL(/[?&]nf\.x=0\.5(&|$)/);
    });

    test('underflow: 2 × 10⁻⁸ vanishes in FP16, survives in BF16, and loss scaling rescues it', async ({
      page,
    }) => {
      const demo = await instance(page, 'underflow');
      test.skip(demo === null, 'no underflow instance on this page');
      // 2e-8 < 2^−25 ≈ 2.98e-8, half of FP16's smallest subnormal → 0
      await expect(demo!.locator('output[data-readout]')).toHaveText(
        t.readout('FP16', '2 × 10⁻⁸', '0', t.flagDetail.underflow),
      );
      // BF16 keeps 8 significant bits: 2e-8 = 1.3422·2^−26, round(0.3422·128) = 44 → 1.34375·2^−26
      await expect(stored(demo!, 'bf16')).toHaveText('2.0023435354232788 × 10⁻⁸');

      const small = demo!.locator('[data-gradient="small"]');
      const large = demo!.locator('[data-gradient="large"]');
      const scale = demo!.locator('[data-loss-scale] input[type="range"]');
      await scale.focus();
      await page.keyboard.press('Home');
      await expect(small).toHaveAttribute('data-status', 'lost');
      // S = 2^10: 2.048e-5 is below FP16's smallest normal 2^−14 ≈ 6.1e-5 → subnormal
      for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
      await expect(scale).toHaveAttribute('aria-valuetext', t.scaleValue(10, '1024'));
      await expect(small).toHaveAttribute('data-status', 'subnormal');
      // S = 2^12: 8.192e-5 is a normal FP16 number; the largest gradient 1 → 4096 fits
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(small).toHaveAttribute('data-status', 'ok');
      await expect(large).toHaveAttribute('data-status', 'ok');
      // S = 2^16: 1 · 65536 > 65504 overflows (GradScaler's default init_scale is 2^16)
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await expect(large).toHaveAttribute('data-status', 'overflow');
      await expect(demo!.locator('[data-verdict]')).toHaveText(t.verdict('ok', 'overflow'));
      await page.keyboard.press('ArrowLeft');
      await expect(large).toHaveAttribute('data-status', 'ok');
      await expect(demo!).not.toContainText('NaN');
    });
  });
}
