/**
 * The CLIP-loss demo's pure helpers: reading the batch (parse errors here, zero vectors and
 * non-finite values from lib), the mismatch list, number formats, the presets and the share link.
 * Expected losses come from a float64 Python transcription of open_clip's ClipLoss.
 */
import { describe, expect, it } from 'vitest';
import { formatCell, formatLoss, readBatch, type ClipView } from '@/components/demos/clip-loss/compute';
import {
  DEFAULT_DRAFT,
  INIT_SCALE_INDEX,
  MAX_SCALE_INDEX,
  PRESETS,
  SCALE_STEPS,
  loadedPreset,
  withDims,
  withPairs,
  type ClipDraft,
} from '@/components/demos/clip-loss/presets';
import { decodeState, encodeState } from '@/components/demos/clip-loss/url-state';

const INIT = 1 / 0.07;

function viewOf(draft: ClipDraft, scale = INIT): ClipView {
  const reading = readBatch(draft, scale);
  if (!reading.ok) throw new Error(reading.error.kind);
  return reading.view;
}

describe('readBatch', () => {
  it('gives open_clip’s numbers for the aligned, swapped, near-duplicate and orthogonal presets', () => {
    // open_clip ClipLoss (Python transcription, float64) at logit_scale 1/0.07:
    const aligned = viewOf(PRESETS.aligned);
    expect(formatLoss(aligned.loss)).toBe('0.2123');
    expect(formatLoss(aligned.imageToTextMean)).toBe('0.2166');
    expect(formatLoss(aligned.textToImageMean)).toBe('0.2081');
    expect(aligned.logitsPerImage[0]?.map(formatCell)).toEqual(['14.24', '12.78', '7.67']);
    expect(aligned.similarity[1]?.[1]).toBeCloseTo(1, 14);
    expect(aligned.mismatches).toEqual([]);
    // … and at 100 the aligned batch is almost solved: 2.08e-5
    expect(formatLoss(viewOf(PRESETS.aligned, 100).loss)).toBe('2.08 × 10⁻⁵');
    // swapped captions 1 and 2: 1.3796 at 1/0.07, 8.1712 at 100
    expect(formatLoss(viewOf(PRESETS.swap).loss)).toBe('1.3796');
    expect(formatLoss(viewOf(PRESETS.swap, 100).loss)).toBe('8.1712');
    // near-duplicate captions: the loss rises with s past 1/0.07 (0.5889 → 1.9684)
    expect(formatLoss(viewOf(PRESETS.hard).loss)).toBe('0.5889');
    expect(formatLoss(viewOf(PRESETS.hard, 100).loss)).toBe('1.9684');
    // orthogonal: ln(1 + 2e^{−1/0.07}) = 1.25e-6
    expect(formatLoss(viewOf(PRESETS.orthogonal).loss)).toBe('1.25 × 10⁻⁶');
  });

  it('lists the images and captions that prefer another partner', () => {
    const swap = viewOf(PRESETS.swap);
    expect(swap.mismatches).toEqual([
      { kind: 'image', index: 0, other: 1 },
      { kind: 'image', index: 1, other: 0 },
      { kind: 'text', index: 0, other: 1 },
      { kind: 'text', index: 1, other: 0 },
    ]);
    expect(viewOf(PRESETS.hard).mismatches.map((m) => `${m.kind}${m.index}`)).toContain('text1');
  });

  it('keeps the aligned note true: column 2 has the largest text→image term at every scale', () => {
    for (const { scale } of SCALE_STEPS) {
      const { textToImage } = viewOf(PRESETS.aligned, scale);
      expect(Math.max(...textToImage)).toBe(textToImage[1]);
    }
  });

  it('refuses text that is not a number, and passes zero vectors and infinities to lib', () => {
    const edit = (side: 'images' | 'texts', pair: number, dim: number, text: string): ClipDraft => ({
      ...DEFAULT_DRAFT,
      [side]: DEFAULT_DRAFT[side].map((row, i) =>
        i === pair ? row.map((x, d) => (d === dim ? text : x)) : row,
      ),
    });
    expect(readBatch(edit('images', 0, 1, 'NaN'), INIT)).toEqual({
      ok: false,
      error: { kind: 'field', side: 'images', pair: 0, dim: 1, error: { kind: 'notNumber', text: 'NaN' } },
    });
    expect(readBatch(edit('texts', 2, 0, ''), INIT)).toMatchObject({
      ok: false,
      error: { kind: 'field', side: 'texts', pair: 2, dim: 0, error: { kind: 'empty' } },
    });
    expect(readBatch(edit('texts', 1, 0, '🙂'), INIT)).toMatchObject({ ok: false, error: { kind: 'field' } });
    const zero = {
      ...DEFAULT_DRAFT,
      texts: [
        ['4', '1'],
        ['0', '0'],
        ['1', '4'],
      ],
    };
    expect(readBatch(zero, INIT)).toEqual({
      ok: false,
      error: {
        kind: 'zero',
        side: 'texts',
        pair: 1,
        message: 'textEmbeds[1] must not be a zero vector (it cannot be L2-normalised)',
      },
    });
    expect(readBatch(edit('images', 2, 1, '1e400'), INIT)).toEqual({
      ok: false,
      error: {
        kind: 'finite',
        side: 'images',
        pair: 2,
        dim: 1,
        message: 'imageEmbeds[2][1] must be finite, got Infinity',
      },
    });
    expect(readBatch({ images: [['1', '0']], texts: [['1', '0']] }, INIT)).toEqual({
      ok: false,
      error: { kind: 'shape' },
    });
  });
});

describe('formatLoss and formatCell', () => {
  it('prints four decimals, scientific below 1e-4, and no −0.00', () => {
    expect(formatLoss(0.21232147396513282)).toBe('0.2123');
    expect(formatLoss(0)).toBe('0');
    expect(formatLoss(1.249749120191268e-6)).toBe('1.25 × 10⁻⁶');
    expect(formatCell(-0.5145)).toBe('\u22120.51');
    expect(formatCell(-1e-17)).toBe('0.00');
  });
});

describe('presets', () => {
  it('grows and shrinks the batch and the vectors', () => {
    expect(withPairs(DEFAULT_DRAFT, 5).texts.slice(3)).toEqual([
      ['-1', '2'],
      ['-4', '-1'],
    ]);
    expect(withPairs(DEFAULT_DRAFT, 2).images).toHaveLength(2);
    expect(withPairs(withPairs(DEFAULT_DRAFT, 2), 3)).toEqual(DEFAULT_DRAFT);
    expect(withPairs(PRESETS.orthogonal, 4).images[3]).toEqual(['-2', '3', '0']);
    expect(withDims(DEFAULT_DRAFT, 3).images[0]).toEqual(['3', '1', '0']);
    // dropping z from the orthogonal preset leaves I₃ = T₃ = 0: lib refuses the zero vector
    const flat = withDims(PRESETS.orthogonal, 2);
    expect(readBatch(flat, INIT)).toMatchObject({
      ok: false,
      error: { kind: 'zero', side: 'images', pair: 2 },
    });
  });

  it('recognises a loaded preset, trimmed', () => {
    expect(loadedPreset(DEFAULT_DRAFT)).toBe('aligned');
    expect(loadedPreset(PRESETS.swap)).toBe('swap');
    expect(loadedPreset({ ...PRESETS.hard, texts: [[' 4 ', '1'], ...PRESETS.hard.texts.slice(1)] })).toBe(
      'hard',
    );
    expect(loadedPreset(withDims(DEFAULT_DRAFT, 3))).toBeUndefined();
  });

  it('starts the slider at 1/0.07 and offers the clamp at 100', () => {
    expect(SCALE_STEPS[INIT_SCALE_INDEX]?.scale).toBeCloseTo(14.285714285714286, 12);
    expect(SCALE_STEPS[MAX_SCALE_INDEX]?.scale).toBe(100);
  });
});

describe('share link', () => {
  it('round-trips a valid batch and the slider', () => {
    const view = viewOf(PRESETS.swap);
    const params = encodeState(view.inputs, MAX_SCALE_INDEX);
    expect(params).toEqual({ 'cl-i': '3,1;2,2;1,3', 'cl-t': '1,1;4,1;1,4', 'cl-s': '100' });
    const back = decodeState(`?${new URLSearchParams(params).toString()}`);
    expect(back).toEqual({ draft: PRESETS.swap, scaleIndex: MAX_SCALE_INDEX });
  });

  it('falls back on bad links and ignores other demos’ keys', () => {
    expect(decodeState('?vt-h=336')).toBeNull();
    expect(decodeState('?cl-s=zzz')).toEqual({ draft: DEFAULT_DRAFT, scaleIndex: INIT_SCALE_INDEX });
    // shapes differ, a row too short, a non-number, too many rows: the default batch
    for (const bad of ['cl-i=1,0;0,1&cl-t=1,0,0;0,1,0', 'cl-i=1;0&cl-t=1;0', 'cl-i=1,x;0,1&cl-t=1,0;0,1']) {
      expect(decodeState(`?${bad}`)?.draft).toEqual(DEFAULT_DRAFT);
    }
    expect(decodeState('?cl-i=1,0;0,1;1,1;2,1;3,1;4,1&cl-t=1,0;0,1;1,1;2,1;3,1;4,1')?.draft).toEqual(
      DEFAULT_DRAFT,
    );
    expect(decodeState('?cl-i=1,0;0,1&cl-t=0,1;1,0')?.draft).toEqual({
      images: [
        ['1', '0'],
        ['0', '1'],
      ],
      texts: [
        ['0', '1'],
        ['1', '0'],
      ],
    });
  });
});
