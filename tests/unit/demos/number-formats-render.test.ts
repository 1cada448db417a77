/**
 * SSR smoke test of the number-format explorer for every preset and both languages: the readout
 * names the FP16 value, the table holds all five formats with their bits, the limits table the
 * IEEE and OCP maxima, and nothing prints NaN or undefined.
 */
import { describe, expect, it } from 'vitest';
import { NumberFormatsDemo } from '@/components/demos/number-formats/demo';
import { PRESET_KEYS } from '@/components/demos/number-formats/presets';
import { TEXT } from '@/components/demos/number-formats/text';
import type { Locale } from '@/lib/i18n';
import { renderDemo } from './render-island';

const render = (preset: (typeof PRESET_KEYS)[number], locale: Locale) =>
  renderDemo(NumberFormatsDemo, { preset }, locale);

/** The text content of the `<output data-readout>` (React's text separators removed). */
const readout = (html: string) =>
  /<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1]?.replace(/<!-- -->/g, '') ?? '';

describe('NumberFormatsDemo (server render)', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const preset of PRESET_KEYS) {
      it(`${locale}, preset ${preset}`, () => {
        const html = render(preset, locale);
        expect(html).toContain('data-demo="number-formats"');
        expect(html).toContain(`data-preset="${preset}"`);
        expect(html.match(/data-readout/g)).toHaveLength(1);
        expect(html.match(/<tr[^>]*data-format=/g)).toHaveLength(10);
        expect(html).not.toMatch(/NaN|undefined/);
        expect(readout(html).startsWith('FP16(')).toBe(true);
        // IEEE binary16 max 65504; OCP OFP8 E4M3 max 448, E5M2 max 57344
        for (const max of ['65504', '448', '57344'])
          expect(html).toMatch(new RegExp(`data-max="true"[^>]*>${max}<`));
        expect(html.includes('data-loss-scale')).toBe(preset === 'underflow');
      });
    }
  }

  it('reads FP16(0.1) = 0.0999755859375 by default', () => {
    // 0.1 = 1.6·2^−4; 0.6·1024 = 614.4 → 614: 1638/16384 = 0.0999755859375; relative error
    // (0.1 − 0.0999755859375)/0.1 = 2.44140625e-4
    expect(readout(render('default', 'en'))).toBe(
      TEXT.en.readout('FP16', '0.1', '0.0999755859375', TEXT.en.relDetail('2.44 × 10⁻⁴')),
    );
  });

  it('reads 70000 as ∞ in FP16 and saturates E4M3 at ±448 (overflow preset)', () => {
    const html = render('overflow', 'zh');
    expect(readout(html)).toBe(TEXT.zh.readout('FP16', '70000', '∞', TEXT.zh.flagDetail.overflow));
    expect(html).toMatch(/data-format="fp8-e4m3".*?data-stored="true"[^>]*>448</s);
  });

  it('loses 2e-8 in FP16 and keeps it in BF16 (underflow preset)', () => {
    const html = render('underflow', 'en');
    expect(readout(html)).toBe(TEXT.en.readout('FP16', '2 × 10⁻⁸', '0', TEXT.en.flagDetail.underflow));
    // S = 2^0: the small gradient is lost, the largest (1) is fine
    expect(html).toMatch(/data-gradient="small" data-status="lost"/);
    expect(html).toMatch(/data-gradient="large" data-status="ok"/);
    expect(html).toContain(TEXT.en.verdict('lost', 'ok'));
  });
});
