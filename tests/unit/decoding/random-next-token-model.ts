import fc from 'fast-check';
import { createRng, type NextTokenModel } from '@/lib/decoding';

/**
 * A deterministic random next-token model: each prefix gets its own distribution, drawn from a
 * seeded rng keyed by the seed and the prefix, with a share `zeroRate` of the tokens at probability
 * 0 (never all of them). Counts its calls so tests can bound the work done.
 */
export function randomModel(
  seed: number,
  vocab: number,
  zeroRate: number,
): NextTokenModel & { calls: number } {
  const model = Object.assign(
    (generated: readonly number[]) => {
      model.calls += 1;
      // FNV-1a over the prefix, mixed with the seed, so every prefix has a stable distribution.
      let h = (2166136261 ^ seed) >>> 0;
      for (const t of generated) h = Math.imul(h ^ (t + 1), 16777619) >>> 0;
      const rng = createRng(h);
      const weights = Array.from({ length: vocab }, () => (rng() < zeroRate ? 0 : 0.02 + rng()));
      if (!weights.some((w) => w > 0)) weights[Math.floor(rng() * vocab)] = 1;
      const sum = weights.reduce((a, b) => a + b, 0);
      return weights.map((w) => w / sum);
    },
    { calls: 0 },
  );
  return model;
}

export interface RandomCase {
  seed: number;
  vocab: number;
  zeroRate: number;
  eosTokenId: number;
  maxNewTokens: number;
  numBeams: number;
  lengthPenalty: number;
  earlyStopping: boolean | 'never';
  numReturnSequences: number;
}

/** Small random decoding problems: vocab 1–5, up to 4 new tokens, up to 4 beams. */
export const randomCase: fc.Arbitrary<RandomCase> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    vocab: fc.integer({ min: 1, max: 5 }),
    zeroRate: fc.constantFrom(0, 0.3, 0.7),
    eosFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    maxNewTokens: fc.integer({ min: 1, max: 4 }),
    numBeams: fc.integer({ min: 1, max: 4 }),
    lengthPenalty: fc.constantFrom(-1, 0, 0.5, 1, 2),
    earlyStopping: fc.constantFrom<boolean | 'never'>(false, true, 'never'),
    returnFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  })
  .map(({ eosFraction, returnFraction, ...rest }) => ({
    ...rest,
    eosTokenId: Math.floor(eosFraction * rest.vocab),
    numReturnSequences: 1 + Math.floor(returnFraction * rest.numBeams),
  }));
