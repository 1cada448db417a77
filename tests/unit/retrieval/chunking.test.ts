import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkText, chunkWindows, retrievalTerms, textUnits } from '@/lib/retrieval';

describe('chunkWindows', () => {
  // LangChain split_text_on_tokens, stepped by hand: start 0, end min(start + size, n); stop once
  // end = n; else start += size − overlap.
  it.each([
    [
      10,
      4,
      1,
      [
        [0, 4],
        [3, 7],
        [6, 10],
      ],
    ],
    [
      10,
      4,
      0,
      [
        [0, 4],
        [4, 8],
        [8, 10],
      ],
    ],
    [
      5,
      4,
      3,
      [
        [0, 4],
        [1, 5],
      ],
    ],
    [4, 4, 0, [[0, 4]]],
    [3, 4, 2, [[0, 3]]],
    [0, 4, 1, []],
  ])('cuts %i units with size %i, overlap %i into %j', (count, size, overlap, windows) => {
    expect(chunkWindows(count, size, overlap)).toEqual(windows);
  });

  it('makes 1 + ⌈(n − size)/(size − overlap)⌉ windows that cover every unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 39 }),
        (count, size, rawOverlap) => {
          const overlap = rawOverlap % size;
          const windows = chunkWindows(count, size, overlap);
          const expected =
            count === 0 ? 0 : count <= size ? 1 : 1 + Math.ceil((count - size) / (size - overlap));
          expect(windows).toHaveLength(expected);
          windows.forEach(([start, end], i) => {
            expect(end - start).toBeLessThanOrEqual(size);
            expect(start).toBe(i * (size - overlap));
          });
          if (count > 0) expect(windows.at(-1)?.[1]).toBe(count);
        },
      ),
    );
  });

  it('rejects an overlap that is not less than the size (the window would never move)', () => {
    expect(() => chunkWindows(10, 4, 4)).toThrow(RangeError);
    expect(() => chunkWindows(10, 4, 4)).toThrow('overlap must be less than size');
    expect(() => chunkWindows(10, 4, 9)).toThrow(/got overlap 9 and size 4/);
  });

  it.each([
    ['size 0', 10, 0, 0],
    ['a fractional size', 10, 1.5, 0],
    ['a negative overlap', 10, 4, -1],
    ['a NaN size', 10, Number.NaN, 0],
    ['a negative count', -1, 4, 0],
  ])('rejects %s with a RangeError', (_name, count, size, overlap) => {
    expect(() => chunkWindows(count, size, overlap)).toThrow(RangeError);
  });

  it('rejects a size that is not a number with a TypeError', () => {
    expect(() => chunkWindows(10, '4' as unknown as number, 0)).toThrow(TypeError);
  });
});

describe('textUnits', () => {
  it('counts code points as characters: an emoji is one, a lone surrogate is one', () => {
    expect(textUnits('a 文', 'character')).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
    expect(textUnits('🙂x', 'character')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
    expect(textUnits('\uD800x', 'character')).toHaveLength(2);
  });

  it('counts runs of non-whitespace as words', () => {
    expect(textUnits(' to be\n', 'word')).toEqual([
      { start: 1, end: 3 },
      { start: 4, end: 6 },
    ]);
    expect(textUnits('', 'word')).toEqual([]);
  });

  it('rejects an unknown unit and a non-string text', () => {
    expect(() => textUnits('a', 'token' as 'word')).toThrow(RangeError);
    expect(() => textUnits(5 as unknown as string, 'word')).toThrow(TypeError);
  });
});

describe('chunkText', () => {
  it('cuts English by words, neighbours sharing the overlap', () => {
    const chunks = chunkText('one two three four five', { size: 2, overlap: 1, unit: 'word' });
    expect(chunks.map((c) => c.text)).toEqual(['one two', 'two three', 'three four', 'four five']);
    expect(chunks[1]).toEqual({ text: 'two three', start: 4, end: 13, firstUnit: 1, units: 2 });
  });

  it('keeps the text’s own spacing inside a word chunk', () => {
    expect(chunkText('a  b\nc', { size: 2, unit: 'word' }).map((c) => c.text)).toEqual(['a  b', 'c']);
  });

  it('cuts Chinese by characters', () => {
    // 6 characters, size 4, overlap 2: windows [0, 4) and [2, 6)
    const chunks = chunkText('检索增强生成', { size: 4, overlap: 2, unit: 'character' });
    expect(chunks.map((c) => c.text)).toEqual(['检索增强', '增强生成']);
  });

  it('never splits a surrogate pair', () => {
    const chunks = chunkText('🙂🙂🙂', { size: 2, unit: 'character' });
    expect(chunks.map((c) => [c.text, c.start, c.end])).toEqual([
      ['🙂🙂', 0, 4],
      ['🙂', 4, 6],
    ]);
  });

  it('gives no chunks for empty text, or whitespace counted in words', () => {
    expect(chunkText('', { size: 3, unit: 'character' })).toEqual([]);
    expect(chunkText(' \n ', { size: 3, unit: 'word' })).toEqual([]);
  });

  it('rejects bad options with messages that name them', () => {
    expect(() => chunkText('a b', { size: 2, overlap: 2, unit: 'word' })).toThrow(
      'overlap must be less than size',
    );
    expect(() => chunkText('a b', { size: 0, unit: 'word' })).toThrow(/size must be an integer >= 1/);
    expect(() => chunkText('a b', { size: 2, unit: 'line' as 'word' })).toThrow(RangeError);
    expect(() => chunkText('a b', null as unknown as { size: 2; unit: 'word' })).toThrow(TypeError);
  });
});

describe('retrievalTerms', () => {
  it('turns Chinese into overlapping bigrams and everything else into lower-cased words', () => {
    expect(retrievalTerms('稠密检索 vs BM25')).toEqual(['稠密', '密检', '检索', 'vs', 'bm25']);
    expect(retrievalTerms('Top-p 的边界')).toEqual(['top', 'p', '的边', '边界']);
    expect(retrievalTerms('GPT-4o的KV缓存')).toEqual(['gpt', '4o', '的', 'kv', '缓存']);
  });

  it('keeps a lone Chinese character as a unigram (CJKBigramFilter, outputUnigrams = false)', () => {
    expect(retrievalTerms('词 元')).toEqual(['词', '元']);
  });

  it('folds full-width letters and composes accents (NFKC)', () => {
    expect(retrievalTerms('ＢＭ２５')).toEqual(['bm25']);
    expect(retrievalTerms('e\u0301te\u0301')).toEqual(['été']);
  });

  it('drops punctuation, emoji, stray combining marks and lone surrogates', () => {
    expect(retrievalTerms('🙂!? — \u0301')).toEqual([]);
    expect(retrievalTerms('\uD800abc')).toEqual(['abc']);
  });

  it('rejects a non-string', () => {
    expect(() => retrievalTerms(null as unknown as string)).toThrow(TypeError);
  });
});
