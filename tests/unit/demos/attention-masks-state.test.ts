import { describe, expect, it } from 'vitest';
import {
  decodeState,
  DEFAULT_DRAFT,
  encodeState,
  GRID_LENGTHS,
  kvHeadsOf,
  readMemory,
  type Draft,
} from '@/components/demos/attention-masks/state';

const fields = (patch: Partial<Draft['fields']>): Draft => ({
  ...DEFAULT_DRAFT,
  fields: { ...DEFAULT_DRAFT.fields, ...patch },
});

describe('kvHeadsOf', () => {
  it('caches all heads under MHA, the groups under GQA, one under MQA (config.json of each model)', () => {
    expect(kvHeadsOf('llama2-7b')).toBe(32);
    expect(kvHeadsOf('llama3-8b')).toBe(8);
    expect(kvHeadsOf('mistral-7b')).toBe(8);
    expect(kvHeadsOf('falcon-7b')).toBe(1);
  });
});

describe('readMemory', () => {
  it('gives the opening stream: 32K tokens of Llama 2 7B in fp16', () => {
    const r = readMemory(DEFAULT_DRAFT);
    if (!r.ok) throw new Error(r.error.kind);
    // 2 · 32 layers · 32 heads · 128 · 2 bytes = 524,288 bytes per token (NVIDIA's Llama 2 7B example)
    expect(r.perToken).toBe(524_288);
    expect(r.full).toEqual({ tokens: 32_768, bytes: 32_768 * 524_288 });
    expect(r.kinds.sliding.tokens).toBe(4096);
    expect(r.kinds.sinks.tokens).toBe(4096 + 4);
    expect(r.kinds.lambda.tokens).toBe(4096 + 10);
    expect(r.kinds.lambda.bytes).toBe(4106 * 524_288);
  });

  it('keeps everything while the stream is shorter than the window', () => {
    const r = readMemory(fields({ length: '1000' }));
    expect(r.ok && [r.kinds.sliding.tokens, r.kinds.sinks.tokens, r.kinds.lambda.tokens]).toEqual([
      1000, 1000, 1000,
    ]);
  });

  it('names the field of a bad value', () => {
    expect(readMemory(fields({ length: 'abc' }))).toEqual({
      ok: false,
      error: { kind: 'field', field: 'length', error: { kind: 'notNumber', text: 'abc' } },
    });
    expect(readMemory(fields({ window: '' }))).toMatchObject({
      ok: false,
      error: { kind: 'field', field: 'window' },
    });
    expect(readMemory(fields({ length: '2e9' }))).toEqual({
      ok: false,
      error: { kind: 'tooMany', field: 'length' },
    });
    expect(readMemory(fields({ window: '0' }))).toEqual({
      ok: false,
      error: { kind: 'lib', message: 'window must be an integer >= 1, got 0', fields: ['window'] },
    });
    expect(readMemory(fields({ sinks: '-1' }))).toMatchObject({
      ok: false,
      error: { kind: 'lib', fields: ['sinks'] },
    });
    expect(readMemory(fields({ global: '2.5' }))).toMatchObject({
      ok: false,
      error: { kind: 'lib', fields: ['global'] },
    });
    expect(readMemory(fields({ length: '-5' }))).toMatchObject({
      ok: false,
      error: { kind: 'lib', fields: ['length'] },
    });
  });
});

describe('attention-masks share link', () => {
  it('round-trips a state', () => {
    const draft: Draft = {
      ...fields({ length: '131072' }),
      n: 2,
      w: 3,
      s: 1,
      model: 'mistral-7b',
      dtype: 'fp8',
    };
    const q = `?${new URLSearchParams(encodeState(draft)).toString()}`;
    expect(decodeState(q)).toEqual(draft);
    expect(encodeState(DEFAULT_DRAFT)['am-n']).toBe(String(GRID_LENGTHS[DEFAULT_DRAFT.n]));
  });

  it('ignores foreign links and falls back on bad values', () => {
    expect(decodeState('?x=1')).toBeNull();
    expect(decodeState('?am-n=99&am-w=99&am-s=9&am-model=gpt&am-dtype=int3')).toEqual(DEFAULT_DRAFT);
    expect(decodeState('?am-n=4&am-w=4')?.w).toBe(4);
    expect(decodeState('?am-n=4&am-w=5')?.w).toBe(4);
    expect(decodeState('?am-len=abc')?.fields.length).toBe('abc');
    expect(decodeState(`?am-len=${'9'.repeat(30)}`)?.fields.length).toBe(DEFAULT_DRAFT.fields.length);
  });
});
