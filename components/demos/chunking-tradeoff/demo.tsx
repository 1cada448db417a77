'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { ChunkingLab } from './lab';
import { decodeState, defaultDraft } from './state';

/**
 * The client island. The static HTML shows the opening chunking (150 characters in Chinese, 80
 * words in English, no overlap); in the browser a shared link's `ck-` parameters are read once
 * after hydration and the lab remounts with them — only when there are some.
 */
export function ChunkingTradeoffDemo() {
  const locale = useLocale();
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search, locale) : null), [search, locale]);
  return <ChunkingLab key={linked ? 'link' : 'default'} initial={linked ?? defaultDraft(locale)} />;
}
