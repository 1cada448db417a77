'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { ClipLab } from './clip-lab';
import { DEFAULT_DRAFT, DEFAULT_RATIO } from './compute';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows ε = 0.2, A = 1 at r = 1.5 (past the clip); in the
 * browser a shared link's `ppo-` parameters are read once after hydration and the lab remounts
 * with them — only when there are some, so a plain visit keeps its state.
 */
export function PpoClipDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return (
    <ClipLab
      key={linked ? 'link' : 'default'}
      initial={linked ?? { draft: DEFAULT_DRAFT, ratio: DEFAULT_RATIO }}
    />
  );
}
