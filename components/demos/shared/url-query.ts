'use client';

import { useEffect, useSyncExternalStore } from 'react';

/**
 * Demo state in the address bar, shared by every demo that keeps some there. A demo reads the
 * query string the page was opened with (once, after hydration) and writes only its own keys back
 * with `history.replaceState`, so Back still leaves the page and two demos on one page keep out of
 * each other's way. (The decoding playground's `share-link.tsx` owns its whole query instead.)
 */

// The query string as the page was opened: demos rewrite the address as the learner works, and a
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
 * Query parameter `key` as the page was opened: null in the static HTML and during hydration, the
 * shared value on the render right after. Key the stateful part of a demo on it so that a shared
 * link remounts it once with the shared state.
 */
export function useOpenedParam(key: string): string | null {
  const search = useOpenedSearch();
  return search === '' ? null : new URLSearchParams(search).get(key);
}

/**
 * Keeps this demo's keys in the address bar once the learner has changed something; `params` maps
 * each key to its value, null removes the key. Other keys and the hash stay.
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
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [json, changed]);
}

/** {@link useWriteQuery} for a demo that keeps its state in one parameter. */
export function useWriteParam(key: string, value: string, changed: boolean): void {
  useWriteQuery({ [key]: value }, changed);
}
