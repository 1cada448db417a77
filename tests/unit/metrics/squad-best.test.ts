import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { squadBestGold, squadScore } from '@/lib/metrics';
import { oddText, smallVocabSentence } from './text-arbitraries';

// Expected values worked by hand from the official SQuAD v2.0 script (evaluate-v2.0.py):
// normalize_answer, get_tokens, compute_exact, compute_f1 and the gold filtering of get_raw_scores.
describe('squadBestGold', () => {
  it('picks the gold answer with the best F1', () => {
    // 'the Broncos' → ['broncos']; vs 'Denver' F1 0; vs 'Denver Broncos' P = 1, R = 1/2, F1 = 2/3
    const best = squadBestGold('the Broncos', ['Denver', 'Denver Broncos']);
    expect(best.goldIndex).toBe(1);
    expect(best.exact).toBe(0);
    expect(best.details.predictionTokens).toEqual(['broncos']);
    expect(best.details.goldTokens).toEqual(['denver', 'broncos']);
    expect(best.details.f1).toBeCloseTo(2 / 3, 12);
    expect(best.predictionCommon).toEqual([true]);
    expect(best.goldCommon).toEqual([false, true]);
  });

  it('normalises articles and punctuation away (the Eiffel Tower)', () => {
    // 'The Eiffel Tower!' → 'eiffel tower' = 'Eiffel tower' → EM 1, F1 1
    const best = squadBestGold('The Eiffel Tower!', ['Eiffel tower']);
    expect(best).toMatchObject({ goldIndex: 0, exact: 1 });
    expect(best.details.f1).toBe(1);
    expect(best.predictionCommon).toEqual([true, true]);
    expect(best.goldCommon).toEqual([true, true]);
  });

  it('prefers an exact match over an earlier gold with the same F1', () => {
    // 'broncos denver' vs 'Denver Broncos': same bag, F1 1, EM 0; vs 'Broncos, Denver': EM 1
    const best = squadBestGold('Broncos Denver', ['Denver Broncos', 'Broncos, Denver']);
    expect(best.goldIndex).toBe(1);
    expect(best.exact).toBe(1);
  });

  it('marks repeated tokens only as often as the other side has them', () => {
    // pred ['cat', 'cat', 'sat'] vs gold ['cat', 'sat', 'sat']: numSame = 1 + 1 = 2
    const best = squadBestGold('cat cat sat', ['cat sat sat']);
    expect(best.details.numSame).toBe(2);
    expect(best.predictionCommon).toEqual([true, false, true]);
    expect(best.goldCommon).toEqual([true, true, false]);
  });

  it('skips gold answers that normalise to nothing, as the script does', () => {
    // 'A' normalises to '' and is dropped; only 'Paris' remains, so 'The.' scores 0
    const best = squadBestGold('The.', ['A', 'Paris']);
    expect(best.goldIndex).toBe(1);
    expect(best.details.f1).toBe(0);
    // no gold answer left: compare with '' (unanswerable), goldIndex null
    expect(squadBestGold('', ['the']).goldIndex).toBeNull();
    expect(squadBestGold('', []).details.f1).toBe(1);
    expect(squadBestGold('Paris', []).exact).toBe(0);
  });

  it('rejects wrong types', () => {
    expect(() => squadBestGold(1 as unknown as string, ['a'])).toThrow(TypeError);
    expect(() => squadBestGold('a', 'a' as unknown as string[])).toThrow(TypeError);
    expect(() => squadBestGold('a', [3] as unknown as string[])).toThrow(TypeError);
  });

  it('agrees with squadScore and marks numSame tokens on each side (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallVocabSentence, oddText),
        fc.array(fc.oneof(smallVocabSentence, oddText), { maxLength: 4 }),
        (prediction, golds) => {
          const best = squadBestGold(prediction, golds);
          const score = squadScore(prediction, golds);
          expect(best.exact).toBe(score.exact);
          expect(best.details.f1).toBe(score.f1);
          expect(best.predictionCommon.filter(Boolean).length).toBe(best.details.numSame);
          expect(best.goldCommon.filter(Boolean).length).toBe(best.details.numSame);
        },
      ),
    );
  });
});
