'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { Explorer } from './explorer';
import type { PresetKey } from './presets';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the preset; in the browser a shared link's `lr-`
 * parameters (written by a demo with the same preset) are read once after hydration and the
 * explorer remounts with them — only when there are some, so a plain visit keeps its state.
 */
export function ScheduleExplorerDemo({ preset }: { preset: PresetKey }) {
  const search = useOpenedSearch();
  const linked = useMemo(() => decodeState(search, preset), [search, preset]);
  return <Explorer key={linked ? 'link' : 'default'} preset={preset} linked={linked} />;
}
