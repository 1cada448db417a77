'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { InjectionLab } from './lab';
import { defaultDraft } from './presets';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the injected last line under naive concatenation; in
 * the browser a shared link's `inj-` parameters are read once after hydration and the lab remounts
 * with them — only when there are some, so a plain visit keeps its state.
 */
export function InjectionSandboxDemo() {
  const locale = useLocale();
  const search = useOpenedSearch();
  const opening = useMemo(() => defaultDraft(locale), [locale]);
  const linked = useMemo(
    () => (search ? decodeState(search, locale, opening) : null),
    [search, locale, opening],
  );
  return <InjectionLab key={linked ? 'link' : 'default'} initial={linked ?? opening} />;
}
