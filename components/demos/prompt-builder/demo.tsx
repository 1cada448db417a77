'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { Builder } from './builder';
import { DEFAULT_SETTINGS } from './presets';
import { decodeSettings } from './url-state';

/**
 * The client island. The static HTML shows the sentiment preset with only its instruction and
 * input; in the browser a shared link's `pb-` parameters are read once after hydration and the
 * builder remounts with them — only when there are some, so a plain visit keeps its state.
 */
export function PromptBuilderDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeSettings(search) : null), [search]);
  return <Builder key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_SETTINGS} />;
}
