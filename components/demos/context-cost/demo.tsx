'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { ContextCostLab } from './lab';
import { DEFAULT_DRAFT } from './model';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the default task (20 steps, a 4-step window, no
 * caching); in the browser a shared link's `cc2-` parameters are read once after hydration and the
 * lab remounts with them — only when there are some, so a plain visit keeps its state.
 */
export function ContextCostDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return <ContextCostLab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_DRAFT} />;
}
