'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { DEFAULT_FIT } from './fit-compute';
import { FitPanel } from './fit';
import { DEFAULT_PAIR } from './pair-compute';
import { PairPanel } from './pair';
import type { RewardModelTab } from './tabs';
import { decodeFit, decodePair } from './url-state';

/**
 * The client island: the pair view (`tab="pair"`) or the fit view (`tab="fit"`); the rlhf page
 * shows one of each. The static HTML shows the defaults; in the browser a shared link's keys for
 * this view (`rm-` or `rmf-`) are read once after hydration and the view remounts with them — only
 * when there are some, so a plain visit keeps its state.
 */
export function RewardModelDemo({ tab }: { tab: RewardModelTab }) {
  const search = useOpenedSearch();
  const pair = useMemo(() => (tab === 'pair' && search ? decodePair(search) : null), [tab, search]);
  const fit = useMemo(() => (tab === 'fit' && search ? decodeFit(search) : null), [tab, search]);
  if (tab === 'fit') {
    return <FitPanel key={fit ? 'link' : 'default'} initial={fit ?? { draft: DEFAULT_FIT, at: 0 }} />;
  }
  return <PairPanel key={pair ? 'link' : 'default'} initial={pair ?? DEFAULT_PAIR} />;
}
