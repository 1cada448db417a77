import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '@/lib/search';

describe('parseExcerpt', () => {
  it('splits Pagefind excerpts into marked and plain text', () => {
    // Pagefind wraps matches in <mark> and HTML-escapes the page text around them.
    expect(parseExcerpt('逐步<mark>退火</mark>不等于 &lt;整句&gt;')).toEqual([
      { text: '逐步', mark: false },
      { text: '退火', mark: true },
      { text: '不等于 <整句>', mark: false },
    ]);
  });
  it('never lets markup through: other tags are dropped, entities decoded to text', () => {
    const parts = parseExcerpt('<img src=x onerror=alert(1)>a &amp;&#39;&#x4E2D;');
    expect(parts).toEqual([{ text: "a &'中", mark: false }]);
  });
  it('returns nothing for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
  });
  it('throws TypeError for a non-string', () => {
    expect(() => parseExcerpt(undefined as unknown as string)).toThrow(TypeError);
  });
});
