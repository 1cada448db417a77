import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '@/lib/decoding';

/** The next `count` outputs as the 32-bit words they came from (× 2^32 is exact). */
const words = (rng: () => number, count: number) => Array.from({ length: count }, () => rng() * 2 ** 32);

describe('createRng', () => {
  it('reproduces the Mulberry32 reference vectors', () => {
    // Mulberry32 test vectors as used in the uvu suite test/prng/mulberry32.test.ts of
    // github.com/KingsleyBawuah/clinical-faker: seed 0 -> 1144304738, 1416247, 958946056, 627933444;
    // seed 1985 -> 3527837133, 3112574143 ("from other reference implementation")
    expect(words(createRng(0), 4)).toEqual([1144304738, 1416247, 958946056, 627933444]);
    expect(words(createRng(1985), 2)).toEqual([3527837133, 3112574143]);
  });

  it('returns the same stream for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(words(a, 100)).toEqual(words(b, 100));
  });

  it('coerces the seed with >>> 0 (truncate, then wrap modulo 2^32)', () => {
    // ECMAScript ToUint32: 1.9 -> 1, -1 -> 4294967295, 2^32 -> 0
    expect(words(createRng(1.9), 3)).toEqual(words(createRng(1), 3));
    expect(words(createRng(-1), 3)).toEqual(words(createRng(4294967295), 3));
    expect(words(createRng(2 ** 32), 3)).toEqual(words(createRng(0), 3));
  });

  it('rejects a seed that is not a finite number', () => {
    expect(() => createRng(Number.NaN)).toThrow(new RangeError('seed must be a finite number, got NaN'));
    expect(() => createRng(Infinity)).toThrow(RangeError);
    expect(() => createRng(-Infinity)).toThrow(RangeError);
    expect(() => createRng('7' as unknown as number)).toThrow(TypeError);
  });

  it('only yields values in [0, 1) (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const u = rng();
          expect(u >= 0 && u < 1).toBe(true);
        }
      }),
    );
  });
});
