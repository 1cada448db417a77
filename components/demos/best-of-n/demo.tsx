'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { DEFAULT_N } from './kl-compute';
import { KlPanel } from './kl';
import { DEFAULT_AT } from './overopt-compute';
import { OverPanel } from './overopt';
import { DEFAULT_OVER } from './presets';
import type { BestOfNTab } from './tabs';
import { decodeN, decodeOver } from './url-state';

/**
 * The client island: the KL view (`tab="kl"`) or the over-optimisation view
 * (`tab="overoptimization"`); the rlhf page shows one of each. The static HTML shows the defaults;
 * in the browser a shared link's keys for this view (`bon-n` or `oo-`) are read once after
 * hydration and the view remounts with them — only when there are some.
 */
export function BestOfNDemo({ tab }: { tab: BestOfNTab }) {
  const search = useOpenedSearch();
  const n = useMemo(() => (tab === 'kl' && search ? decodeN(search) : null), [tab, search]);
  const over = useMemo(
    () => (tab === 'overoptimization' && search ? decodeOver(search) : null),
    [tab, search],
  );
  if (tab === 'overoptimization') {
    return (
      <OverPanel key={over ? 'link' : 'default'} initial={over ?? { draft: DEFAULT_OVER, at: DEFAULT_AT }} />
    );
  }
  return <KlPanel key={n === null ? 'default' : 'link'} initial={n ?? DEFAULT_N} />;
}
