import { describe, expect, it } from 'vitest';
import { keepTop, kthLargest } from '@/lib/decoding/rank';

describe('kthLargest', () => {
  it('counts tied values separately and -Infinity like any value', () => {
    // [3, 1, 3, 2] sorted descending is [3, 3, 2, 1]
    expect([1, 2, 3, 4].map((k) => kthLargest([3, 1, 3, 2], k))).toEqual([3, 3, 2, 1]);
    expect(kthLargest([0, -Infinity], 2)).toBe(-Infinity);
  });
});

describe('keepTop', () => {
  it('keeps the n largest and the ties with the n-th (HF TopKLogitsWarper comparison)', () => {
    // HF: indices_to_remove = scores < torch.topk(scores, k)[0][..., -1, None]
    expect(keepTop([1, 3, 2, 3], 1)).toEqual([-Infinity, 3, -Infinity, 3]);
    expect(keepTop([1, 3, 2, 3], 3)).toEqual([-Infinity, 3, 2, 3]);
  });
});
