/**
 * SSR smoke test of the visual-token demo in both languages: it opens on LLaVA-NeXT with a
 * 672 × 672 image, 2,928 tokens (HF LlavaNextProcessor: 48·48 + 48 + 576), 71.5% of 4,096; linked
 * states for LLaVA-1.5 and Qwen2-VL and bad input render without NaN.
 */
import { describe, expect, it } from 'vitest';
import { VisualTokensDemo } from '@/components/demos/visual-tokens/demo';
import { VisualTokensLab } from '@/components/demos/visual-tokens/lab';
import { DEFAULT_DRAFT, PRESETS } from '@/components/demos/visual-tokens/presets';
import { TEXT } from '@/components/demos/visual-tokens/text';
import { clean, renderDemo } from './render-island';

const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('VisualTokensDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on LLaVA-NeXT at 672 × 672 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(VisualTokensDemo, {}, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="visual-tokens"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    // 2,928 / 4,096 = 71.48…%
    expect(readout(html)).toBe(t.readout('2,928', 1, '2,928', '71.5', '4,096'));
    expect(text).toContain(t.presetNotes.llavaNext);
    expect(text).toContain(t.modeNotes.anyres);
    expect(text).toContain(t.parts.tiles(2, 2, '336'));
    expect(text).toContain(t.parts.newline);
    expect(text).toContain(t.fit('1'));
    expect(text).toContain(t.details(5, '2,880', '24 × 24', '48 × 48', '672 × 672'));
    expect(html).toMatch(/data-part="global"/);
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('renders LLaVA-1.5, Qwen2-VL and bad input in %s', (locale) => {
    const t = TEXT[locale];
    const llava = renderDemo(VisualTokensLab, { initial: { ...DEFAULT_DRAFT, ...PRESETS.llava15 } }, locale);
    // 576 / 4,096 = 14.0625%; ⌊4,096 / 576⌋ = 7
    expect(readout(llava)).toBe(t.readout('576', 1, '576', '14.1', '4,096'));
    expect(clean(llava)).toContain(t.fit('7'));
    expect(llava).not.toMatch(/data-part="global"/);

    const qwen = renderDemo(
      VisualTokensLab,
      { initial: { ...DEFAULT_DRAFT, ...PRESETS.qwen2vl, height: '224', width: '224', images: 4 } },
      locale,
    );
    // 66 per image × 4 = 264 = 6.4% of 4,096
    expect(readout(qwen)).toBe(t.readout('66', 4, '264', '6.4', '4,096'));
    expect(clean(qwen)).toContain(t.parts.special);

    const small = renderDemo(VisualTokensLab, { initial: { ...DEFAULT_DRAFT, height: '10' } }, locale);
    expect(clean(small)).toContain(
      t.smallError(
        'imageSize 10 × 672 is smaller than one patch: each side must be at least patchSize = 14 px',
      ),
    );
    expect(small.match(/aria-invalid="true"/g)).toHaveLength(3);
    expect(readout(small)).toBe(t.readout('2,928', 1, '2,928', '71.5', '4,096'));
    expect(small).not.toMatch(/NaN|undefined/);

    const over = renderDemo(VisualTokensLab, { initial: { ...DEFAULT_DRAFT, images: 2 } }, locale);
    expect(clean(over)).toContain(t.overflow);
  });
});
