import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonRstrip, pythonSplit } from '@/lib/metrics/tokenize-python';
import { oddText } from './text-arbitraries';

describe('pythonSplit', () => {
  it('splits on exactly the characters Python treats as whitespace', () => {
    // CPython 3.11: ' a\u3000b\ufeffc \x1cd\x85e'.split() == ['a', 'b\ufeffc', 'd', 'e']
    // (U+3000, U+001C, U+0085 split; U+FEFF and U+200B do not, unlike JavaScript's \s for U+FEFF)
    expect(pythonSplit(' a\u3000b\ufeffc \x1cd\x85e')).toEqual(['a', 'b\ufeffc', 'd', 'e']);
    expect(pythonSplit('x\u200by')).toEqual(['x\u200by']);
  });

  it('returns no pieces for empty or all-whitespace text', () => {
    // Python: ''.split() == [] and ' \t\n'.split() == []
    expect(pythonSplit('')).toEqual([]);
    expect(pythonSplit(' \t\n')).toEqual([]);
  });

  it('never yields an empty piece and never throws on odd text (property)', () => {
    fc.assert(
      fc.property(oddText, (text) => {
        expect(pythonSplit(text).every((piece) => piece !== '' && !/[ \t\n]/.test(piece))).toBe(true);
      }),
    );
  });
});

describe('pythonRstrip', () => {
  it('strips trailing Python whitespace only', () => {
    // Python: ' a b \n\u3000'.rstrip() == ' a b'; 'a\ufeff'.rstrip() == 'a\ufeff'
    expect(pythonRstrip(' a b \n\u3000')).toBe(' a b');
    expect(pythonRstrip('a\ufeff')).toBe('a\ufeff');
    expect(pythonRstrip('   ')).toBe('');
  });

  it('is fast on a long whitespace run followed by text', () => {
    // A /\s+$/ regex is quadratic here; the loop is linear.
    const text = `${' '.repeat(200_000)}x`;
    expect(pythonRstrip(text)).toBe(text);
  });
});
