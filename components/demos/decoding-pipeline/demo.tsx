'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { Playground } from './playground';
import type { Text } from './text';

// The query string as the page was opened: the playground rewrites the address as the learner
// works, and a later re-render must not read that back and remount. Cleared on unmount, so a
// client-side visit to the page later reads its own address.
let opened: string | null = null;
const readSearch = () => (opened ??= window.location.search);
const subscribeNever = () => () => {};

/**
 * The client island. The exported HTML shows the defaults; in the browser a shared link's query
 * string is read once and the playground remounts with it (only when there is one, so a plain
 * visit keeps its state and focus through hydration).
 */
export function DecodingPipelineDemo({ t }: { t: Text }) {
  const search = useSyncExternalStore(subscribeNever, readSearch, () => '');
  useEffect(
    () => () => {
      opened = null;
    },
    [],
  );
  return <Playground key={search ? 'link' : 'default'} t={t} search={search} />;
}
