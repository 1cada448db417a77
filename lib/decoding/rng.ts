import { checkNumber } from '@/lib/utils/validate';

/**
 * A deterministic pseudo-random generator: the same seed always yields the same stream of
 * numbers in [0, 1). Demos pass it to `sampleIndex` so a shared seed replays the same sample.
 *
 * Formula: Mulberry32 (Tommy Ettinger; the JavaScript form in bryc/code `PRNGs.md`,
 * https://github.com/bryc/code/blob/master/jshash/PRNGs.md#mulberry32): a 32-bit state advanced
 * by 0x6D2B79F5 and mixed with `Math.imul`; output = 32-bit word / 2^32. The seed is coerced with
 * `seed >>> 0` (truncate toward zero, then wrap modulo 2^32), so `1.9` and `1` give the same
 * stream, as do `-1` and `4294967295`. Period 2^32; not cryptographic.
 *
 * @param seed any finite number.
 * @throws {TypeError} when `seed` is not a number.
 * @throws {RangeError} when `seed` is `NaN` or ±Infinity (which `>>> 0` would silently map to 0).
 * @example createRng(1985)() // 0.8213885903824121 (= 3527837133 / 2^32)
 */
export function createRng(seed: number): () => number {
  let state = checkNumber('seed', seed, Number.isFinite, 'a finite number') >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
