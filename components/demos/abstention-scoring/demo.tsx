'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { DEFAULT_DRAFT, decodeState } from './histogram';
import { AbstentionLab } from './lab';

/**
 * The client island. The static HTML shows the mixed histogram at t = 0.5; in the browser a shared
 * link's `abs-` parameters are read once after hydration and the lab remounts with them — only
 * when there are some, so a plain visit keeps its state.
 */
export function AbstentionScoringDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return <AbstentionLab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_DRAFT} />;
}
