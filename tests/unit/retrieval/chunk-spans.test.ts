import { describe, expect, it } from 'vitest';
import { chunkStorage, chunkText, locateSpan } from '@/lib/retrieval';

describe('locateSpan', () => {
  it('finds the chunk that holds a span whole, by hand', () => {
    // chunks [0, 10) and [8, 18) overlap on [8, 10); the span [9, 12) fits only in the second
    expect(
      locateSpan(
        [
          { start: 0, end: 10 },
          { start: 8, end: 18 },
        ],
        { start: 9, end: 12 },
      ),
    ).toEqual({
      inside: [1],
      touching: [0, 1],
      bestCoverage: 1,
    });
  });

  it('reports a span cut by a boundary and the best chunk’s share', () => {
    // [6, 14) against [0, 10) and [10, 20): 4 of its 8 positions in each
    expect(
      locateSpan(
        [
          { start: 0, end: 10 },
          { start: 10, end: 20 },
        ],
        { start: 6, end: 14 },
      ),
    ).toEqual({
      inside: [],
      touching: [0, 1],
      bestCoverage: 0.5,
    });
    // [7, 10) touches the second chunk only at its start: [10, 20) shares nothing with it
    expect(
      locateSpan(
        [
          { start: 0, end: 10 },
          { start: 10, end: 20 },
        ],
        { start: 7, end: 10 },
      ).touching,
    ).toEqual([0]);
  });

  it('counts a span equal to a chunk as inside', () => {
    expect(locateSpan([{ start: 3, end: 7 }], { start: 3, end: 7 }).inside).toEqual([0]);
  });

  it('finds an answer cut by word chunks and recovered by overlap', () => {
    const text = 'alpha beta gamma delta epsilon zeta';
    const span = {
      start: text.indexOf('gamma delta'),
      end: text.indexOf('gamma delta') + 'gamma delta'.length,
    };
    // size 3: [alpha beta gamma] [delta epsilon zeta] cut "gamma delta"
    expect(locateSpan(chunkText(text, { size: 3, overlap: 0, unit: 'word' }), span).inside).toEqual([]);
    // overlap 1: [alpha beta gamma] [gamma delta epsilon] [epsilon zeta]
    expect(locateSpan(chunkText(text, { size: 3, overlap: 1, unit: 'word' }), span).inside).toEqual([1]);
  });

  it('rejects empty or malformed spans naming the field', () => {
    expect(() => locateSpan([], { start: 2, end: 2 })).toThrow(
      new RangeError('span must not be empty, got start = end = 2'),
    );
    expect(() => locateSpan([], { start: 3, end: 2 })).toThrow(
      new RangeError('span.end must be >= span.start = 3, got 2'),
    );
    expect(() => locateSpan([{ start: -1, end: 2 }], { start: 0, end: 1 })).toThrow(
      new RangeError('chunks[0].start must be an integer >= 0, got -1'),
    );
    expect(() => locateSpan('x' as unknown as [], { start: 0, end: 1 })).toThrow(TypeError);
    expect(() => locateSpan([], null as unknown as { start: 0; end: 1 })).toThrow(TypeError);
  });
});

describe('chunkStorage', () => {
  it('counts overlap once per chunk that holds it, by hand', () => {
    // 4 words, size 3, overlap 1: [a b c] [c d] → 5 words stored; 'a b c' + 'c d' = 5 + 3 characters
    const text = 'a b c d';
    expect(chunkStorage(text, chunkText(text, { size: 3, overlap: 1, unit: 'word' }), 'word')).toEqual({
      chunks: 2,
      units: 5,
      characters: 8,
      documentUnits: 4,
      documentCharacters: 7,
      duplication: 1.25,
    });
  });

  it('stores Chinese characters once without overlap and counts code points, not UTF-16 units', () => {
    const text = '检索增强生成😀';
    const chunks = chunkText(text, { size: 3, overlap: 0, unit: 'character' });
    expect(chunkStorage(text, chunks, 'character')).toMatchObject({
      chunks: 3,
      units: 7,
      characters: 7,
      duplication: 1,
    });
    // size 4, overlap 2: windows [0,4) [2,6) [4,7) → 4 + 4 + 3 = 11 characters for 7
    const over = chunkText(text, { size: 4, overlap: 2, unit: 'character' });
    expect(chunkStorage(text, over, 'character')).toMatchObject({ chunks: 3, units: 11, characters: 11 });
  });

  it('gives zeros for a text without units', () => {
    expect(chunkStorage('   ', [], 'word')).toEqual({
      chunks: 0,
      units: 0,
      characters: 0,
      documentUnits: 0,
      documentCharacters: 3,
      duplication: 0,
    });
  });

  it('rejects a chunk outside the text', () => {
    expect(() =>
      chunkStorage('ab', [{ text: 'abc', start: 0, end: 3, firstUnit: 0, units: 3 }], 'character'),
    ).toThrow(new RangeError('chunks[0].end must be <= the text length 2, got 3'));
    expect(() => chunkStorage('ab', [], 'letter' as 'word')).toThrow(RangeError);
  });
});
