/**
 * The position lab's RoPE views, built on `lib/transformer` (`applyRope`, `ropeInverseFrequencies`,
 * `scaledDotProductAttention`). Pure, tested in tests/unit/demos/position-lab-rope.test.ts.
 */
import { scaledDotProductAttention } from '@/lib/transformer/attention';
import { applyRope, type RopeLayout } from '@/lib/transformer/rope';
import { ropeInverseFrequencies } from '@/lib/transformer/rope-frequencies';

/**
 * q′·k′ for q rotated to position m and k to position n (`applyRope`, default base and layout),
 * read off as the unscaled attention score (`scaledDotProductAttention` with scale 1).
 *
 * @example ropeScore([1, 0], [1, 0], 3, 1) // cos 2 = −0.4161468365471424 (θ₀ = 1 for a pair)
 */
export function ropeScore(q: readonly number[], k: readonly number[], m: number, n: number): number {
  const qm = applyRope(q, m);
  const kn = applyRope(k, n);
  return scaledDotProductAttention([qm], [kn], [[0]], { scale: 1 }).scores[0]![0]!;
}

/**
 * Thins a long curve for drawing: up to `maxPoints` points, each the largest value of its block
 * of consecutive distances (an upper envelope, so the drawn curve still bounds every distance).
 * Curves no longer than maxPoints come back point for point.
 *
 * @example envelope([3, 1, 2, 5, 4], 2) // [[0, 3], [3, 5]] (blocks 0–2 and 3–4)
 */
export function envelope(values: readonly number[], maxPoints: number): [number, number][] {
  if (values.length <= maxPoints) return values.map((v, i) => [i, v]);
  const size = Math.ceil(values.length / maxPoints);
  const out: [number, number][] = [];
  for (let start = 0; start < values.length; start += size) {
    let best = -Infinity;
    for (let i = start; i < Math.min(values.length, start + size); i++) best = Math.max(best, values[i]!);
    out.push([start, best]);
  }
  return out;
}

/** One rotated pair: dimensions a and b turn together by position · θᵢ. */
export interface RopePair {
  /** the frequency index i (θᵢ = base^(−2i/d)) */
  index: number;
  a: number;
  b: number;
}

/**
 * Which dimensions `applyRope` rotates together in a layout, found by asking lib rather than
 * restating the rule: with only frequency i switched on (a quarter turn), exactly two entries of
 * a vector of distinct positive values change; the one that turns negative is the pair's first
 * element (a′ = a·cos − b·sin).
 *
 * @throws {RangeError} from lib for an odd headDim.
 * @example ropePairs(4, 'half') // [{ index: 0, a: 0, b: 2 }, { index: 1, a: 1, b: 3 }]
 */
export function ropePairs(headDim: number, layout: RopeLayout): RopePair[] {
  const half = ropeInverseFrequencies(headDim).length;
  const x = Array.from({ length: headDim }, (_, t) => t + 1);
  const pairs: RopePair[] = [];
  for (let i = 0; i < half; i++) {
    const invFreq = Array.from({ length: half }, (_, k) => (k === i ? Math.PI / 2 : 0));
    const y = applyRope(x, 1, { layout, invFreq });
    const changed = y.flatMap((v, t) => (Math.abs(v - x[t]!) > 1e-9 ? [t] : []));
    const a = changed.find((t) => y[t]! < 0);
    const b = changed.find((t) => t !== a);
    if (a === undefined || b === undefined) throw new RangeError(`no rotated pair found for frequency ${i}`);
    pairs.push({ index: i, a, b });
  }
  return pairs;
}
