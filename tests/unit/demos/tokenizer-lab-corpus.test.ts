import { describe, expect, it } from 'vitest';
import {
  baseAlphabet,
  DEFAULT_CORPUS,
  MAX_CORPUS_WORDS,
  MAX_TEST_WORDS,
  MAX_WORD_CHARS,
  mergeBound,
  parseCorpus,
  parseCount,
  parseTestWords,
} from '@/components/demos/tokenizer-lab/corpus';
import { nextTab } from '@/components/demos/tokenizer-lab/tabs';

describe('parseCorpus', () => {
  it('reads the HF course corpus in order', () => {
    expect(parseCorpus(DEFAULT_CORPUS)).toEqual({
      ok: true,
      entries: [
        ['hug', 10],
        ['pug', 5],
        ['pun', 12],
        ['bun', 4],
        ['hugs', 5],
      ],
    });
  });

  it('skips blank lines, trims, accepts tabs, CRLF and the ideographic space', () => {
    expect(parseCorpus('\r\n  hug\t10  \r\n\n中文\u30003\n')).toEqual({
      ok: true,
      entries: [
        ['hug', 10],
        ['中文', 3],
      ],
    });
  });

  it('names the line of a malformed entry, counting blank lines', () => {
    expect(parseCorpus('hug 10\n\npug')).toEqual({
      ok: false,
      error: { kind: 'fields', line: 3, fields: 1 },
    });
    expect(parseCorpus('hug 10 3')).toEqual({ ok: false, error: { kind: 'fields', line: 1, fields: 3 } });
  });

  it('rejects NaN, negative, fractional, zero and huge counts with the reason', () => {
    const reason = (count: string) => {
      const r = parseCorpus(`hug ${count}`);
      return !r.ok && r.error.kind === 'count' ? r.error.reason : null;
    };
    expect(reason('NaN')).toBe('notNumber');
    expect(reason('ten')).toBe('notNumber');
    expect(reason('0x10')).toBe('notNumber');
    expect(reason('Infinity')).toBe('notNumber');
    expect(reason('-3')).toBe('negative');
    expect(reason('2.5')).toBe('fraction');
    expect(reason('0')).toBe('zero');
    expect(reason('1e7')).toBe('tooBig');
    expect(reason('1e999')).toBe('tooBig');
    expect(parseCorpus('hug 1e3')).toEqual({ ok: true, entries: [['hug', 1000]] });
    expect(parseCorpus('a 1\nb x')).toEqual({
      ok: false,
      error: { kind: 'count', line: 2, value: 'x', reason: 'notNumber' },
    });
  });

  it('rejects a repeated word, naming both lines', () => {
    expect(parseCorpus('hug 1\npug 2\nhug 3')).toEqual({
      ok: false,
      error: { kind: 'duplicate', line: 3, word: 'hug', first: 1 },
    });
  });

  it('rejects empty input, too many words, long words and lone surrogates', () => {
    expect(parseCorpus('  \n ')).toEqual({ ok: false, error: { kind: 'empty' } });
    const many = Array.from({ length: MAX_CORPUS_WORDS + 1 }, (_, i) => `w${i} 1`).join('\n');
    expect(parseCorpus(many)).toEqual({
      ok: false,
      error: { kind: 'tooMany', words: MAX_CORPUS_WORDS + 1, max: MAX_CORPUS_WORDS },
    });
    expect(parseCorpus(`${'a'.repeat(MAX_WORD_CHARS + 1)} 1`)).toEqual({
      ok: false,
      error: { kind: 'long', line: 1, max: MAX_WORD_CHARS },
    });
    // Emoji count as one character each: exactly the cap is fine.
    expect(parseCorpus(`${'😀'.repeat(MAX_WORD_CHARS)} 1`).ok).toBe(true);
    expect(parseCorpus('a 1\nb\ud800c 2')).toEqual({
      ok: false,
      error: { kind: 'surrogate', line: 2, code: 'U+D800' },
    });
  });

  it('keeps combining marks as part of the word', () => {
    expect(parseCorpus('e\u0301 2')).toEqual({ ok: true, entries: [['e\u0301', 2]] });
  });
});

describe('parseCount', () => {
  it('accepts plain whole numbers from 1 to 1,000,000', () => {
    expect(parseCount('1')).toEqual({ ok: true, value: 1 });
    expect(parseCount('1000000')).toEqual({ ok: true, value: 1_000_000 });
    expect(parseCount('1000001')).toEqual({ ok: false, reason: 'tooBig' });
    expect(parseCount('')).toEqual({ ok: false, reason: 'notNumber' });
  });
});

describe('parseTestWords', () => {
  it('splits on whitespace and keeps order', () => {
    expect(parseTestWords(' bugs  mug\tthug ')).toEqual({ ok: true, words: ['bugs', 'mug', 'thug'] });
  });

  it('rejects empty, too many, too long and lone surrogates', () => {
    expect(parseTestWords('   ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(
      parseTestWords(
        Array(MAX_TEST_WORDS + 1)
          .fill('a')
          .join(' '),
      ),
    ).toEqual({
      ok: false,
      error: { kind: 'tooMany', words: MAX_TEST_WORDS + 1, max: MAX_TEST_WORDS },
    });
    expect(parseTestWords(`ok ${'b'.repeat(MAX_WORD_CHARS + 1)}`)).toEqual({
      ok: false,
      error: { kind: 'long', word: 2, max: MAX_WORD_CHARS },
    });
    expect(parseTestWords('a\udc00')).toEqual({ ok: false, error: { kind: 'surrogate', code: 'U+DC00' } });
  });
});

describe('mergeBound and baseAlphabet', () => {
  it('bounds the merges by Σ (characters − 1) and sorts the alphabet', () => {
    const parsed = parseCorpus(DEFAULT_CORPUS);
    if (!parsed.ok) throw new Error('default corpus');
    expect(mergeBound(parsed.entries)).toBe(2 + 2 + 2 + 2 + 3);
    // The HF course's base vocabulary for this corpus.
    expect(baseAlphabet(parsed.entries)).toEqual(['b', 'g', 'h', 'n', 'p', 's', 'u']);
    expect(mergeBound([['😀', 1]])).toBe(0);
  });
});

describe('nextTab', () => {
  it('moves with arrows (wrapping), Home and End, and ignores other keys', () => {
    expect(nextTab('gpt', 'ArrowRight')).toBe('bpe');
    expect(nextTab('compare', 'ArrowRight')).toBe('gpt');
    expect(nextTab('gpt', 'ArrowLeft')).toBe('compare');
    expect(nextTab('bpe', 'Home')).toBe('gpt');
    expect(nextTab('bpe', 'End')).toBe('compare');
    expect(nextTab('bpe', 'Enter')).toBeNull();
  });
});
