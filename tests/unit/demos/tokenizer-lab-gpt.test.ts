import { describe, expect, it } from 'vitest';
import { loadEncoding } from '@/components/demos/tokenizer-lab/gpt-load';
import {
  analyzeTokens,
  GPT_MAX_CHARS,
  prepareGptText,
  rankBytes,
  tokensPerChar,
} from '@/components/demos/tokenizer-lab/gpt-stats';

describe('loadEncoding (gpt-tokenizer)', () => {
  it('gives tiktoken’s cl100k_base ids for "hello world" and the emoji 👍', async () => {
    const enc = await loadEncoding('cl100k_base');
    // openai/tiktoken tests/test_encoding.py: test_simple, test_encode_surrogate_pairs
    expect(enc.encode('hello world')).toEqual([15339, 1917]);
    expect(enc.encode('👍')).toEqual([9468, 239, 235]);
    expect(enc.bytesOf(15339)).toEqual([...'hello'].map((c) => c.charCodeAt(0)));
    // The emoji's four UTF-8 bytes F0 9F 91 8D, split 2 + 1 + 1.
    expect([9468, 239, 235].map(enc.bytesOf)).toEqual([[0xf0, 0x9f], [0x91], [0x8d]]);
  });

  it('reads special-token strings as plain text (encode_ordinary)', async () => {
    const enc = await loadEncoding('cl100k_base');
    // tiktoken: with disallowed_special=() the end-of-text id 100257 never appears.
    const ids = enc.encode('hello <|endoftext|>');
    expect(ids).not.toContain(100257);
    expect(ids[0]).toBe(15339);
  });

  it('loads o200k_base once and shares it', async () => {
    const a = loadEncoding('o200k_base');
    expect(loadEncoding('o200k_base')).toBe(a);
    const enc = await a;
    expect(enc.encode('').length).toBe(0);
    expect(enc.encode('hello world').length).toBe(2);
  });
});

describe('analyzeTokens', () => {
  it('shows partial UTF-8 tokens as bytes, not as text', async () => {
    const enc = await loadEncoding('cl100k_base');
    const a = analyzeTokens('👍', enc.encode('👍'), enc.bytesOf);
    expect(a.tokens.map((t) => t.text)).toEqual([null, null, null]);
    expect(a.total).toEqual({ chars: 1, bytes: 4, tokens: 3 });
    expect(a.other.tokens).toBe(3);
    expect(a.mismatch).toBe(false);
  });

  it('writes tokens in GPT-2 byte-level form (中 → ä¸Ń)', () => {
    const a = analyzeTokens(
      '中 a',
      [1, 2, 3],
      (id) => ({ 1: [0xe4, 0xb8, 0xad], 2: [0x20], 3: [0x61] })[id] ?? [],
    );
    expect(a.tokens.map((t) => t.byteLevel)).toEqual(['ä¸Ń', 'Ġ', 'a']);
    expect(a.tokens.map((t) => t.text)).toEqual(['中', ' ', 'a']);
    expect(a.tokens.map((t) => t.kind)).toEqual(['cjk', 'other', 'other']);
    expect(a.cjk).toEqual({ chars: 1, bytes: 3, tokens: 1 });
    expect(a.other).toEqual({ chars: 2, bytes: 2, tokens: 2 });
  });

  it('counts a token that spans a space and a Han character in neither part', () => {
    // bytes: ' ' (1) + 分 (3); one token covering both, then none left.
    const a = analyzeTokens(' 分', [7], () => [0x20, 0xe5, 0x88, 0x86]);
    expect(a.tokens[0]).toMatchObject({ text: ' 分', kind: 'both' });
    expect(a.both).toBe(1);
    expect(a.cjk.tokens + a.other.tokens).toBe(0);
  });

  it('splits a Han character over two tokens: both partial, both CJK', () => {
    const a = analyzeTokens('器x', [1, 2, 3], (id) => ({ 1: [0xe5, 0x99], 2: [0xa8], 3: [0x78] })[id] ?? []);
    expect(a.tokens.map((t) => [t.text, t.kind])).toEqual([
      [null, 'cjk'],
      [null, 'cjk'],
      ['x', 'other'],
    ]);
    expect(a.cjk).toEqual({ chars: 1, bytes: 3, tokens: 2 });
    expect(tokensPerChar(a.cjk)).toBe(2);
  });

  it('flags token bytes that do not add up to the text', () => {
    expect(analyzeTokens('ab', [1], () => [0x61]).mismatch).toBe(true);
  });

  it('gives no ratio without characters', () => {
    expect(tokensPerChar({ chars: 0, bytes: 0, tokens: 0 })).toBeNull();
    expect(analyzeTokens('', [], () => []).total).toEqual({ chars: 0, bytes: 0, tokens: 0 });
  });
});

describe('prepareGptText and rankBytes', () => {
  it('caps at GPT_MAX_CHARS code points and replaces lone surrogates', () => {
    const long = prepareGptText('中'.repeat(GPT_MAX_CHARS + 10));
    expect(long.truncated).toBe(true);
    expect(Array.from(long.text)).toHaveLength(GPT_MAX_CHARS);
    const bad = prepareGptText('a\ud83db');
    expect(bad.text).toBe('a\ufffdb');
    expect(bad.surrogates).toEqual({ count: 1, firstIndex: 1, firstCode: 'U+D83D' });
    expect(prepareGptText('ok')).toEqual({
      text: 'ok',
      truncated: false,
      surrogates: { count: 0, firstIndex: -1, firstCode: '' },
    });
  });

  it('reads a rank entry as bytes', () => {
    expect(rankBytes('中')).toEqual([0xe4, 0xb8, 0xad]);
    expect(rankBytes([0xe5, 0x99])).toEqual([0xe5, 0x99]);
    expect(rankBytes(undefined)).toEqual([]);
  });
});
