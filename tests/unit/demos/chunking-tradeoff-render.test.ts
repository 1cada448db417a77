/**
 * SSR smoke test of the chunking-tradeoff demo in both languages. Checked with an independent
 * Python re-implementation of the same windows (re.finditer(r'\S+') words, str.find answers):
 * English, 80 words, no overlap: ⌈527/80⌉ = 7 chunks storing 527 words and 2,993 characters; the
 * "reuse" answer is cut across chunks 1 and 2 (84% of it in the fuller one), the other three sit
 * inside chunks 3, 4 and 5. Overlap 10: 8 chunks, 597 words (1.13×), all four inside. Chinese, 150
 * characters: ⌈1129/150⌉ = 8 chunks, 2 of 4 answers inside; overlap 20: 9 chunks, 1,289
 * characters, all four inside.
 */
import { describe, expect, it } from 'vitest';
import { ChunkingTradeoffDemo } from '@/components/demos/chunking-tradeoff/demo';
import { ChunkingLab } from '@/components/demos/chunking-tradeoff/lab';
import { TEXT } from '@/components/demos/chunking-tradeoff/text';
import { renderDemo } from './render-island';

const clean = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
const readout = (html: string) =>
  clean(/<output[^>]*data-readout[^>]*>(.*?)<\/output>/s.exec(html)?.[1] ?? '');
const insideFlags = (html: string) => [...html.matchAll(/data-inside="(true|false)"/g)].map((m) => m[1]);

describe('ChunkingTradeoffDemo (server render)', () => {
  it('opens on 80-word chunks in English with one answer cut', () => {
    const t = TEXT.en;
    const html = renderDemo(ChunkingTradeoffDemo, {}, 'en');
    expect(html).toContain('data-demo="chunking-tradeoff"');
    expect(html.match(/data-readout/g)).toHaveLength(1);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout('80', '0', '7', '527', '2,993', '1.00', 3, 4));
    expect(insideFlags(html)).toEqual(['false', 'true', 'true', 'true']);
    expect(clean(html)).toContain(t.split('1, 2', '84%'));
    // "that is 524,288 bytes, or half a mebibyte, per token": 10 words inside 80-word chunk 3
    expect(clean(html)).toContain(t.inside(3, '80', '10'));
    expect(html).toContain('data-document');
    expect(html).toMatch(/<p id="[^"]*" role="alert"[^>]*><\/p>/);
  });

  it('opens on 150-character chunks in Chinese with two answers cut', () => {
    const t = TEXT.zh;
    const html = renderDemo(ChunkingTradeoffDemo, {}, 'zh');
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    expect(readout(html)).toBe(t.readout('150', '0', '8', '1,129', '1,129', '1.00', 2, 4));
    expect(insideFlags(html)).toEqual(['false', 'true', 'true', 'false']);
  });

  it.each([
    ['en', { size: 7, overlap: 2 }, ['80', '10', '8', '597', '3,395', '1.13', 4, 4]],
    ['zh', { size: 8, overlap: 2 }, ['150', '20', '9', '1,289', '1,289', '1.14', 4, 4]],
  ] as const)('recovers every answer with overlap in %s', (locale, initial, a) => {
    const html = renderDemo(ChunkingLab, { initial }, locale);
    expect(readout(html)).toBe(TEXT[locale].readout(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]));
    expect(insideFlags(html)).toEqual(['true', 'true', 'true', 'true']);
  });

  it.each(['zh', 'en'] as const)(
    'refuses overlap ≥ size with a message and keeps the opening chunking in %s',
    (locale) => {
      const t = TEXT[locale];
      // en: size 10 (index 0) with overlap 10 (index 2); zh: size 20 with overlap 20
      const html = renderDemo(ChunkingLab, { initial: { size: 0, overlap: 2 } }, locale);
      const [size, overlap] = locale === 'en' ? ['10', '10'] : ['20', '20'];
      expect(clean(html)).toContain(t.overlapError(overlap, size));
      expect(readout(html)).toBe(
        locale === 'en'
          ? t.readout('80', '0', '7', '527', '2,993', '1.00', 3, 4)
          : t.readout('150', '0', '8', '1,129', '1,129', '1.00', 2, 4),
      );
      expect(html).not.toMatch(/NaN|undefined/);
    },
  );
});
