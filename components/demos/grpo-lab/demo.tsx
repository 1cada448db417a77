'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { AdvantagesTab } from './advantages-tab';
import { AggregationTab } from './aggregation-tab';
import { DEFAULT_ADVANTAGES, DEFAULT_AGGREGATION, type GrpoTab } from './group';
import { decodeAdvantages, decodeAggregation } from './url-state';

/** The advantages tab, remounted once with a shared link's `ga-` state after hydration. */
function LinkedAdvantages() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeAdvantages(search) : null), [search]);
  return <AdvantagesTab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_ADVANTAGES} />;
}

/** The aggregation tab, remounted once with a shared link's `gw-` state after hydration. */
function LinkedAggregation() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeAggregation(search) : null), [search]);
  return <AggregationTab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_AGGREGATION} />;
}

/**
 * The client island. Each instance shows one tab: `advantages` (group-relative advantages with and
 * without the std) or `aggregation` (how TRL's loss types weigh each token). The static HTML shows
 * the tab's default; in the browser a shared link's parameters for that tab (`ga-` or `gw-`, so the
 * two instances on the GRPO page never share keys) are read once after hydration.
 */
export function GrpoLabDemo({ tab }: { tab: GrpoTab }) {
  return tab === 'aggregation' ? <LinkedAggregation /> : <LinkedAdvantages />;
}
