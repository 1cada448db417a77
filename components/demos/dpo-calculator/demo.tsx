'use client';

import { useMemo } from 'react';
import { useOpenedSearch } from '@/components/demos/shared/url-query';
import { Calculator } from './calculator';
import { DEFAULT_DRAFT } from './presets';
import { decodeState } from './url-state';

/**
 * The client island. The static HTML shows the start of training (policy = reference, β = 0.1,
 * sigmoid); in the browser a shared link's `dpo-` parameters are read once after hydration and
 * the calculator remounts with them — only when there are some, so a plain visit keeps its state.
 */
export function DpoCalculatorDemo() {
  const search = useOpenedSearch();
  const linked = useMemo(() => (search ? decodeState(search) : null), [search]);
  return <Calculator key={linked ? 'link' : 'default'} initial={linked ?? DEFAULT_DRAFT} />;
}
