'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { KlLab } from './lab';
import { DEFAULT_DRAFT } from './presets';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the "close" preset with 1,000 draws from seed 1; in the
 * browser a shared link's `kl-` parameters are read once after hydration and the lab remounts with
 * them — only when there are some, so a plain visit keeps its state.
 */
export function KlEstimatorsDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return <KlLab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_DRAFT} />;
}
