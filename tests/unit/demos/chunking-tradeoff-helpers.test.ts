import { describe, expect, it } from 'vitest';
import { answerSpan, SAMPLES } from '@/components/demos/chunking-tradeoff/sample';
import { segmentText } from '@/components/demos/chunking-tradeoff/segments';
import { decodeState, defaultDraft, encodeState, STEPS } from '@/components/demos/chunking-tradeoff/state';
import { textUnits } from '@/lib/retrieval/chunking';

describe('chunking-tradeoff samples', () => {
  it.each(['zh', 'en'] as const)('quote every answer exactly once in the %s document', (locale) => {
    const doc = SAMPLES[locale];
    expect(doc.questions.length).toBeGreaterThanOrEqual(3);
    for (const q of doc.questions) {
      expect(doc.text.split(q.answer)).toHaveLength(2);
      const span = answerSpan(doc, q);
      expect(doc.text.slice(span.start, span.end)).toBe(q.answer);
    }
  });

  it('are about 1,000 characters in Chinese and about 500–600 words in English', () => {
    expect(textUnits(SAMPLES.zh.text, 'character').length).toBe(1129);
    // `wc -w` on the English text
    expect(textUnits(SAMPLES.en.text, 'word').length).toBe(527);
  });
});

describe('segmentText', () => {
  it('cuts at every chunk and answer boundary', () => {
    const s = segmentText(
      6,
      [
        { start: 0, end: 4 },
        { start: 2, end: 6 },
      ],
      [{ start: 3, end: 5 }],
    );
    expect(s.map((x) => [x.start, x.end, x.chunks, x.answers])).toEqual([
      [0, 2, [0], []],
      [2, 3, [0, 1], []],
      [3, 4, [0, 1], [0]],
      [4, 5, [1], [0]],
      [5, 6, [1], []],
    ]);
    expect(s.map((x) => x.opens)).toEqual([0, 1, null, null, null]);
    expect(s.map((x) => x.answerOpens)).toEqual([null, null, 0, null, null]);
  });

  it('leaves gaps between word chunks outside every chunk', () => {
    const s = segmentText(
      7,
      [
        { start: 0, end: 3 },
        { start: 4, end: 7 },
      ],
      [],
    );
    expect(s.map((x) => x.chunks)).toEqual([[0], [], [1]]);
  });
});

describe('chunking-tradeoff share link', () => {
  it('writes values and reads them back per language', () => {
    expect(encodeState('en', { size: 7, overlap: 2 })).toEqual({ 'ck-s': '80', 'ck-o': '10' });
    expect(decodeState('?ck-s=80&ck-o=10', 'en')).toEqual({ size: 7, overlap: 2 });
    expect(decodeState('?ck-s=150&ck-o=20', 'zh')).toEqual({ size: 8, overlap: 2 });
  });

  it('falls back on values off the slider and ignores foreign links', () => {
    expect(decodeState('?x=1', 'zh')).toBeNull();
    expect(decodeState('?ck-s=7&ck-o=abc', 'en')).toEqual(defaultDraft('en'));
    expect(STEPS.en.sizes[defaultDraft('en').size]).toBe(80);
    expect(STEPS.zh.sizes[defaultDraft('zh').size]).toBe(150);
  });
});
