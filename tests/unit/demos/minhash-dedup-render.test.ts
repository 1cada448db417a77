import { describe, expect, it } from 'vitest';
import { MinhashDedupDemo } from '@/components/demos/minhash-dedup/demo';
import { capText, DEFAULT_DOCS, MAX_CHARS } from '@/components/demos/minhash-dedup/docs';
import { jaccard, shingles } from '@/lib/dedup';
import { formatFixed } from '@/lib/format';
import { locales } from '@/lib/i18n';
import { renderDemo } from './render-island';

describe('minhash-dedup static render', () => {
  it.each(locales)('%s: shows the default pair’s exact Jaccard, a chart and no NaN', (locale) => {
    const html = renderDemo(MinhashDedupDemo, {}, locale);
    const [a, b] = DEFAULT_DOCS[locale].map((d) => shingles(d, 5));
    expect(html).toContain('data-demo="minhash-dedup"');
    expect(html).toContain(formatFixed(jaccard(a!, b!), 3));
    expect(html).toContain('role="img"');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('the default pairs are near-duplicates but not copies (0.3 < J < 0.9 at k = 5)', () => {
    for (const locale of locales) {
      const [a, b] = DEFAULT_DOCS[locale].map((d) => shingles(d, 5));
      const j = jaccard(a!, b!);
      expect(j).toBeGreaterThan(0.3);
      expect(j).toBeLessThan(0.9);
    }
  });
});

describe('capText', () => {
  it('keeps short text and cuts long text at MAX_CHARS code points, never inside an emoji', () => {
    expect(capText('abc')).toEqual({ text: 'abc', cut: false });
    const long = '😀'.repeat(MAX_CHARS + 5);
    const capped = capText(long);
    expect(capped.cut).toBe(true);
    expect(Array.from(capped.text)).toHaveLength(MAX_CHARS);
    expect(capped.text.endsWith('😀')).toBe(true);
  });
});
