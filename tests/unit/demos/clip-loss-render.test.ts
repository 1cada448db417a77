/**
 * SSR smoke test of the CLIP-loss demo in both languages: it opens on the aligned preset at
 * s = 1/0.07, where open_clip's ClipLoss (a float64 Python transcription) gives loss 0.2123 =
 * ½ (0.2166 + 0.2081); the heatmap, the logits table and the vector fields are there; linked
 * states and bad input render without NaN.
 */
import { describe, expect, it } from 'vitest';
import { ClipLossDemo } from '@/components/demos/clip-loss/demo';
import { ClipLab } from '@/components/demos/clip-loss/lab';
import { INIT_SCALE_INDEX, MAX_SCALE_INDEX, PRESETS } from '@/components/demos/clip-loss/presets';
import { TEXT } from '@/components/demos/clip-loss/text';
import { clean, renderDemo } from './render-island';

const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');

describe('ClipLossDemo (server render)', () => {
  it.each(['zh', 'en'] as const)('opens on the aligned preset at 1/0.07 in %s', (locale) => {
    const t = TEXT[locale];
    const html = renderDemo(ClipLossDemo, {}, locale);
    const text = clean(html);
    expect(html).toContain('data-demo="clip-loss"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout('0.2123', '0.2166', '0.2081'));
    expect(text).toContain(t.presetNotes.aligned);
    expect(text).toContain(t.allMatched);
    expect(text).toContain(t.scaleValue('1/0.07 ≈ 14.29', '0.07'));
    // 3 pairs × (2 + 2) components
    expect(html.match(/<input[^>]*inputMode="decimal"/g)).toHaveLength(12);
    expect(html).toContain('aria-valuetext="1/0.07 ≈ 14.29');
    // the heatmap (kit) with its title and the 3 × 3 logits, diagonal marked
    expect(html).toContain('data-heatmap');
    expect(text).toContain(t.heatmapTitle);
    expect(html.match(/data-positive/g)).toHaveLength(3);
    expect(html.match(/data-row-loss=/g)).toHaveLength(3);
    expect(html.match(/data-col-loss=/g)).toHaveLength(3);
    expect(text).toContain('14.24');
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it.each(['zh', 'en'] as const)('renders linked states and bad input in %s', (locale) => {
    const t = TEXT[locale];
    const swap = renderDemo(
      ClipLab,
      { initial: { draft: PRESETS.swap, scaleIndex: MAX_SCALE_INDEX } },
      locale,
    );
    expect(readout(swap)).toBe(t.readout('8.1712', '8.1712', '8.1712'));
    expect(clean(swap)).toContain(t.imagePrefers('I₁', 'T₂'));
    expect(clean(swap)).toContain(t.textPrefers('T₂', 'I₁'));

    const ortho = renderDemo(
      ClipLab,
      { initial: { draft: PRESETS.orthogonal, scaleIndex: INIT_SCALE_INDEX } },
      locale,
    );
    expect(readout(ortho)).toBe(t.readout('1.25 × 10⁻⁶', '1.25 × 10⁻⁶', '1.25 × 10⁻⁶'));
    expect(ortho.match(/<input[^>]*inputMode="decimal"/g)).toHaveLength(18);

    // a zero caption: lib refuses, the message names it, the default batch stays on screen
    const zero = renderDemo(
      ClipLab,
      {
        initial: {
          draft: {
            images: PRESETS.aligned.images,
            texts: [
              ['4', '1'],
              ['0', '0'],
              ['1', '4'],
            ],
          },
          scaleIndex: INIT_SCALE_INDEX,
        },
      },
      locale,
    );
    expect(clean(zero)).toContain(
      t.zeroError('T₂', 'textEmbeds[1] must not be a zero vector (it cannot be L2-normalised)'),
    );
    expect(zero.match(/aria-invalid="true"/g)).toHaveLength(2);
    expect(readout(zero)).toBe(t.readout('0.2123', '0.2166', '0.2081'));
    expect(zero).not.toMatch(/NaN|undefined/);

    // NaN typed into a field
    const nan = renderDemo(
      ClipLab,
      {
        initial: {
          draft: { images: [['NaN', '1'], ...PRESETS.aligned.images.slice(1)], texts: PRESETS.aligned.texts },
          scaleIndex: INIT_SCALE_INDEX,
        },
      },
      locale,
    );
    expect(clean(nan)).toContain(t.fieldError(t.field('I₁', 'x'), { kind: 'notNumber', text: 'NaN' }));
    expect(readout(nan)).toBe(t.readout('0.2123', '0.2166', '0.2081'));
  });
});
