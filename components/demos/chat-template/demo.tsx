'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import type { ChatTemplateName } from '@/lib/alignment/render-chat';
import { ChatTemplateLab } from './lab';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the default conversation in the prop's template; in
 * the browser a shared link's `ct-` parameters are read once after hydration and the lab
 * remounts with them — only when there are some, so a plain visit keeps its state.
 */
export function ChatTemplateDemo({ template }: { template: ChatTemplateName }) {
  const locale = useLocale();
  const search = useOpenedSearch();
  const linked = useMemo(() => decodeState(search, locale), [search, locale]);
  return <ChatTemplateLab key={linked ? 'link' : 'default'} template={template} linked={linked} />;
}
