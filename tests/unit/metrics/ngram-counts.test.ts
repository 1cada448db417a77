import { describe, expect, it } from 'vitest';
import { countNgrams } from '@/lib/metrics/ngram-counts';

describe('countNgrams', () => {
  it('counts n-grams with their start positions, in first-occurrence order', () => {
    // Python: Counter(tuple(t[i:i+2]) for i in range(3)) on ['a','b','a','b'] = {('a','b'): 2, ('b','a'): 1}
    const counts = countNgrams(['a', 'b', 'a', 'b'], 2);
    expect([...counts.values()]).toEqual([
      { tokens: ['a', 'b'], count: 2, positions: [0, 2] },
      { tokens: ['b', 'a'], count: 1, positions: [1] },
    ]);
  });

  it('has no n-grams when the sequence is shorter than n', () => {
    // Python: range(len(tokens) - n + 1) is empty
    expect(countNgrams(['a', 'b'], 3).size).toBe(0);
    expect(countNgrams([], 1).size).toBe(0);
  });
});
