'use client';

import { useEffect, useSyncExternalStore } from 'react';

// The query string as the page was opened. Demos rewrite the address as the learner works; a
// later render must not read that back (and two demos on one page must both see the shared link).
let opened: string | null = null;
const readSearch = () => (opened ??= window.location.search);
const subscribeNever = () => () => {};

/**
 * The query string the page was opened with: '' in the static HTML and during hydration (so the
 * first client render equals the server's), the real one on the render right after.
 */
export function useOpenedSearch(): string {
  return useSyncExternalStore(subscribeNever, readSearch, () => '');
}

/**
 * Keeps this demo's keys in the address bar once the learner has changed something
 * (`history.replaceState`: Back still leaves the page; other keys in the query are kept), so the
 * address can be shared. `params` maps each key to its value; null removes the key.
 */
export function useWriteQuery(params: Readonly<Record<string, string | null>>, changed: boolean): void {
  const json = JSON.stringify(params);
  useEffect(() => {
    if (!changed) return;
    const url = new URL(window.location.href);
    for (const [key, value] of Object.entries(JSON.parse(json) as Record<string, string | null>)) {
      if (value === null) url.searchParams.delete(key);
      else url.searchParams.set(key, value);
    }
    window.history.replaceState(window.history.state, '', url);
  }, [json, changed]);
}
