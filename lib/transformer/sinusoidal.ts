import { checkInteger, checkNumber } from '@/lib/utils/validate';

/**
 * The fixed sinusoidal position encoding of "Attention Is All You Need": one vector of length
 * `dModel` per position, added to the token embedding.
 *
 * Formula: PE[2i] = sin(pos / base^(2i/d)), PE[2i+1] = cos(pos / base^(2i/d)), i = 0 … d/2 − 1
 * (Vaswani et al. 2017, §3.5, https://arxiv.org/abs/1706.03762, base 10000). Sines and cosines are
 * interleaved; RoFormer's table (HF `RoFormerSinusoidalPositionalEmbedding`) holds the same numbers
 * with all sines first, then all cosines.
 *
 * @param position the token position, an integer ≥ 0.
 * @param dModel the model width, an even integer ≥ 2.
 * @param base the wavelength base, finite and > 0 (default 10000).
 * @throws {TypeError} when an argument is not a number.
 * @throws {RangeError} when `position` is not an integer ≥ 0, `dModel` not an even integer ≥ 2, or
 *   `base` not finite and > 0.
 * @example sinusoidalPositionEncoding(1, 4) // [0.8414709848078965, 0.5403023058681398, 0.009999833334166664, 0.9999500004166653]
 */
export function sinusoidalPositionEncoding(position: number, dModel: number, base = 10000): number[] {
  const pos = checkInteger('position', position, 0);
  const d = checkNumber(
    'dModel',
    dModel,
    (x) => Number.isInteger(x) && x >= 2 && x % 2 === 0,
    'an even integer >= 2',
  );
  const b = checkNumber('base', base, (x) => Number.isFinite(x) && x > 0, 'finite and > 0');
  const pe: number[] = [];
  for (let i = 0; i < d; i += 2) {
    const angle = pos / b ** (i / d);
    pe.push(Math.sin(angle), Math.cos(angle));
  }
  return pe;
}
