'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { ClipLab } from './lab';
import { DEFAULT_DRAFT, INIT_SCALE_INDEX } from './presets';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the aligned preset at s = 1/0.07; in the browser a
 * shared link's `cl-` parameters are read once after hydration and the lab remounts with them —
 * only when there are some, so a plain visit keeps its state.
 */
export function ClipLossDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return (
    <ClipLab
      key={linked ? 'link' : 'default'}
      initial={linked ?? { draft: DEFAULT_DRAFT, scaleIndex: INIT_SCALE_INDEX }}
    />
  );
}
