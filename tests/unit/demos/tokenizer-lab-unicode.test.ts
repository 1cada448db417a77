import { describe, expect, it } from 'vitest';
import {
  capCodePoints,
  findLoneSurrogates,
  hexBytes,
  isCjk,
  replaceLoneSurrogates,
  visibleText,
} from '@/components/demos/tokenizer-lab/unicode';

describe('lone surrogates', () => {
  it('finds high and low surrogates without partners, not pairs', () => {
    expect(findLoneSurrogates('👍')).toEqual({ count: 0, firstIndex: -1, firstCode: '' });
    expect(findLoneSurrogates('ab\ud83dc')).toEqual({ count: 1, firstIndex: 2, firstCode: 'U+D83D' });
    expect(findLoneSurrogates('\udc4d\ud83d')).toEqual({ count: 2, firstIndex: 0, firstCode: 'U+DC4D' });
    // 😀 takes two UTF-16 units, so the lone surrogate after it is at index 2.
    expect(findLoneSurrogates('😀\ud800').firstIndex).toBe(2);
  });

  it('replaces each lone surrogate with U+FFFD and keeps pairs', () => {
    expect(replaceLoneSurrogates('a\ud83d👍\udc4d')).toBe('a\ufffd👍\ufffd');
  });
});

describe('capCodePoints', () => {
  it('cuts by code points, never inside a surrogate pair', () => {
    expect(capCodePoints('a😀b', 2)).toEqual({ text: 'a😀', truncated: true });
    expect(capCodePoints('a😀b', 3)).toEqual({ text: 'a😀b', truncated: false });
    expect(capCodePoints('', 5)).toEqual({ text: '', truncated: false });
    expect(capCodePoints('x'.repeat(10_000), 5000).text).toHaveLength(5000);
  });
});

describe('isCjk', () => {
  it('counts Han, kana, Hangul and CJK / full-width punctuation, not Latin or emoji', () => {
    for (const ch of ['中', '文', 'か', 'カ', '한', 'ㄅ', '。', '，', '：', '？'])
      expect(isCjk(ch)).toBe(true);
    for (const ch of ['a', ' ', '1', ',', '😀', 'é', '\u0301']) expect(isCjk(ch)).toBe(false);
  });
});

describe('visibleText and hexBytes', () => {
  it('makes whitespace and controls visible and guards a leading combining mark', () => {
    expect(visibleText(' hi\n')).toBe('␣hi↵');
    expect(visibleText('\t\r')).toBe('⇥␍');
    expect(visibleText('\u0000')).toBe('‹U+0000›');
    expect(visibleText('\u0301')).toBe('◌\u0301');
    expect(visibleText('e\u0301')).toBe('e\u0301');
  });

  it('writes bytes as upper-case hex pairs', () => {
    expect(hexBytes([0xe4, 0xb8, 0xad])).toBe('E4 B8 AD');
    expect(hexBytes([0x0a])).toBe('0A');
    expect(hexBytes([])).toBe('');
  });
});
