'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { useLocale } from '@/components/demos/use-locale';
import { DemoFrame } from '@/components/ui/demo-frame';
import { ChainSection } from './chain-section';
import { PassSection } from './pass-section';
import { DEFAULT_CHAIN, DEFAULT_PASS, decodeState } from './state';
import { TEXT } from './text';

/**
 * The client island: pass@k vs pass^k from n trials with c successes, then success compounding
 * over a multi-step task with retries. The static HTML shows the defaults (n = 8, c = 6, k = 4;
 * 20 steps of 0.95 with one retry); in the browser a shared link's `rel-` parameters are read once
 * after hydration and the part they name remounts with them — only then, so a plain visit keeps
 * its state.
 */
export function AgentReliabilityDemo() {
  const t = TEXT[useLocale()];
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return (
    <DemoFrame id="agent-reliability" title={t.title} hint={t.hint}>
      <PassSection
        key={linked?.pass ? 'pass-link' : 'pass-default'}
        initial={linked?.pass ?? DEFAULT_PASS}
        t={t}
      />
      <ChainSection
        key={linked?.chain ? 'chain-link' : 'chain-default'}
        initial={linked?.chain ?? DEFAULT_CHAIN}
        t={t}
      />
    </DemoFrame>
  );
}
