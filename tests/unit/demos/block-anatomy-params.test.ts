import { describe, expect, it } from 'vitest';
import { fieldsInMessage, groupDigits, parseField } from '@/components/demos/shared/number-field';
import {
  countDraft,
  draftFromConfig,
  isPresetConfig,
  type ConfigDraft,
} from '@/components/demos/block-anatomy/params';
import { PRESET_KEYS, PRESETS } from '@/components/demos/block-anatomy/presets';

const llama = () => draftFromConfig(PRESETS['llama2-7b'].config);
const withNumber = (draft: ConfigDraft, field: keyof ConfigDraft['numbers'], text: string): ConfigDraft => ({
  ...draft,
  numbers: { ...draft.numbers, [field]: text },
});

describe('parseField', () => {
  it('reads decimals with separators and the Unicode minus, as typed', () => {
    expect(parseField('4,096')).toEqual({ ok: true, value: 4096 });
    expect(parseField(' 4 096 ')).toEqual({ ok: true, value: 4096 });
    expect(parseField('\u22123')).toEqual({ ok: true, value: -3 });
    expect(parseField('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseField('1e400')).toEqual({ ok: true, value: Infinity });
  });

  it('rejects empty text and text that is not a number', () => {
    expect(parseField('  ')).toEqual({ ok: false, error: { kind: 'empty' } });
    for (const bad of ['NaN', 'abc', '12a', '0x10', '😀', 'e\u0301', '\ud800'])
      expect(parseField(bad)).toEqual({ ok: false, error: { kind: 'notNumber', text: bad } });
  });
});

describe('groupDigits', () => {
  it('writes counts as they are published', () => {
    expect(groupDigits(6738415616)).toBe('6,738,415,616');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(-1234)).toBe('\u22121,234');
  });

  it('refuses numbers it cannot print exactly', () => {
    expect(() => groupDigits(2 ** 53)).toThrow(RangeError);
    expect(() => groupDigits(1.5)).toThrow(RangeError);
    expect(() => groupDigits(Number.NaN)).toThrow(RangeError);
  });
});

describe('fieldsInMessage', () => {
  it('finds whole parameter names only', () => {
    expect(
      fieldsInMessage('numHeads must be a multiple of numKvHeads = 5, got 32', [
        'numHeads',
        'numKvHeads',
        'hiddenSize',
      ]),
    ).toEqual(['numHeads', 'numKvHeads']);
    expect(fieldsInMessage('numKvHeads must be an integer >= 1, got 0', ['numHeads', 'numKvHeads'])).toEqual([
      'numKvHeads',
    ]);
  });
});

describe('countDraft', () => {
  // KerasHub presets (gpt2_base_en, llama2_7b_en, mistral_7b_en, llama3_8b_en) and the Hugging Face
  // Hub safetensors total of Qwen2.5-7B-Instruct
  const published = {
    gpt2: 124_439_808,
    'llama2-7b': 6_738_415_616,
    'mistral-7b': 7_241_732_096,
    'llama3-8b': 8_030_261_248,
    'qwen2.5-7b': 7_615_616_512,
  } as const;

  it.each(PRESET_KEYS)('counts the %s preset to its published total', (key) => {
    const result = countDraft(draftFromConfig(PRESETS[key].config));
    expect(result.ok && result.count.total).toBe(published[key]);
    expect(PRESETS[key].published).toBe(published[key]);
  });

  it('drops the output head when the embedding is tied', () => {
    const result = countDraft({ ...llama(), tiedEmbeddings: true });
    // lm_head Linear(4096, 32000) no longer counted
    expect(result.ok && result.count.total).toBe(6_738_415_616 - 32000 * 4096);
  });

  it('returns lib’s message and the fields it names for 0 heads, heads not dividing d, KV heads not dividing heads', () => {
    expect(countDraft(withNumber(llama(), 'numHeads', '0'))).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'numHeads must be an integer >= 1, got 0', fields: ['numHeads'] },
    });
    const indivisible = countDraft(withNumber(withNumber(llama(), 'numHeads', '33'), 'numKvHeads', '33'));
    expect(indivisible.ok).toBe(false);
    if (!indivisible.ok && indivisible.error.kind === 'lib') {
      expect(indivisible.error.message).toMatch(/hiddenSize is not a multiple of numHeads = 33/);
      expect(indivisible.error.fields).toEqual(['hiddenSize', 'numHeads']);
    }
    const kv = countDraft(withNumber(llama(), 'numKvHeads', '5'));
    expect(kv).toEqual({
      ok: false,
      error: {
        kind: 'lib',
        message: 'numHeads must be a multiple of numKvHeads = 5, got 32',
        fields: ['numHeads', 'numKvHeads'],
      },
    });
  });

  it('passes negatives, fractions and Infinity to lib, and rejects text before it', () => {
    for (const text of ['-3', '1.5', '1e400']) {
      const r = countDraft(withNumber(llama(), 'numLayers', text));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatchObject({ kind: 'lib', fields: ['numLayers'] });
    }
    expect(countDraft(withNumber(llama(), 'vocabSize', 'NaN'))).toEqual({
      ok: false,
      error: { kind: 'field', field: 'vocabSize', error: { kind: 'notNumber', text: 'NaN' } },
    });
  });

  it('ignores the position table with RoPE and needs it with learned positions', () => {
    expect(countDraft(withNumber(llama(), 'maxPositions', 'x')).ok).toBe(true);
    const learned = countDraft({
      ...withNumber(llama(), 'maxPositions', '4096'),
      positionEmbedding: 'learned',
    });
    expect(learned.ok && learned.count.positionEmbedding).toBe(4096 * 4096);
  });

  it('refuses totals above 2^53 instead of printing them wrong', () => {
    expect(countDraft(withNumber(llama(), 'hiddenSize', '1000000000000'))).toEqual({
      ok: false,
      error: { kind: 'tooLarge' },
    });
  });
});

describe('isPresetConfig', () => {
  it('is true for the preset and false after any change', () => {
    for (const key of PRESET_KEYS) expect(isPresetConfig(PRESETS[key].config, PRESETS[key])).toBe(true);
    const changed = countDraft(withNumber(llama(), 'numLayers', '31'));
    expect(changed.ok && isPresetConfig(changed.config, PRESETS['llama2-7b'])).toBe(false);
    const back = countDraft(llama());
    expect(back.ok && isPresetConfig(back.config, PRESETS['llama2-7b'])).toBe(true);
    expect(isPresetConfig(PRESETS['mistral-7b'].config, PRESETS['llama2-7b'])).toBe(false);
  });
});
