/**
 * Loads lib/calculators/low-rank (and with it `ml-matrix`, about 18 KiB gzip minified) on demand.
 * The dynamic `import()` puts it in a chunk of its own that the browser fetches only when an SVD
 * tab opens — never with the demo's own code, and never during the static render.
 */
import type { lowRankApproximation } from '@/lib/calculators/low-rank';

export type LowRank = typeof lowRankApproximation;

let cache: Promise<LowRank> | null = null;

/** The function, loaded once per page (every lab on the page shares it); a failed load is forgotten. */
export function loadLowRank(): Promise<LowRank> {
  if (cache) return cache;
  const promise = import('@/lib/calculators/low-rank').then((m) => m.lowRankApproximation);
  cache = promise;
  promise.catch(() => {
    if (cache === promise) cache = null;
  });
  return promise;
}
