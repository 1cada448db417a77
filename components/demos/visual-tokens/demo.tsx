'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { VisualTokensLab } from './lab';
import { DEFAULT_DRAFT } from './presets';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows LLaVA-NeXT on a 672 × 672 image; in the browser a shared
 * link's `vt-` parameters are read once after hydration and the lab remounts with them — only when
 * there are some, so a plain visit keeps its state.
 */
export function VisualTokensDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return <VisualTokensLab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_DRAFT} />;
}
