'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { Explorer } from './explorer';
import { DEFAULT_FIELDS, splitFour } from './numbers';
import { decodeState, type TotState } from './url-state';

/**
 * The client island. `mode="beam"` opens at b = 5 (the paper's width), `mode="greedy"` at b = 1
 * (one greedy chain); `numbers` is the opening puzzle. The static HTML shows that state; in the
 * browser a shared link's `tot-` parameters are read once after hydration and the explorer
 * remounts with them — only when there are some, so a plain visit keeps its state.
 */
export function TreeOfThoughtsDemo({ mode, numbers }: { mode: 'beam' | 'greedy'; numbers: string }) {
  const search = useOpenedSearch();
  const opening = useMemo<TotState>(
    () => ({
      fields: splitFour(numbers) ?? DEFAULT_FIELDS,
      beam: mode === 'greedy' ? 1 : 5,
      value: 'rollout',
    }),
    [mode, numbers],
  );
  const linked = useMemo(() => (search ? decodeState(search, opening) : null), [search, opening]);
  return <Explorer key={linked ? 'link' : 'default'} initial={linked ?? opening} />;
}
