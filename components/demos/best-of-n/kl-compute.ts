/**
 * The KL view's plumbing: parse N, call `bestOfNKl`, sample the curve for the chart. No formulas
 * beyond ln N, the reference curve the KL is compared with. Pure, tested in
 * tests/unit/demos/best-of-n-compute.test.ts.
 */
import { parseField, type FieldError } from '@/components/demos/shared/number-field';
import { bestOfNKl } from '@/lib/alignment/best-of-n';

/** The slider's N: 1 to 1,024 in roughly geometric steps (a typed N is added in its place). */
export const N_STEPS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024];
/** The chart's right edge unless N is larger. */
export const CHART_MAX_N = 1024;
/** Typed N above this is refused by the demo (lib accepts it; nobody samples a billion answers). */
export const MAX_N = 1e9;
export const DEFAULT_N = '4';

export type KlError =
  { kind: 'field'; error: FieldError } | { kind: 'lib'; message: string } | { kind: 'tooLarge' };

export interface KlView {
  readonly n: number;
  /** KL(best-of-n ‖ base) from `bestOfNKl`, an upper bound */
  readonly kl: number;
  /** ln N, the reference curve */
  readonly lnN: number;
}

export type KlReading = { ok: true; view: KlView } | { ok: false; error: KlError };

/**
 * Reads N: text that is not a number is refused here, N < 1 or not an integer by lib, N above
 * MAX_N by the demo.
 *
 * @example readN('4') // { ok: true, view: { n: 4, kl: 0.6362943611198906, lnN: 1.3862943611198906 } }
 * @example readN('2.5') // { ok: false, error: { kind: 'lib', message: 'n must be an integer >= 1, got 2.5' } }
 */
export function readN(text: string): KlReading {
  const parsed = parseField(text);
  if (!parsed.ok) return { ok: false, error: { kind: 'field', error: parsed.error } };
  const n = parsed.value;
  let kl: number;
  try {
    kl = bestOfNKl(n);
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return { ok: false, error: { kind: 'lib', message: e.message } };
  }
  if (n > MAX_N) return { ok: false, error: { kind: 'tooLarge' } };
  return { ok: true, view: { n, kl, lnN: Math.log(n) } };
}

/** The slider's steps with `n` among them. */
export function nSteps(n: number): number[] {
  return N_STEPS.includes(n) ? N_STEPS : [...N_STEPS, n].sort((a, b) => a - b);
}

/**
 * The integers the curves are drawn through, from 1 to `maxN`: every integer up to 32, then about
 * 40 per decade, plus `maxN` (the KL is defined at whole N only).
 *
 * @example curveNs(8) // [1, 2, 3, 4, 5, 6, 7, 8]
 */
export function curveNs(maxN: number): number[] {
  const out = new Set<number>();
  for (let n = 1; n <= Math.min(32, maxN); n++) out.add(n);
  for (let x = 32; x < maxN; x *= 10 ** (1 / 40)) out.add(Math.round(x));
  out.add(maxN);
  return [...out].sort((a, b) => a - b);
}

/** Both curves for the chart: the KL bound and ln N at each of `curveNs(maxN)`, from lib. */
export function klCurves(maxN: number) {
  const ns = curveNs(maxN);
  return {
    kl: ns.map((n) => [n, bestOfNKl(n)] as const),
    ln: ns.map((n) => [n, Math.log(n)] as const),
  };
}

/** The rows of the chart's table: N = 1, 2, 4, …, 1,024, and the current N. */
export function klTable(n: number) {
  const ns = Array.from({ length: 11 }, (_, i) => 2 ** i);
  return [...ns, n].map((m, i) => ({ n: m, current: i === ns.length, kl: bestOfNKl(m), lnN: Math.log(m) }));
}
