'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { Explorer } from './explorer';
import { DEFAULT_SETTINGS, decodeSettings } from './settings';

/**
 * The client island. The static HTML shows the controls with the default preset query and a
 * "loading" readout: the corpus is fetched when the island starts. In the browser a shared link's
 * `rag-` parameters are read once after hydration and the explorer remounts with them — only when
 * there are some, so a plain visit keeps its state.
 */
export function RagExplorerDemo() {
  const locale = useLocale();
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeSettings(search, locale) : null), [search, locale]);
  return <Explorer key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_SETTINGS[locale]} />;
}
