import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noRepeatNgramBannedTokens, noRepeatNgramBans } from '@/lib/decoding';

describe('noRepeatNgramBannedTokens', () => {
  it('reproduces HF test_no_repeat_ngram_dist_processor', () => {
    // transformers tests/generation/test_logits_process.py::test_no_repeat_ngram_dist_processor, vocab 3:
    // 2-gram "would forbid 2nd and 3rd token (1,2) at 1st batch and 1st token (0) at 2nd batch"
    expect(noRepeatNgramBannedTokens([1, 1, 2, 1], 2)).toEqual([1, 2]);
    expect(noRepeatNgramBannedTokens([0, 1, 0, 1], 2)).toEqual([0]);
    // 3-gram "would forbid no token at 1st batch and 1st token (0) at 2nd batch"
    expect(noRepeatNgramBannedTokens([1, 1, 2, 1], 3)).toEqual([]);
    expect(noRepeatNgramBannedTokens([0, 1, 0, 1], 3)).toEqual([0]);
  });

  it('keeps a ban when a later n-gram ends in the same token (HF banned_token_reappears)', () => {
    // HF test_no_repeat_ngram_dist_processor_banned_token_reappears: [1, 2, 5, 7, 8, 5, 1, 2], n = 3 -> [5]
    expect(noRepeatNgramBannedTokens([1, 2, 5, 7, 8, 5, 1, 2], 3)).toEqual([5]);
  });

  it('bans nothing while the sequence is shorter than n (HF sequence_shorter_than_ngram)', () => {
    // HF test_no_repeat_ngram_dist_processor_sequence_shorter_than_ngram: [1, 2] and [0, 1] with n = 3
    expect(noRepeatNgramBannedTokens([1, 2], 3)).toEqual([]);
    expect(noRepeatNgramBannedTokens([0, 1], 3)).toEqual([]);
    expect(noRepeatNgramBannedTokens([], 1)).toEqual([]);
  });

  it('bans every token seen so far when n = 1', () => {
    // HF _get_ngrams with ngram_size 1 keys every token by the empty tuple, and the lookup key
    // prev_input_ids[cur_len:cur_len] is that empty tuple, so all seen tokens are banned
    expect(noRepeatNgramBannedTokens([3, 1, 3, 0], 1)).toEqual([0, 1, 3]);
  });

  it('returns ids ascending and unique', () => {
    // _get_ngrams for n = 2 over [7, 9, 7, 2, 7]: (7,) -> [9, 2], current prefix (7,) bans 2 and 9
    expect(noRepeatNgramBannedTokens([7, 9, 7, 2, 7], 2)).toEqual([2, 9]);
  });

  it('rejects invalid arguments', () => {
    // HF: "`ngram_size` has to be a strictly positive integer"
    expect(() => noRepeatNgramBannedTokens([1, 2], 0)).toThrow(
      new RangeError('n must be an integer >= 1, got 0'),
    );
    expect(() => noRepeatNgramBannedTokens([1, 2], 2.5)).toThrow(RangeError);
    expect(() => noRepeatNgramBannedTokens([1, 2], '2' as unknown as number)).toThrow(TypeError);
    expect(() => noRepeatNgramBannedTokens([1, -2], 2)).toThrow(
      /previousTokens\[1\] must be an integer >= 0/,
    );
    expect(() => noRepeatNgramBannedTokens('12' as unknown as number[], 2)).toThrow(TypeError);
  });

  it('bans exactly the tokens whose n-gram with the current prefix already occurred (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 14 }),
        fc.integer({ min: 1, max: 4 }),
        (ids, n) => {
          const copy = [...ids];
          const banned = noRepeatNgramBannedTokens(ids, n);
          expect(ids).toEqual(copy);
          expect(banned).toEqual([...new Set(banned)].sort((a, b) => a - b));
          const seen = new Set<string>();
          for (let s = 0; s + n <= ids.length; s++) seen.add(ids.slice(s, s + n).join(','));
          const prefix = ids.length >= n ? ids.slice(ids.length - n + 1) : null;
          for (let t = 0; t <= 3; t++) {
            const wouldRepeat = prefix !== null && seen.has([...prefix, t].join(','));
            expect(banned.includes(t)).toBe(wouldRepeat);
          }
        },
      ),
    );
  });
});

describe('noRepeatNgramBans', () => {
  it("names the earlier n-gram behind each ban (the page's worked examples)", () => {
    // content/*/decoding/penalties.mdx, by hand: n = 2, A B C A -> prefix A was followed by B;
    // n = 3, A B C A B -> prefix A B was followed by C
    expect(noRepeatNgramBans([0, 1, 2, 0], 2)).toEqual([{ token: 1, start: 0, ngram: [0, 1] }]);
    expect(noRepeatNgramBans([0, 1, 2, 0, 1], 3)).toEqual([{ token: 2, start: 0, ngram: [0, 1, 2] }]);
    // interview question: "the cat sat on the cat", n = 3 -> "the cat sat" (tokens 0-2) bans sat
    expect(noRepeatNgramBans([0, 1, 2, 3, 0, 1], 3)).toEqual([{ token: 2, start: 0, ngram: [0, 1, 2] }]);
  });

  it('keeps the first occurrence and sorts by token (HF banned_token_reappears)', () => {
    // HF test_no_repeat_ngram_dist_processor_banned_token_reappears: [1, 2, 5, 7, 8, 5, 1, 2], n = 3 -> 5
    expect(noRepeatNgramBans([1, 2, 5, 7, 8, 5, 1, 2], 3)).toEqual([
      { token: 5, start: 0, ngram: [1, 2, 5] },
    ]);
    // [7, 9, 7, 2, 7], n = 2: (7, 9) at 0 and (7, 2) at 2; [7, 7] would need a 7 after a 7
    expect(noRepeatNgramBans([7, 9, 7, 2, 7], 2)).toEqual([
      { token: 2, start: 2, ngram: [7, 2] },
      { token: 9, start: 0, ngram: [7, 9] },
    ]);
    // n = 1: every seen token, each first seen where it first occurs
    expect(noRepeatNgramBans([3, 1, 3], 1)).toEqual([
      { token: 1, start: 1, ngram: [1] },
      { token: 3, start: 0, ngram: [3] },
    ]);
  });

  it('rejects invalid arguments', () => {
    expect(() => noRepeatNgramBans([1, 2], 0)).toThrow(new RangeError('n must be an integer >= 1, got 0'));
    expect(() => noRepeatNgramBans([0.5], 1)).toThrow(RangeError);
    expect(() => noRepeatNgramBans(null as unknown as number[], 1)).toThrow(TypeError);
  });

  it('each n-gram occurs at its start and ends with the current prefix plus the token (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 14 }),
        fc.integer({ min: 1, max: 4 }),
        (ids, n) => {
          const bans = noRepeatNgramBans(ids, n);
          expect(bans.map((b) => b.token)).toEqual(noRepeatNgramBannedTokens(ids, n));
          const prefix = ids.slice(ids.length - n + 1);
          for (const { token, start, ngram } of bans) {
            expect(ngram).toEqual(ids.slice(start, start + n));
            expect(ngram).toEqual([...(n > 1 ? prefix : []), token]);
          }
        },
      ),
    );
  });
});
