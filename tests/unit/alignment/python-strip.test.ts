import { describe, expect, it } from 'vitest';
import { pythonStrip } from '@/lib/alignment';

describe('pythonStrip', () => {
  it("strips Python's whitespace set, not JavaScript's", () => {
    // Python 3.11: '\u001f hi \ufeff'.strip() == 'hi \ufeff'; '\x85\u3000x\u2029'.strip() == 'x'
    expect(pythonStrip('\u001f hi \ufeff')).toBe('hi \ufeff');
    expect(pythonStrip('\u0085\u3000x\u2029')).toBe('x');
    expect(pythonStrip(' \t\n ')).toBe('');
    expect(pythonStrip('a b')).toBe('a b');
  });

  it('rejects non-strings', () => {
    expect(() => pythonStrip(12 as unknown as string)).toThrow(
      new TypeError('text must be a string, got 12'),
    );
  });
});
