'use client';

import { useEffect, useSyncExternalStore } from 'react';

/**
 * Demo state in the address bar, one query parameter per demo so that two demos on a page keep
 * out of each other's way (the decoding playground's `share-link.tsx` owns the whole query; these
 * demos share the page). Shared by the pipeline-bubble and training-memory demos.
 */

// The value each key had when the page was opened: the demo rewrites its parameter as the learner
// works, and a later render must not read that back and remount. Cleared on unmount, so a
// client-side visit to the page later reads its own address.
const opened = new Map<string, string | null>();
const subscribeNever = () => () => {};

function readOpened(key: string): string | null {
  if (!opened.has(key)) opened.set(key, new URLSearchParams(window.location.search).get(key));
  return opened.get(key) ?? null;
}

/**
 * Query parameter `key` as the page was opened: null in the static HTML and during hydration (so
 * both render the defaults), the shared value on the render right after. Key the stateful part of
 * the demo on it so that a shared link remounts it once with the shared state.
 */
export function useOpenedParam(key: string): string | null {
  const value = useSyncExternalStore(
    subscribeNever,
    () => readOpened(key),
    () => null,
  );
  useEffect(
    () => () => {
      opened.delete(key);
    },
    [key],
  );
  return value;
}

/**
 * Keeps query parameter `key` equal to `value` once the learner has changed something
 * (`history.replaceState`, so Back still leaves the page; other parameters and the hash stay).
 */
export function useWriteParam(key: string, value: string, changed: boolean): void {
  useEffect(() => {
    if (!changed) return;
    const url = new URL(window.location.href);
    url.searchParams.set(key, value);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }, [key, value, changed]);
}
