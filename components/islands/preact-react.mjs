/**
 * What `react` means in the exported site's browser code and in its build-time island render
 * (scripts/islands.mjs resolves `react`, `react-dom/*` and the JSX runtime to Preact): Preact's
 * React-compatible API, with one difference from preact/compat, `useId`.
 *
 * Why Preact: React DOM's module is 219 KB minified, and evaluating it took 390–750 ms on one
 * task at Lighthouse's 4× CPU slowdown, whenever a page's first island started (the review and
 * search pages at once); Preact with compat is 19 KB and evaluates in under 10 ms. Next (the
 * build, `next dev`) keeps React: components are written against React's API, and the islands
 * build renders and hydrates them with Preact, on both sides, so hydration finds exactly its own
 * markup.
 *
 * `useId`: Preact numbers ids per root from P0-0, and every island is a root, so two islands on a
 * page would share ids. Each id gets its island's prefix (IdPrefix, set by IslandRoot), as React's
 * `identifierPrefix` does.
 *
 * JavaScript, not TypeScript: preact/compat's types are written `export =`, which TypeScript does
 * not let a module re-export with `export *`; the components themselves are checked against React's.
 */
import { useContext, useId as preactUseId } from 'preact/compat';
import { IdPrefix } from './id-prefix';

export * from 'preact/compat';
export { default } from 'preact/compat';

/** @returns {string} */
export function useId() {
  return useContext(IdPrefix) + preactUseId();
}
