'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { WorkflowLab } from './lab';
import { defaultDraft, type Pattern } from './model';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows `pattern` with the default numbers; in the browser a
 * shared link's `wf-` parameters (written by a demo opened with the same `pattern`) are read once
 * after hydration and the lab remounts with them — only when there are some, so a plain visit
 * keeps its state.
 */
export function WorkflowPatternsDemo({ pattern }: { pattern: Pattern }) {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search, pattern) : null), [search, pattern]);
  return (
    <WorkflowLab
      key={linked ? 'link' : 'default'}
      owner={pattern}
      initial={linked ?? defaultDraft(pattern)}
    />
  );
}
