'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { AttentionMasksLab } from './lab';
import { decodeState, DEFAULT_DRAFT } from './state';

/**
 * The client island. The static HTML shows the default grid (10 tokens, window 4, 2 starting
 * tokens) and a 32K-token Llama 2 7B stream; in the browser a shared link's `am-` parameters are
 * read once after hydration and the lab remounts with them — only when there are some.
 */
export function AttentionMasksDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return <AttentionMasksLab key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_DRAFT} />;
}
