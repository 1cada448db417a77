'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { Explorer } from './explorer';
import type { PresetKey } from './presets';
import { decodeState } from './url-state';

// The query string as the page was opened: the explorer rewrites the address as the learner
// works, and a later render must not read that back and remount. Cleared on unmount, so a
// client-side visit to the page later reads its own address.
let opened: string | null = null;
const readSearch = () => (opened ??= window.location.search);
const subscribeNever = () => () => {};

/**
 * The client island. The static HTML shows the preset; in the browser a shared link's `lr-`
 * parameters (written by a demo with the same preset) are read once after hydration and the
 * explorer remounts with them — only when there are some, so a plain visit keeps its state.
 */
export function ScheduleExplorerDemo({ preset }: { preset: PresetKey }) {
  const search = useSyncExternalStore(subscribeNever, readSearch, () => '');
  useEffect(
    () => () => {
      opened = null;
    },
    [],
  );
  const linked = useMemo(() => decodeState(search, preset), [search, preset]);
  return <Explorer key={linked ? 'link' : 'default'} preset={preset} linked={linked} />;
}
