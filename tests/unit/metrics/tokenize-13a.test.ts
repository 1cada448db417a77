import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize13a } from '@/lib/metrics';
import { oddText } from './text-arbitraries';

// Expected strings are the output of sacreBLEU's Tokenizer13a (sacrebleu/tokenizers/tokenizer_13a.py,
// mjpost/sacrebleu at f615c72) on each input, as Python printed them.
describe('tokenize13a', () => {
  it('splits ASCII punctuation off words', () => {
    expect(tokenize13a('Hello, world!')).toBe('Hello , world !');
    expect(tokenize13a('The dog bit the man.')).toBe('The dog bit the man .');
    expect(tokenize13a('x=y+z*(a/b)[c]{d}|e~f^g_h`i@j#k$l%m')).toBe(
      'x = y + z * ( a / b ) [ c ] { d } | e ~ f ^ g _ h ` i @ j # k $ l % m',
    );
  });

  it('keeps apostrophes inside words', () => {
    // the apostrophe (0x27) is the one gap in the punctuation ranges
    expect(tokenize13a("It wasn't surprising.")).toBe("It wasn't surprising .");
  });

  it('keeps numbers with inner periods and commas whole, and splits a dash after a digit', () => {
    expect(tokenize13a('1,000.50 dollars')).toBe('1,000.50 dollars');
    expect(tokenize13a('1.2.3')).toBe('1.2.3');
    expect(tokenize13a('pages 3-4, 5.')).toBe('pages 3 - 4 , 5 .');
    expect(tokenize13a('-5 vs 5-')).toBe('-5 vs 5 -');
    expect(tokenize13a('It costs $1,000.50 (U.S.).')).toBe('It costs $ 1,000.50 ( U . S . ) .');
  });

  it('splits periods and commas next to non-digits', () => {
    expect(tokenize13a('a.b,c')).toBe('a . b , c');
    expect(tokenize13a('U.S.A.')).toBe('U . S . A .');
    expect(tokenize13a('...')).toBe('. . .');
  });

  it('unescapes the four XML entities once, in order', () => {
    expect(tokenize13a('&quot;quoted&quot; &amp; &lt;tag&gt;')).toBe('" quoted " & < tag >');
    // &amp;quot; → &quot; after the &quot; step has run, so it stays
    expect(tokenize13a('&amp;quot;')).toBe('& quot ;');
  });

  it('drops <skipped>, joins hyphenated line breaks and turns newlines into spaces', () => {
    expect(tokenize13a('<skipped>gone')).toBe('gone');
    expect(tokenize13a('line-\nbreak\nnext')).toBe('linebreak next');
  });

  it('leaves Chinese unsegmented and its full-width punctuation attached', () => {
    expect(tokenize13a('我爱北京天安门。')).toBe('我爱北京天安门。');
    expect(tokenize13a('我爱北京，天安门!')).toBe('我爱北京，天安门 !');
  });

  it('handles emoji, combining marks, RTL text and Python-only whitespace as sacreBLEU does', () => {
    expect(tokenize13a('😀. 👍🏽,x')).toBe('😀 . 👍🏽 , x');
    expect(tokenize13a('e\u0301,')).toBe('e\u0301 ,');
    expect(tokenize13a('שלום, עולם.')).toBe('שלום , עולם .');
    expect(tokenize13a('tab\there\u3000ideo\u00a0nbsp\u2028ls\x1cfs\ufeffbom')).toBe(
      'tab here ideo nbsp ls fs\ufeffbom',
    );
  });

  it('returns an empty string for empty or blank input', () => {
    expect(tokenize13a('')).toBe('');
    expect(tokenize13a('   ')).toBe('');
  });

  it('rejects a non-string', () => {
    expect(() => tokenize13a(3 as unknown as string)).toThrow(new TypeError('line must be a string, got 3'));
    expect(() => tokenize13a(null as unknown as string)).toThrow(TypeError);
  });

  it('is idempotent on its own output and never throws on odd text (property)', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        const once = tokenize13a(text);
        expect(once).not.toMatch(/^ | $| {2}/);
        expect(tokenize13a(once)).toBe(once);
      }),
    );
  });
});
