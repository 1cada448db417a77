import fc from 'fast-check';
import type { BinaryLabel } from '@/lib/metrics';

/** A 0/1 label. */
export const label: fc.Arbitrary<BinaryLabel> = fc.constantFrom<BinaryLabel>(0, 1);

/** Scores drawn from a small grid (so ties are common) or anywhere in a wide finite range. */
export const score: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -10, max: 10 }).map((x) => x / 4),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);

/** Labels and scores of the same length n ≥ 1. */
export const labelsAndScores: fc.Arbitrary<[BinaryLabel[], number[]]> = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc.tuple(
      fc.array(label, { minLength: n, maxLength: n }),
      fc.array(score, { minLength: n, maxLength: n }),
    ),
  );

/** Like {@link labelsAndScores}, with both classes present. */
export const twoClassData = labelsAndScores.filter(([y]) => y.includes(0) && y.includes(1));

/** Labels with both classes and integer scores in [−10, 10], which any injective map keeps distinct. */
export const twoClassIntegerData: fc.Arbitrary<[BinaryLabel[], number[]]> = fc
  .integer({ min: 2, max: 25 })
  .chain((n) =>
    fc.tuple(
      fc.array(label, { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: -10, max: 10 }), { minLength: n, maxLength: n }),
    ),
  )
  .filter(([y]) => y.includes(0) && y.includes(1));

/** Confusion counts, small integers. */
export const counts = fc.record({
  tp: fc.nat(20),
  fp: fc.nat(20),
  tn: fc.nat(20),
  fn: fc.nat(20),
});
