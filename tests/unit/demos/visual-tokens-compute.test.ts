/**
 * The visual-token demo's pure helpers: reading the form (parse errors here, every range from lib),
 * which fields an error marks, the presets and the share link. Expected counts come from the
 * official code run by hand (HF LlavaNextProcessor, qwen-vl-utils smart_resize) and the papers.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf, invalidFields, readDraft, type VtView } from '@/components/demos/visual-tokens/compute';
import { DEFAULT_DRAFT, PRESETS, loadedPreset, type VtDraft } from '@/components/demos/visual-tokens/presets';
import { decodeState, encodeState } from '@/components/demos/visual-tokens/url-state';

function viewOf(draft: VtDraft): VtView {
  const reading = readDraft(draft);
  if (!reading.ok) throw new Error(reading.error.kind);
  return reading.view;
}

describe('readDraft', () => {
  it('counts the presets on a 672 × 672 image', () => {
    // LLaVA-NeXT: 48·48 + 48 newlines + 576 global = 2,928 (HF LlavaNextProcessor); 2,928 / 4,096
    const next = viewOf(DEFAULT_DRAFT);
    expect(next.count.total).toBe(2928);
    expect(next.one).toEqual({ tokens: 2928, share: 2928 / 4096, imagesThatFit: 1 });
    // LLaVA-1.5: 576 whatever the size; Qwen2-VL: 24 · 24 + 2 = 578; ViT-B/16: 197
    expect(viewOf({ ...DEFAULT_DRAFT, ...PRESETS.llava15 }).count.total).toBe(576);
    expect(viewOf({ ...DEFAULT_DRAFT, ...PRESETS.qwen2vl }).count.total).toBe(578);
    expect(viewOf({ ...DEFAULT_DRAFT, ...PRESETS.vit }).count.total).toBe(197);
    // Qwen2-VL paper §2.1: 224 × 224 → 66
    expect(viewOf({ ...DEFAULT_DRAFT, ...PRESETS.qwen2vl, height: '224', width: '224' }).count.total).toBe(
      66,
    );
  });

  it('multiplies by the number of images and reports overflow through the share', () => {
    const eight = viewOf({ ...DEFAULT_DRAFT, ...PRESETS.llava15, images: 8 });
    // 8 · 576 = 4,608 > 4,096
    expect(eight.all.tokens).toBe(4608);
    expect(eight.all.share).toBeGreaterThan(1);
    expect(eight.one.imagesThatFit).toBe(7);
  });

  it('refuses text that is not a number and passes every range to lib', () => {
    expect(readDraft({ ...DEFAULT_DRAFT, height: '' })).toEqual({
      ok: false,
      error: { kind: 'field', field: 'height', error: { kind: 'empty' } },
    });
    expect(readDraft({ ...DEFAULT_DRAFT, width: 'NaN' })).toMatchObject({
      ok: false,
      error: { kind: 'field', field: 'width', error: { kind: 'notNumber', text: 'NaN' } },
    });
    // smaller than a patch
    const small = readDraft({ ...DEFAULT_DRAFT, height: '10' });
    expect(small).toEqual({
      ok: false,
      error: {
        kind: 'small',
        message: 'imageSize 10 × 672 is smaller than one patch: each side must be at least patchSize = 14 px',
      },
    });
    if (!small.ok) expect(invalidFields(small.error)).toEqual(['height', 'width', 'patch']);
    // 16-px patches in a 336-px tile: 21 × 21, not divisible by 2
    const merge = readDraft({ ...DEFAULT_DRAFT, patch: '16', merge: 2 });
    expect(merge).toMatchObject({ ok: false, error: { kind: 'merge' } });
    // Qwen2-VL refuses 1:300
    const ratio = readDraft({ ...DEFAULT_DRAFT, ...PRESETS.qwen2vl, height: '30', width: '9000' });
    expect(ratio).toMatchObject({ ok: false, error: { kind: 'ratio' } });
    // a fractional size and a huge one name their field
    const frac = readDraft({ ...DEFAULT_DRAFT, width: '336.5' });
    expect(frac).toMatchObject({ ok: false, error: { kind: 'lib', fields: ['width'] } });
    const huge = readDraft({ ...DEFAULT_DRAFT, height: '1e400' });
    expect(huge).toMatchObject({ ok: false, error: { kind: 'lib', fields: ['height'] } });
    const tile = readDraft({ ...DEFAULT_DRAFT, tile: '0' });
    expect(tile).toMatchObject({ ok: false, error: { kind: 'lib', fields: ['tile'] } });
    const special = readDraft({ ...DEFAULT_DRAFT, special: '-1' });
    expect(special).toMatchObject({ ok: false, error: { kind: 'lib', fields: ['special'] } });
  });

  it('reads only the fields of the current mode', () => {
    expect(fieldsOf('native')).not.toContain('tile');
    expect(fieldsOf('anyres')).not.toContain('maxPixels');
    // a bad tile does not matter at native resolution
    expect(readDraft({ ...DEFAULT_DRAFT, ...PRESETS.qwen2vl, tile: 'x' }).ok).toBe(true);
  });
});

describe('presets', () => {
  it('recognises a loaded preset and keeps the image size', () => {
    expect(loadedPreset(DEFAULT_DRAFT)).toBe('llavaNext');
    expect(loadedPreset({ ...DEFAULT_DRAFT, ...PRESETS.qwen2vl, tile: '999' })).toBe('qwen2vl');
    expect(loadedPreset({ ...DEFAULT_DRAFT, merge: 2 })).toBeUndefined();
    expect({ ...DEFAULT_DRAFT, height: '1000', ...PRESETS.llava15 }.height).toBe('1000');
  });
});

describe('share link', () => {
  it('round-trips a draft', () => {
    const draft: VtDraft = {
      ...DEFAULT_DRAFT,
      ...PRESETS.qwen2vl,
      height: '1080',
      width: '1920',
      context: 32768,
      images: 4,
    };
    const params = encodeState(draft);
    expect(params['vt-m']).toBe('native');
    expect(params['vt-k']).toBe('2');
    expect(decodeState(`?${new URLSearchParams(params).toString()}`)).toEqual(draft);
  });

  it('falls back on unknown choices and over-long fields, and ignores other demos’ keys', () => {
    expect(decodeState('?cl-s=100')).toBeNull();
    const bad = decodeState(`?vt-m=tiles&vt-k=5&vt-ctx=123&vt-n=3&vt-c=yes&vt-h=${'9'.repeat(30)}&vt-w=abc`);
    expect(bad).toEqual({ ...DEFAULT_DRAFT, width: 'abc' });
    // a bad number from a link shows the usual message
    if (bad) expect(readDraft(bad)).toMatchObject({ ok: false, error: { kind: 'field', field: 'width' } });
  });
});
